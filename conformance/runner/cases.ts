import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ConformanceCall, ConformanceVector, VerifyAttestationInput, VerifyTransportInput } from "../../generated/types/conformance-vector.js";
import { validateVerificationResult } from "../../generated/validators/verification-result.js";
import { runAdapter } from "./adapter.js";

export interface CallResult {
  ok: boolean;
  /** What went wrong, in words, when !ok. */
  problem?: string;
  got?: { verdict?: unknown; reason?: unknown; exitCode: number | null; signingInput?: unknown; decision?: unknown; agentId?: unknown; operatorId?: unknown };
}

function bytesOf(json: unknown, base64: string | undefined): Buffer {
  return base64 !== undefined ? Buffer.from(base64, "base64") : Buffer.from(JSON.stringify(json ?? {}));
}

/** Writes one call's inputs as files and returns the adapter-contract argv for `verify-attestation`. */
export function materialise(input: VerifyAttestationInput, dir: string, replayDir: string): { verify: string[]; signing: string[] } {
  mkdirSync(dir, { recursive: true });
  const envelope = join(dir, "envelope.json");
  const keys = join(dir, "keys.json");
  writeFileSync(keys, JSON.stringify(input.keys));
  const profile = input.profile === undefined ? [] : ["--profile", input.profile];
  const verify = ["verify-attestation", "--keys", keys];
  if (input.request !== undefined) {
    const request = join(dir, "request.json");
    writeFileSync(request, JSON.stringify(input.request));
    verify.push("--request", request);
  } else {
    const args = join(dir, "arguments.json");
    writeFileSync(envelope, bytesOf(input.envelope, input.envelopeBase64));
    writeFileSync(args, bytesOf(input.arguments, input.argumentsBase64));
    verify.push("--envelope", envelope, "--tool", input.tool!, "--arguments", args);
  }
  // An unusable replay store: a directory path below a regular file can be neither created nor written.
  const store = input.replayStoreUnavailable === true ? join(keys, "replay") : replayDir;
  verify.push("--server", input.server, "--now", input.now, ...profile, "--replay-dir", store);
  if (input.permittedIssuers !== undefined) verify.push("--permitted-issuers", input.permittedIssuers.join(","));
  if (input.requiredCapability !== undefined) verify.push("--required-capability", input.requiredCapability);
  if (input.algorithms !== undefined) verify.push("--algorithms", input.algorithms.join(","));
  if (input.allowRedactedProjection === true) verify.push("--allow-redacted-projection");
  Object.entries(input.resolve ?? {}).forEach(([uri, b64], i) => {
    const f = join(dir, `resolved-${i}.bin`);
    writeFileSync(f, Buffer.from(b64, "base64"));
    verify.push("--resolve", `${uri}=${f}`);
  });
  return { verify, signing: ["signing-input", "--envelope", envelope, ...profile] };
}

/**
 * Writes one verify-transport call's inputs as files and returns its argv: the request and policy as JSON, the
 * headers (when the call came over HTTP) as a JSON array of [name, value] pairs, the resolver context when given.
 */
export function materialiseTransport(input: VerifyTransportInput, dir: string, replayDir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const file = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  const policy = file("policy.json", input.policy);
  const argv = ["verify-transport", "--request", file("request.json", input.request), "--policy", policy, "--now", input.now];
  if (input.headers !== undefined) argv.push("--headers", file("headers.json", input.headers));
  if (input.context !== undefined) argv.push("--context", file("context.json", input.context));
  // An unusable replay store: a directory path below a regular file can be neither created nor written.
  argv.push("--replay-dir", input.replayStoreUnavailable === true ? join(policy, "replay") : replayDir);
  return argv;
}

/** What verify-transport adds to the result line, checked when the vector states it. */
function transportProblem(exp: ConformanceCall["expected"], json: Record<string, unknown>): string | undefined {
  const decision = json["decision"];
  if (decision !== "allow" && decision !== "deny" && decision !== "challenge") return `no decision allow|deny|challenge in the result: ${String(decision)}`;
  if ((decision === "allow") !== (json["verdict"] === "accept")) return `decision ${decision} contradicts verdict ${String(json["verdict"])}`;
  if (exp.decision !== undefined && decision !== exp.decision) return `expected decision ${exp.decision}, got ${decision}`;
  for (const k of ["agentId", "operatorId"] as const) {
    if (exp[k] !== undefined && json[k] !== exp[k]) return `expected ${k} ${JSON.stringify(exp[k])}, got ${JSON.stringify(json[k])}`;
  }
  return undefined;
}

async function runTransportCall(adapter: readonly string[], call: ConformanceCall, dir: string, replayDir: string, timeoutMs: number): Promise<CallResult> {
  const exp = call.expected;
  const r = await runAdapter(adapter, materialiseTransport(call.input as VerifyTransportInput, dir, replayDir), timeoutMs);
  if (r.timedOut) return { ok: false, problem: `timed out after ${timeoutMs} ms`, got: { exitCode: null } };
  if (!validateVerificationResult(r.json)) {
    return { ok: false, problem: `no valid result line on stdout (exit ${r.exitCode}): ${r.stdout.slice(0, 200)}${r.stderr.slice(0, 200)}`, got: { exitCode: r.exitCode } };
  }
  const json = r.json as Record<string, unknown>;
  const got = { verdict: r.json.verdict, reason: r.json.reason, exitCode: r.exitCode, decision: json["decision"], agentId: json["agentId"], operatorId: json["operatorId"] };
  const wantExit = exp.verdict === "accept" ? 0 : 1;
  if (r.exitCode !== wantExit) return { ok: false, problem: `exit code ${r.exitCode}, expected ${wantExit}`, got };
  if (r.json.verdict !== exp.verdict || r.json.reason !== exp.reason) {
    return { ok: false, problem: `expected ${exp.verdict}/${exp.reason}, got ${r.json.verdict}/${r.json.reason}`, got };
  }
  const problem = transportProblem(exp, json);
  return problem === undefined ? { ok: true, got } : { ok: false, problem, got };
}

/** Runs one call through the adapter and judges it against the vector's expectation. */
export async function runCall(adapter: readonly string[], call: ConformanceCall, dir: string, replayDir: string, timeoutMs: number, verb: ConformanceVector["verb"] = "verify-attestation"): Promise<CallResult> {
  if (verb === "verify-transport") return runTransportCall(adapter, call, dir, replayDir, timeoutMs);
  const argv = materialise(call.input as VerifyAttestationInput, dir, replayDir);
  const exp = call.expected;
  if (exp.signingInput !== undefined) {
    const s = await runAdapter(adapter, argv.signing, timeoutMs);
    const got = (s.json as { signingInput?: unknown } | undefined)?.signingInput;
    if (s.timedOut) return { ok: false, problem: "signing-input timed out", got: { exitCode: s.exitCode } };
    if (s.exitCode !== 0 || got !== exp.signingInput) {
      return { ok: false, problem: `signing-input: expected ${exp.signingInput.slice(0, 24)}…, got exit ${s.exitCode} ${String(got).slice(0, 24)}…`, got: { exitCode: s.exitCode, signingInput: got } };
    }
  }
  const r = await runAdapter(adapter, argv.verify, timeoutMs);
  if (r.timedOut) return { ok: false, problem: `timed out after ${timeoutMs} ms`, got: { exitCode: null } };
  if (!validateVerificationResult(r.json)) {
    return { ok: false, problem: `no valid result line on stdout (exit ${r.exitCode}): ${r.stdout.slice(0, 200)}${r.stderr.slice(0, 200)}`, got: { exitCode: r.exitCode } };
  }
  const got = { verdict: r.json.verdict, reason: r.json.reason, exitCode: r.exitCode };
  const wantExit = exp.verdict === "accept" ? 0 : 1;
  if (r.exitCode !== wantExit) return { ok: false, problem: `exit code ${r.exitCode}, expected ${wantExit}`, got };
  if (r.json.verdict !== exp.verdict || r.json.reason !== exp.reason) {
    return { ok: false, problem: `expected ${exp.verdict}/${exp.reason}, got ${r.json.verdict}/${r.json.reason}`, got };
  }
  if (exp.argsCommitment !== undefined && r.json.argsCommitment !== exp.argsCommitment) {
    return { ok: false, problem: `expected argsCommitment ${exp.argsCommitment}, got ${String(r.json.argsCommitment)}`, got };
  }
  return { ok: true, got };
}
