// The client signer on its own: what it puts on the wire, and the key forms it accepts.
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import { findAttestation } from "../attestation/carriage.js";
import { verifyAttestation } from "../attestation/verify.js";
import { generateKeyPair, TrustStore } from "../common/keys.js";
import type { JsonValue } from "../common/strict-json.js";
import { ISS, KID, SERVER_FINGERPRINT, signerJwkPublic, signerKey, signerOptions } from "../middleware/test-support.js";
import { resolveSigningKey, SigningKeyError } from "./signing-key.js";
import { signingTransport, type SigningOptions } from "./signing-transport.js";

/** A transport that records what it is asked to send. */
function recorder(): Transport & { sent: JSONRPCMessage[] } {
  const sent: JSONRPCMessage[] = [];
  return { sent, start: async () => {}, close: async () => {}, send: async (m) => void sent.push(m), sessionId: "s-1" };
}

const trustStore = TrustStore.load({ issuers: { [ISS]: { keys: [signerJwkPublic] } } });
const call = (id: number, params: Record<string, unknown>): JSONRPCMessage => ({ jsonrpc: "2.0", id, method: "tools/call", params }) as JSONRPCMessage;
type Params = { name: string; arguments?: Record<string, JsonValue>; _meta: Record<string, JsonValue> };

async function sendOne(params: Record<string, unknown>, options: Partial<SigningOptions> = {}): Promise<Params> {
  const inner = recorder();
  await signingTransport(inner, signerOptions(options)).send(call(1, params));
  return (inner.sent[0] as unknown as { params: Params }).params;
}

async function verify(params: Params, args: JsonValue = params.arguments ?? {}) {
  return verifyAttestation(findAttestation(params._meta)!.value, { toolName: params.name, arguments: args, serverFingerprint: SERVER_FINGERPRINT }, { trustStore });
}

describe("signingTransport", () => {
  it("attaches an attestation over exactly the call's arguments, in the evidence container", async () => {
    const params = await sendOne({ name: "delete_file", arguments: { path: "/a", n: 1.5 } });
    expect(Object.keys(params._meta)).toEqual(["org.mcp-trust/evidence"]);
    expect((await verify(params)).verdict).toBe("accept");
    expect((await verify(params, { path: "/b", n: 1.5 })).reason).toBe("args_commitment_mismatch");
  });

  it("commits absent arguments as {} and leaves them absent", async () => {
    const params = await sendOne({ name: "ping" });
    expect("arguments" in params).toBe(false);
    expect((await verify(params, {})).verdict).toBe("accept");
  });

  it("signs and sends the arguments' JSON form (undefined members dropped)", async () => {
    const params = await sendOne({ name: "delete_file", arguments: { path: "/a", recursive: undefined } });
    expect(params.arguments).toEqual({ path: "/a" });
    expect("recursive" in params.arguments!).toBe(false);
    expect((await verify(params)).verdict).toBe("accept");
  });

  it("keeps other _meta members, replaces a stale attestation, and adds _meta.attestation only when asked", async () => {
    const stale = { items: [{ type: "tool-call-attestation", version: 1, value: { old: true } }, { type: "other-evidence", version: 1, value: {} }] };
    const params = await sendOne({ name: "read_file", arguments: { path: "/a" }, _meta: { progressToken: 7, "org.mcp-trust/evidence": stale, attestation: { old: true } } });
    expect(params._meta["progressToken"]).toBe(7);
    expect(params._meta["attestation"]).toBeUndefined();
    const items = (params._meta["org.mcp-trust/evidence"] as { items: { type: string }[] }).items;
    expect(items.map((i) => i.type)).toEqual(["other-evidence", "tool-call-attestation"]);
    expect((await verify(params)).verdict).toBe("accept");
    const compat = await sendOne({ name: "read_file", arguments: { path: "/a" } }, { sep2787Compat: true });
    expect(compat._meta["attestation"]).toEqual(findAttestation(compat._meta)!.value);
  });

  it("signs each call afresh: new nonce, iat from the clock, intent and capability per tool", async () => {
    const inner = recorder();
    const t = signingTransport(inner, signerOptions({ now: () => Date.parse("2026-06-01T12:00:00Z"), expSeconds: 90, intent: (tool, args) => `${tool} ${String(args["path"])}` }));
    await t.send(call(1, { name: "delete_file", arguments: { path: "/a" } }));
    await t.send(call(2, { name: "delete_file", arguments: { path: "/a" } }));
    const envelopes = inner.sent.map((m) => findAttestation((m as unknown as { params: Params }).params._meta)!.value as Record<string, Record<string, unknown>>);
    expect(envelopes[0]!["issuerAsserted"]).toMatchObject({ iat: "2026-06-01T12:00:00Z", expSeconds: 90, secretVersion: KID, alg: "ES256" });
    expect(envelopes[0]!["issuerAsserted"]!["nonce"]).not.toBe(envelopes[1]!["issuerAsserted"]!["nonce"]);
    expect(envelopes[0]!["plannerDeclared"]).toEqual({ intent: "delete_file /a", requestedCapability: "filesystem.delete" });
  });

  it("commits by hash when asked", async () => {
    const params = await sendOne({ name: "read_file", arguments: { path: "/a" } }, { commitment: "hash" });
    const outcome = await verify(params);
    expect(outcome.verdict === "accept" && outcome.argsCommitment).toBe("hash");
  });

  it("passes every other message through untouched and delegates sessionId and callbacks", async () => {
    const inner = recorder();
    const t = signingTransport(inner, signerOptions());
    const list = { jsonrpc: "2.0", id: 3, method: "tools/list", params: {} } as JSONRPCMessage;
    const note = { jsonrpc: "2.0", method: "tools/call", params: { name: "x" } } as JSONRPCMessage;
    await t.send(list);
    await t.send(note);
    expect(inner.sent[0]).toBe(list);
    expect(inner.sent[1]).toBe(note);
    expect(t.sessionId).toBe("s-1");
    expect(t.setProtocolVersion).toBeUndefined();
    const handler = () => {};
    t.onclose = handler;
    expect(inner.onclose).toBe(handler);
  });

  it("refuses to send a tools/call it cannot sign", async () => {
    const t = signingTransport(recorder(), signerOptions());
    await expect(t.send(call(1, { arguments: { path: "/a" } }))).rejects.toThrow(TypeError);
  });
});

describe("signing keys", () => {
  const dir = mkdtempSync(join(tmpdir(), "mcp-trust-keys-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const privateJwk = { ...(signerKey.export({ format: "jwk" }) as Record<string, string>), kid: KID, alg: "ES256" };

  it("loads a keygen-style private JWK file, a JWK object, or a KeyObject with a kid", async () => {
    const path = join(dir, "signer.jwk.json");
    writeFileSync(path, JSON.stringify(privateJwk));
    for (const key of [path, privateJwk]) {
      const params = await sendOne({ name: "read_file", arguments: { path: "/a" } }, { key, kid: undefined });
      expect((await verify(params)).verdict).toBe("accept");
    }
    expect(resolveSigningKey(signerKey, { kid: KID })).toMatchObject({ alg: "ES256", kid: KID });
  });

  it("infers HS256 and RS256 from the key; refuses what cannot sign", () => {
    expect(resolveSigningKey(generateKeyPair("HS256").privateKey, { kid: "h" }).alg).toBe("HS256");
    expect(resolveSigningKey(generateKeyPair("RS256").privateKey, { kid: "r" }).alg).toBe("RS256");
    const cases: [Parameters<typeof resolveSigningKey>[0], Parameters<typeof resolveSigningKey>[1]][] = [
      [signerKey, {}], // no kid
      [privateJwk, { kid: "another" }], // disagrees with the JWK
      [privateJwk, { alg: "RS256" }],
      [{ ...privateJwk, alg: "none" }, {}],
      [{ kty: privateJwk["kty"], crv: privateJwk["crv"], x: privateJwk["x"], y: privateJwk["y"], kid: KID, alg: "ES256" }, {}], // public only
      [generateKeyPairSync("ec", { namedCurve: "secp384r1" }).privateKey, { kid: "p384" }],
      [join(dir, "missing.json"), {}],
    ];
    for (const [key, given] of cases) expect(() => resolveSigningKey(key, given), JSON.stringify(given)).toThrow(SigningKeyError);
  });
});
