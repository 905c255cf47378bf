// `verify-transport`: the adapter-contract verb for the transport identity headers (spec/transport-headers.md).
// Reads every file strictly, builds the policy, the resolvers of --context and the replay store, and asks the
// Enforcer (reference/enforce) — the one decision the gateway and the middleware make too.
import { McpTrustError } from "../common/errors.js";
import type { ReplayStore } from "../common/replay.js";
import { DEFAULT_MAX_BYTES, readStrictJson, type JsonValue } from "../common/strict-json.js";
import { Enforcer } from "../enforce/enforcer.js";
import { loadPolicy, type LoadedPolicy } from "../enforce/policy.js";
import { introspectFromContext, resolveDidFromContext, type TransportContext } from "./transport-context.js";
import { emit, parseFlags, readFileBytes, requireFlag, UsageError, nowFlag } from "./io.js";
import { ARGUMENTS_MAX_BYTES, replayStoreAt } from "./verify-attestation.js";

type Header = readonly [string, string];

function readJsonFile(path: string, what: string, maxBytes = 4 << 20): JsonValue {
  try {
    return readStrictJson(readFileBytes(path, what), { maxBytes }).value;
  } catch (e) {
    if (e instanceof McpTrustError) throw new UsageError(`${what} ${path} is not strict JSON: ${e.message}`);
    throw e;
  }
}

/** `--headers`: a JSON array of [name, value] string pairs, in wire order, duplicates kept. */
function readHeaders(path: string): Header[] {
  const doc = readJsonFile(path, "headers");
  if (!Array.isArray(doc) || !doc.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string")) {
    throw new UsageError(`headers ${path} must be a JSON array of [name, value] string pairs`);
  }
  return doc as unknown as Header[];
}

function readContext(path: string | undefined): TransportContext {
  if (path === undefined) return {};
  const doc = readJsonFile(path, "context");
  const isObject = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === "object" && !Array.isArray(v);
  if (!isObject(doc)) throw new UsageError(`context ${path} must be a JSON object`);
  for (const k of Object.keys(doc)) {
    if (!["clientCertificateSha256", "introspection", "didDocuments"].includes(k)) throw new UsageError(`context ${path}: unknown member ${k}`);
  }
  const cert = doc["clientCertificateSha256"];
  if (cert !== undefined && typeof cert !== "string") throw new UsageError("context clientCertificateSha256 must be a string");
  for (const k of ["introspection", "didDocuments"] as const) {
    const map = doc[k];
    if (map === undefined) continue;
    if (!isObject(map) || !Object.values(map).every((v) => isObject(v) || v === "unavailable")) {
      throw new UsageError(`context ${k} maps each key to an object or "unavailable"`);
    }
  }
  return doc as TransportContext;
}

function loadPolicyFile(path: string): LoadedPolicy {
  const doc = readJsonFile(path, "policy");
  try {
    const policy = loadPolicy(doc);
    if (policy.transport === undefined) throw new Error("a verify-transport policy needs a transport section");
    return policy;
  } catch (e) {
    throw new UsageError(`policy ${path}: ${(e as Error).message}`);
  }
}

function refuse(e: McpTrustError): number {
  emit({ verdict: "reject", reason: e.reason, decision: "deny", agentId: null, operatorId: null, ...(e.pointer === undefined ? {} : { pointer: e.pointer }) });
  return 1;
}

/** `verify-transport`: exit 0 allow, 1 deny or challenge, 2 usage or I/O (a thrown UsageError). */
export async function verifyTransportCommand(argv: string[]): Promise<number> {
  const values = parseFlags(argv, {
    request: { type: "string" },
    policy: { type: "string" },
    now: { type: "string" },
    headers: { type: "string" },
    context: { type: "string" },
    "replay-dir": { type: "string" },
  });
  const nowMs = nowFlag(values);
  const requestBytes = readFileBytes(requireFlag(values, "request"), "request");
  const policy = loadPolicyFile(requireFlag(values, "policy"));
  const headers = values.headers === undefined ? undefined : readHeaders(values.headers);
  const context = readContext(values.context);
  const replayStore: ReplayStore = values["replay-dir"] === undefined ? { consume: () => true } : replayStoreAt(values["replay-dir"]);

  let params: JsonValue;
  let nonIntegerNumbers: readonly string[];
  try {
    ({ value: params, nonIntegerNumbers } = readStrictJson(requestBytes, { maxBytes: ARGUMENTS_MAX_BYTES + DEFAULT_MAX_BYTES }));
  } catch (e) {
    if (e instanceof McpTrustError) return refuse(e);
    throw e;
  }
  // The same decision a gateway or middleware makes (reference/enforce), with the context's resolvers and clock.
  const enforcer = new Enforcer(policy, { replayStore, now: () => nowMs, introspect: introspectFromContext(context), resolveDidWeb: resolveDidFromContext(context) });
  const { decision, outcome, transport, challenge } = await enforcer.decide(params, null, nonIntegerNumbers, {
    ...(headers === undefined ? {} : { headers }),
    ...(context.clientCertificateSha256 === undefined ? {} : { clientCertificateSha256: context.clientCertificateSha256 }),
  });
  const allow = decision.decision === "allow";
  const pointer = outcome?.verdict === "reject" ? outcome.pointer : transport?.pointer;
  emit({
    verdict: allow ? "accept" : "reject",
    reason: decision.reason,
    decision: decision.decision,
    // The adapter contract names the verified agent identity only (conformance/adapter-protocol.md#verify-transport).
    agentId: transport?.agentId ?? null,
    operatorId: transport?.operatorId ?? null,
    ...(challenge === undefined ? {} : { challenge }),
    ...(pointer === undefined ? {} : { pointer }),
  });
  return allow ? 0 : 1;
}
