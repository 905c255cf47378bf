// Test helper: keys, trust stores, contexts and credential builders for the identity tests (real jose signatures).
import { Buffer } from "node:buffer";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { base58btc } from "multiformats/bases/base58";
import { McpTrustError } from "../../common/errors.js";
import { TrustStore } from "../../common/keys.js";
import { NOW_MS, NOW_S, signToken, testKey, type TestKey } from "../test-tokens.js";
import { issueChallenge } from "./challenge.js";
import type { IdentityContext } from "./types.js";

export { NOW_MS, NOW_S, signRaw, signToken, testKey, thumbprint, type TestKey } from "../test-tokens.js";

export const AUD = "https://files.example/mcp";
export const OTHER_AUD = "https://other.example/mcp";
export const IDP = "https://idp.example";
export const OPERATOR = "https://operator.example";
export const AGENT = "agent:archiver";
export const SECRET = Buffer.alloc(32, 0x5a);

export const K = {
  idpEs: testKey("ES256", "idp-es"),
  idpEd: testKey("EdDSA", "idp-ed"),
  operator: testKey("ES256", "op-1"),
  rogue: testKey("ES256", "idp-es"),
  agentEd: testKey("EdDSA", "agent-ed"),
  agentEs: testKey("ES256", "agent-es"),
  webAgent: testKey("EdDSA", "key-1"),
};

export function store(issuers: Record<string, TestKey[]>): TrustStore {
  const doc = { issuers: Object.fromEntries(Object.entries(issuers).map(([iss, keys]) => [iss, { keys: keys.map((k) => k.jwk) }])) };
  return TrustStore.load(doc, { algorithms: ["ES256", "EdDSA"] });
}

/** A context with every type configured (oauth and did:web resolvers as given). */
export function ctx(patch: Partial<IdentityContext> = {}): IdentityContext {
  return {
    audience: AUD,
    now: NOW_MS,
    jwt: { issuers: store({ [IDP]: [K.idpEs, K.idpEd] }) },
    operator: { issuers: store({ [OPERATOR]: [K.operator] }) },
    did: { challengeSecret: SECRET },
    ...patch,
  };
}

/** Claims with `undefined` members removed, so a test can drop a claim by patching it to undefined. */
function claims(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...base, ...patch }).filter(([, v]) => v !== undefined));
}

export function agentJwt(patch: Record<string, unknown> = {}, key = K.idpEs, typ = "mcp-agent+jwt"): Promise<string> {
  return signToken(key, typ, claims({ iss: IDP, sub: AGENT, aud: AUD, iat: NOW_S, exp: NOW_S + 600, operator: OPERATOR }, patch));
}

export function operatorCredential(patch: Record<string, unknown> = {}, key = K.operator): Promise<string> {
  return signToken(key, "mcp-operator-credential+jwt", claims({ iss: OPERATOR, sub: AGENT, aud: AUD, iat: NOW_S, exp: NOW_S + 3600 }, patch));
}

/** did:key of a test key: base58btc(multicodec varint ‖ raw public key), P-256 as a compressed point. */
export function didKeyOf(key: TestKey): string {
  return didKeyOfRaw(key.alg === "EdDSA" ? "EdDSA" : "ES256", rawPublicKey(key));
}

export function didKeyOfRaw(alg: "EdDSA" | "ES256", raw: Uint8Array, prefix = alg === "EdDSA" ? [0xed, 0x01] : [0x80, 0x24]): string {
  return `did:key:${base58btc.encode(new Uint8Array([...prefix, ...raw]))}`;
}

export function rawPublicKey(key: TestKey): Uint8Array {
  if (key.alg === "EdDSA") return Buffer.from(key.jwk["x"]!, "base64url");
  const y = Buffer.from(key.jwk["y"]!, "base64url");
  return Buffer.concat([Buffer.from([2 + (y[31]! & 1)]), Buffer.from(key.jwk["x"]!, "base64url")]);
}

export const didKeyKid = (did: string) => `${did}#${did.slice("did:key:".length)}`;

export const challengeAt = (seconds: number, audience = AUD) => issueChallenge({ secret: SECRET, audience, now: seconds * 1000 });

/** A DID proof signed by `key` for `did`, header kid `kid`. */
export function didProof(key: TestKey, did: string, kid: string, patch: Record<string, unknown> = {}): Promise<string> {
  return signToken(key, "mcp-agent-did+jwt", claims({ iss: did, aud: AUD, challenge: challengeAt(NOW_S - 5), iat: NOW_S, exp: NOW_S + 60 }, patch), { kid });
}

/** Flips one bit of the signature, keeping it canonical base64url. */
export function forged(token: string): string {
  const dot = token.lastIndexOf(".");
  const sig = Buffer.from(token.slice(dot + 1), "base64url");
  sig[0] = sig[0]! ^ 0x01;
  return `${token.slice(0, dot)}.${sig.toString("base64url")}`;
}

/** The reason a verification refuses with, or "accepted". Anything other than McpTrustError is rethrown. */
export async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "accepted";
  } catch (e) {
    if (e instanceof McpTrustError) return e.reason;
    throw e;
  }
}

/** A loopback HTTP server; `handler` answers every request. */
export async function loopback(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<{ server: Server; origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handler(req, Buffer.concat(chunks).toString("utf8"), res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
