// Test helper: a policy with a `transport` section over the sample server's tools, real keys, and real capability
// tokens and agent JWTs signed by jose on the real clock — for the gateway's and the middleware's transport tests.
// Not part of the library's API (and not built).
import { sha256Digest } from "../common/digest.js";
import type { Policy } from "../enforce/policy.js";
import { signToken, testKey, trustStoreDoc } from "../transport/test-tokens.js";
import { policyDoc } from "./test-peers.js";

export const AUDIENCE = "https://files.example/mcp";
export const ROOT_ISS = "https://auth.example";
/** A server that forwards tokens: it holds a root token to itself and mints narrower children to AUDIENCE. */
export const FORWARDER = "https://gateway.example";
export const IDP = "https://idp.example";
export const ACTOR = "user:alice@example.com";
export const AGENT = "agent:archiver";

export const rootKey = testKey("EdDSA", "cap-root-ed");
export const forwarderKey = testKey("ES256", "forwarder-es");
export const idpKey = testKey("ES256", "idp-es");
/** Not in any trust store: what a forger signs with. */
export const rogueKey = testKey("EdDSA", "cap-root-ed");

/**
 * delete_file: actor + cap-token, single use; read_file: + a jwt agent identity; ping: + an agent intent.
 * No tool requires a tool-call attestation: the transport evidence alone decides.
 */
export function transportPolicyDoc(): Policy {
  return policyDoc({
    transport: {
      audience: AUDIENCE,
      capTokenIssuers: trustStoreDoc({ [ROOT_ISS]: [rootKey], [FORWARDER]: [forwarderKey] }),
      identity: { jwt: { issuers: trustStoreDoc({ [IDP]: [idpKey] }) } },
    },
    tools: {
      delete_file: { evidence: ["actor", "cap-token"], singleUseCapToken: true },
      read_file: { evidence: ["actor", "cap-token", "agent-identity"], identityTypes: ["jwt"] },
      ping: { evidence: ["actor", "cap-token", "agent-intent"] },
    },
  });
}

let jti = 0;
const nowS = (): number => Math.floor(Date.now() / 1000);

export function capClaims(over: Record<string, unknown> = {}): Record<string, unknown> {
  jti += 1;
  return {
    iss: ROOT_ISS,
    sub: ACTOR,
    aud: AUDIENCE,
    scope: "tools/call:delete_file tools/call:read_file tools/call:ping tools/list",
    iat: nowS() - 5,
    exp: nowS() + 200,
    jti: `jti-${process.pid}-${String(jti).padStart(8, "0")}-${Date.now()}`,
    ...over,
  };
}

/** A root capability token to AUDIENCE signed by the root issuer (or by `key`). */
export function capToken(over: Record<string, unknown> = {}, key = rootKey): Promise<string> {
  return signToken(key, "mcp-cap+jwt", capClaims(over));
}

/** A root token to FORWARDER and FORWARDER's child to AUDIENCE with `childScope`. */
export async function forwardedChain(childScope: string): Promise<string[]> {
  const root = await capToken({ aud: FORWARDER, scope: "tools/call:delete_file" });
  const child = await signToken(forwarderKey, "mcp-cap+jwt", capClaims({ iss: FORWARDER, parent: sha256Digest(Buffer.from(root, "ascii")), exp: nowS() + 100, scope: childScope }));
  return [root, child];
}

/** An agent identity JWT (type jwt) for AGENT from IDP. */
export function agentJwt(over: Record<string, unknown> = {}): Promise<string> {
  return signToken(idpKey, "mcp-agent+jwt", { iss: IDP, sub: AGENT, aud: AUDIENCE, iat: nowS() - 5, exp: nowS() + 600, ...over });
}
