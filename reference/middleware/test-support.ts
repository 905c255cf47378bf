// Test helper shared by the middleware and client tests: keys, policies, signer options, transport taps. Not part of
// the library's API.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { McpError, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { Policy } from "../../generated/types/policy.js";
import type { SigningOptions } from "../client/signing-transport.js";
import { generateKeyPair } from "../common/keys.js";

export const ISS = "https://issuer.example/agents";
export const SUB = "agent:archiver";
export const KID = "es-2026-06";
export const SERVER_FINGERPRINT = `sha256:${"5e".repeat(32)}`;
export const OTHER_FINGERPRINT = `sha256:${"0d".repeat(32)}`;
export const CAPABILITY = "filesystem.delete";

const { privateKey, publicJwk } = generateKeyPair("ES256");
export const signerKey = privateKey;
export const signerJwkPublic = { ...publicJwk, kid: KID, alg: "ES256" };

/**
 * The policy of the tests: delete_file requires an attestation from ISS naming `filesystem.delete`, read_file an
 * attestation, ping nothing.
 */
export function testPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    server: { fingerprint: SERVER_FINGERPRINT },
    trustStore: { issuers: { [ISS]: { keys: [signerJwkPublic as never] } } },
    algorithms: ["ES256"],
    clockSkewSeconds: 30,
    tools: { delete_file: { issuers: [ISS], requiredCapability: CAPABILITY }, ping: { evidence: [] } },
    ...overrides,
  };
}

/** Signer options that satisfy {@link testPolicy}. */
export function signerOptions(overrides: Partial<SigningOptions> = {}): SigningOptions {
  return {
    key: signerKey,
    kid: KID,
    iss: ISS,
    sub: SUB,
    serverFingerprint: SERVER_FINGERPRINT,
    intent: (tool) => `tidy up with ${tool}`,
    requestedCapability: (tool) => (tool === "delete_file" ? CAPABILITY : undefined),
    ...overrides,
  };
}

type Mutable = { method?: string; params?: Record<string, unknown> & { arguments?: Record<string, unknown> } };

/** A transport that passes every outgoing message through `map` first (a tamperer between signer and server). */
export function mapOutgoing(inner: Transport, map: (message: JSONRPCMessage) => JSONRPCMessage): Transport {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === "send") return (m: JSONRPCMessage, o?: Parameters<Transport["send"]>[1]) => target.send(map(structuredClone(m)), o);
      const v = Reflect.get(target, prop, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  }) as Transport;
}

/** Applies `change` to the params of outgoing tools/call requests only. */
export function onToolCalls(change: (params: NonNullable<Mutable["params"]>) => void): (m: JSONRPCMessage) => JSONRPCMessage {
  return (m) => {
    const msg = m as Mutable;
    if (msg.method === "tools/call" && msg.params !== undefined) change(msg.params);
    return m;
  };
}

/**
 * Replay: the first tools/call's params are recorded (attestation and all); every later tools/call is sent with
 * those params under its own new id, as an attacker resending a captured request would.
 */
export function replaying(): (m: JSONRPCMessage) => JSONRPCMessage {
  let captured: unknown;
  return (m) => {
    const msg = m as Mutable;
    if (msg.method !== "tools/call") return m;
    if (captured === undefined) captured = structuredClone(msg.params);
    else msg.params = structuredClone(captured) as Mutable["params"];
    return m;
  };
}

/** The McpError a refused call rejects with, or a failure if the call succeeded. */
export async function refusal(call: Promise<unknown>): Promise<McpError & { data: { reason: string; requestId: unknown; decision: Record<string, unknown> } }> {
  const outcome = await call.then(
    (r) => ({ ok: true as const, r }),
    (e: unknown) => ({ ok: false as const, e }),
  );
  if (outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.r)}`);
  if (!(outcome.e instanceof McpError)) throw outcome.e;
  return outcome.e as McpError & { data: { reason: string; requestId: unknown; decision: Record<string, unknown> } };
}
