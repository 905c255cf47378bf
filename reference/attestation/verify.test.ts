import { describe, expect, it } from "vitest";
import { generateKeyPair, TrustStore } from "../common/keys.js";
import { MemoryReplayStore, type ReplayStore } from "../common/replay.js";
import { sha256Digest } from "../common/digest.js";
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from "../common/signature.js";
import { attachAttestation, findAttestation } from "./carriage.js";
import { argsRef, hashProjection, identityProjection, signAttestation } from "./sign.js";
import { verifyAttestation, type VerifierConfig } from "./verify.js";
import { canonicalBytes } from "../common/jcs.js";

const ISS = "https://issuer.example/agents";
const SERVER = sha256Digest(new TextEncoder().encode("https://files.example/mcp"));
const ARGS = { path: "/archive/2024-Q3.md", recursive: false };
const IAT = Date.UTC(2026, 5, 1, 12, 0, 0);

function setup(alg: SignatureAlgorithm = "ES256", extra: Partial<VerifierConfig> = {}) {
  const { privateKey, publicJwk } = generateKeyPair(alg);
  const trustStore = TrustStore.load({ issuers: { [ISS]: { keys: [{ ...publicJwk, kid: "k1", alg }] } } });
  const sign = (over: Partial<Parameters<typeof signAttestation>[0]> = {}) =>
    signAttestation({
      alg,
      key: privateKey,
      iss: ISS,
      sub: "agent:archiver",
      secretVersion: "k1",
      iatMs: IAT,
      intent: "archive the Q3 report",
      toolCalls: [{ name: "delete_file", serverFingerprint: SERVER, argsProjection: identityProjection(ARGS) }],
      ...over,
    });
  const config: VerifierConfig = { trustStore, ...extra };
  const call = { toolName: "delete_file", arguments: ARGS, serverFingerprint: SERVER, nowMs: IAT + 1000 };
  return { sign, config, call };
}

describe("verifyAttestation", () => {
  it.each(SIGNATURE_ALGORITHMS.map((a) => [a]))("accepts a fresh %s envelope once, then reports nonce_replay", async (alg) => {
    const { sign, config, call } = setup(alg);
    const env = sign();
    const first = await verifyAttestation(JSON.stringify(env), call, config);
    expect(first.verdict).toBe("accept");
    expect(first.verdict === "accept" && first.argsCommitment).toBe("identity");
    const second = await verifyAttestation(JSON.stringify(env), call, config);
    expect(second.reason).toBe("nonce_replay");
  });

  it("accepts parsed objects the same way as bytes", async () => {
    const { sign, config, call } = setup();
    expect((await verifyAttestation(sign() as never, call, config)).verdict).toBe("accept");
  });

  it("does not consume the nonce of a refused call", async () => {
    const { sign, config, call } = setup();
    const env = JSON.stringify(sign());
    expect((await verifyAttestation(env, { ...call, toolName: "read_file" }, config)).reason).toBe("tool_mismatch");
    expect((await verifyAttestation(env, { ...call, arguments: { path: "/etc" } }, config)).reason).toBe("args_commitment_mismatch");
    expect((await verifyAttestation(env, { ...call, nowMs: IAT + 400_000 }, config)).reason).toBe("expired");
    expect((await verifyAttestation(env, call, config)).verdict).toBe("accept");
  });

  it("reports the first failing check in the fixed order", async () => {
    const { sign, config, call } = setup();
    const env = sign({ toolCalls: [{ name: "other", serverFingerprint: SERVER, argsProjection: identityProjection(ARGS) }] });
    // Expired and wrong tool: the lifetime check comes first.
    expect((await verifyAttestation(JSON.stringify(env), { ...call, nowMs: IAT + 10_000_000 }, config)).reason).toBe("expired");
    const tampered = { ...env, plannerDeclared: { intent: "x" } };
    expect((await verifyAttestation(JSON.stringify(tampered), { ...call, nowMs: IAT + 10_000_000 }, config)).reason).toBe("signature_invalid");
  });

  it("only consumes a nonce once under concurrent submission", async () => {
    const { sign, config, call } = setup("HS256");
    const env = JSON.stringify(sign());
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => verifyAttestation(env, call, config)));
    expect(outcomes.filter((o) => o.verdict === "accept")).toHaveLength(1);
    expect(outcomes.filter((o) => o.reason === "nonce_replay")).toHaveLength(19);
  });

  it("uses the replay store it is given, keyed by issuer and nonce", async () => {
    const keys: string[] = [];
    const store: ReplayStore = { consume: (k) => (keys.push(k), true) };
    const { sign, config, call } = setup("ES256", { replayStore: store });
    await verifyAttestation(JSON.stringify(sign({ nonce: "AAAAAAAAAAAAAAAAAAAAAAAA" })), call, config);
    expect(keys).toEqual([`${ISS}\nAAAAAAAAAAAAAAAAAAAAAAAA`]);
  });

  it("checks hash projections and argsRef content", async () => {
    const uri = "https://blobs.example/a";
    const { sign, config, call } = setup("ES256", { resolveArgsRef: (u) => (u === uri ? canonicalBytes(ARGS) : undefined) });
    const hashed = sign({ toolCalls: [{ name: "delete_file", serverFingerprint: SERVER, argsProjection: hashProjection(ARGS) }] });
    const h = await verifyAttestation(JSON.stringify(hashed), call, config);
    expect(h.verdict === "accept" && h.argsCommitment).toBe("hash");
    const ref = sign({ toolCalls: [{ name: "delete_file", serverFingerprint: SERVER, argsRef: argsRef(uri, ARGS) }] });
    const r = await verifyAttestation(JSON.stringify(ref), call, config);
    expect(r.verdict === "accept" && r.argsCommitment).toBe("reference");
    const miss = sign({ toolCalls: [{ name: "delete_file", serverFingerprint: SERVER, argsRef: argsRef("https://blobs.example/b", ARGS) }] });
    expect((await verifyAttestation(JSON.stringify(miss), call, config)).reason).toBe("args_commitment_mismatch");
  });

  it("treats absent arguments as {}", async () => {
    const { sign, config, call } = setup();
    const env = sign({ toolCalls: [{ name: "delete_file", serverFingerprint: SERVER, argsProjection: "{}" }] });
    expect((await verifyAttestation(JSON.stringify(env), { ...call, arguments: undefined }, config)).verdict).toBe("accept");
  });

  it("never throws on garbage", async () => {
    const { config, call } = setup();
    for (const bad of ["", "null", "[]", "{", '{"issuerAsserted":1}', "\u0000", new Uint8Array([0xff, 0xfe])]) {
      const o = await verifyAttestation(bad, call, config);
      expect(o.verdict).toBe("reject");
    }
  });

  it("default replay store is per config", async () => {
    const a = setup();
    const env = JSON.stringify(a.sign());
    expect((await verifyAttestation(env, a.call, a.config)).verdict).toBe("accept");
    expect((await verifyAttestation(env, a.call, { ...a.config })).verdict).toBe("accept");
    expect((await verifyAttestation(env, a.call, { ...a.config, replayStore: new MemoryReplayStore() })).verdict).toBe("accept");
  });
});

describe("carriage", () => {
  it("round-trips through the evidence container and reads SEP-2787's key", () => {
    const env = setup().sign();
    const meta = attachAttestation({ progressToken: 1 }, env as never, { sep2787Compat: true });
    expect(findAttestation(meta)?.value).toEqual(env);
    expect(findAttestation({ attestation: env })?.pointer).toBe("/_meta/attestation");
    expect(findAttestation({})).toBeUndefined();
  });

  it("refuses differing copies", () => {
    const a = setup().sign();
    const b = setup().sign();
    const meta = { ...attachAttestation(undefined, a as never), attestation: b };
    expect(() => findAttestation(meta)).toThrowError(expect.objectContaining({ reason: "evidence_ambiguous" }));
  });
});
