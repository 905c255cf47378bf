// The CLI as a user and as an adapter meets it: the compiled bin, real files, exit codes and one JSON line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { isReason } from "../../generated/constants.js";

const BIN = join(import.meta.dirname, "..", "..", "dist", "bin", "mcp-trust.js");
const SERVER = `sha256:${"ab".repeat(32)}`;
const ISS = "https://issuer.example/agents";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(line);
  } catch {
    json = undefined;
  }
  return { code: r.status, json, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(BIN) && !process.env["CI"])("mcp-trust CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-"));
  const f = (name: string) => join(dir, name);
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");

  beforeAll(() => {
    expect(existsSync(BIN), "run `npm run build` first").toBe(true);
    writeFileSync(f("args.json"), JSON.stringify({ path: "/archive/2024-Q3.md", recursive: false }));
    for (const alg of ["ES256", "RS256", "HS256"]) {
      expect(cli("keygen", "--alg", alg, "--kid", `k-${alg}`, "--iss", ISS, "--private-out", f(`${alg}.jwk`), "--trust-store-out", f(`${alg}.trust.json`)).code).toBe(0);
    }
  });

  const sign = (alg: string, out: string, ...extra: string[]) =>
    cli("sign-attestation", "--key", f(`${alg}.jwk`), "--iss", ISS, "--sub", "agent:cli", "--intent", "archive it", "--tool", "delete_file", "--server", SERVER, "--arguments", f("args.json"), "--out", f(out), ...extra);
  const verify = (alg: string, envelope: string, ...extra: string[]) =>
    cli("verify-attestation", "--envelope", f(envelope), "--keys", f(`${alg}.trust.json`), "--tool", "delete_file", "--arguments", f("args.json"), "--server", SERVER, "--now", now, ...extra);

  it.each([["ES256"], ["RS256"], ["HS256"]])("keygen → sign → verify round-trips for %s", (alg) => {
    expect(sign(alg, `${alg}.env.json`).code).toBe(0);
    const r = verify(alg, `${alg}.env.json`);
    expect(r.json).toEqual({ verdict: "accept", reason: null, argsCommitment: "identity" });
    expect(r.code).toBe(0);
  });

  it("signs hash-only and argsRef commitments", () => {
    expect(sign("ES256", "hash.json", "--commitment", "hash").code).toBe(0);
    expect(verify("ES256", "hash.json").json?.["argsCommitment"]).toBe("hash");
    writeFileSync(f("blob.bin"), '{"path":"/archive/2024-Q3.md","recursive":false}');
    expect(sign("ES256", "ref.json", "--commitment", "ref:https://blobs.example/a").code).toBe(0);
    expect(verify("ES256", "ref.json", "--resolve", `https://blobs.example/a=${f("blob.bin")}`).json?.["argsCommitment"]).toBe("reference");
    expect(verify("ES256", "ref.json").json?.["reason"]).toBe("args_commitment_mismatch");
  });

  it("replays are caught across invocations sharing --replay-dir", () => {
    expect(sign("ES256", "replay.json").code).toBe(0);
    const replay = f("replay-store");
    expect(verify("ES256", "replay.json", "--replay-dir", replay).code).toBe(0);
    const again = verify("ES256", "replay.json", "--replay-dir", replay);
    expect([again.code, again.json?.["reason"]]).toEqual([1, "nonce_replay"]);
  });

  it.each([
    ["a missing flag", ["verify-attestation", "--keys", "x"]],
    ["an unknown flag", ["verify-attestation", "--bogus", "1"]],
    ["an unknown command", ["frobnicate"]],
    ["an unreadable envelope", ["verify-attestation", "--envelope", "/nonexistent", "--keys", "/nonexistent", "--tool", "t", "--arguments", "/nonexistent", "--server", SERVER, "--now", "2026-01-01T00:00:00Z"]],
    ["an unreadable envelope for signing-input", ["signing-input", "--envelope", "/nonexistent"]],
  ])("exits 2 with a message, not a stack trace, on %s", (_what, args) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on a trust store that is not one", () => {
    writeFileSync(f("bad-store.json"), '{"keys":[]}');
    expect(verify("ES256", "ES256.env.json").code).toBe(0);
    const r = cli("verify-attestation", "--envelope", f("ES256.env.json"), "--keys", f("bad-store.json"), "--tool", "delete_file", "--arguments", f("args.json"), "--server", SERVER, "--now", now);
    expect(r.code).toBe(2);
  });

  it("answers arbitrary envelope bytes with exit 1 and a registered reason", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string().map((s) => new TextEncoder().encode(s)), fc.json().map((s) => new TextEncoder().encode(s))), (bytes) => {
        writeFileSync(f("fuzz.json"), bytes);
        const r = verify("ES256", "fuzz.json");
        expect(r.code).toBe(1);
        expect(r.json?.["verdict"]).toBe("reject");
        expect(isReason(r.json?.["reason"])).toBe(true);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe.skipIf(!existsSync(BIN) && !process.env["CI"])("mcp-trust verify-transport", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-transport-"));
  const f = (name: string) => join(dir, name);
  const vector = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "conformance", "vectors", "transport-identity", `${name}.json`), "utf8"));
  const write = (name: string, value: unknown) => (writeFileSync(f(name), typeof value === "string" ? value : JSON.stringify(value)), f(name));
  const input = vector("cap-token-single-use-replayed").calls[0].input;
  const transport = (...extra: string[]) => cli("verify-transport", "--request", write("request.json", input.request), "--policy", write("policy.json", input.policy), "--now", input.now, ...extra);

  it("allows with exit 0, then refuses the single-use token's replay with exit 1 across invocations sharing --replay-dir", () => {
    const first = transport("--replay-dir", f("replay"), "--headers", write("headers.json", []));
    expect([first.code, first.json]).toEqual([0, { verdict: "accept", reason: null, decision: "allow", agentId: null, operatorId: null }]);
    const again = transport("--replay-dir", f("replay"));
    expect([again.code, again.json?.["decision"], again.json?.["reason"]]).toEqual([1, "deny", "nonce_replay"]);
  });

  it("answers a challenge with exit 1 and a fresh challenge", () => {
    const v = vector("identity-did-challenge-expired").calls[0].input;
    const r = cli("verify-transport", "--request", write("did.json", v.request), "--policy", write("did-policy.json", v.policy), "--now", v.now);
    expect([r.code, r.json?.["decision"], r.json?.["reason"]]).toEqual([1, "challenge", "challenge_required"]);
    expect(r.json?.["challenge"]).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
  });

  it("refuses a request that is not strict JSON as a verdict, not a usage error", () => {
    const r = cli("verify-transport", "--request", write("dup.json", '{"name":"a","name":"b"}'), "--policy", write("policy.json", input.policy), "--now", input.now);
    expect([r.code, r.json?.["reason"], r.json?.["decision"]]).toEqual([1, "json_invalid", "deny"]);
  });

  it.each([
    ["a missing --policy", () => ["--request", write("request.json", input.request), "--now", input.now]],
    ["a policy without a transport section", () => ["--request", write("request.json", input.request), "--policy", write("p2.json", { ...input.policy, transport: undefined }), "--now", input.now]],
    ["a policy that breaks its schema", () => ["--request", write("request.json", input.request), "--policy", write("p3.json", { ...input.policy, bogus: 1 }), "--now", input.now]],
    ["headers that are not [name, value] pairs", () => ["--request", write("request.json", input.request), "--policy", write("policy.json", input.policy), "--now", input.now, "--headers", write("h.json", [["MCP-Actor"]])]],
    ["a context with an unknown member", () => ["--request", write("request.json", input.request), "--policy", write("policy.json", input.policy), "--now", input.now, "--context", write("c.json", { certificate: "x" })]],
    ["a resolver answer that is neither an object nor unavailable", () => ["--request", write("request.json", input.request), "--policy", write("policy.json", input.policy), "--now", input.now, "--context", write("c2.json", { introspection: { t: "down" } })]],
    ["a bad --now", () => ["--request", write("request.json", input.request), "--policy", write("policy.json", input.policy), "--now", "yesterday"]],
  ])("exits 2 on %s", (_what, args) => {
    const r = cli("verify-transport", ...args());
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
