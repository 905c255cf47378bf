// Pinned inputs for the transport-identity vectors. The private keys in keys/ are TEST ONLY and published on purpose.
import { createHash, createHmac, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { calculateJwkThumbprint, type JWK } from "jose";
import { base58btc } from "multiformats/bases/base58";
import type { JsonValue } from "../../reference/common/strict-json.js";
import { ARGS, IAT, ISS, KEYS, SERVER, TOOL, trustStore } from "./fixtures.js";

const here = dirname(fileURLToPath(import.meta.url));

export type TokenAlg = "ES256" | "EdDSA";

export interface TokenKey {
  alg: TokenAlg;
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public JWK with kid and alg, as a trust store holds it. */
  publicJwk: Record<string, string>;
}

export function loadTokenKey(name: string): TokenKey {
  const jwk = JSON.parse(readFileSync(join(here, "keys", `${name}.jwk.json`), "utf8")) as Record<string, string>;
  const privateKey = createPrivateKey({ key: jwk as never, format: "jwk" });
  const publicKey = createPublicKey(privateKey);
  const pub = publicKey.export({ format: "jwk" }) as Record<string, string>;
  return { alg: jwk["alg"] as TokenAlg, kid: jwk["kid"]!, privateKey, publicKey, publicJwk: { ...pub, kid: jwk["kid"]!, alg: jwk["alg"]! } };
}

/** The attestation key of the tool-call-attestation vectors, as a token key (proof of possession by attestation). */
function attestationKey(k: typeof KEYS.es256): TokenKey {
  return { alg: "ES256", kid: k.kid, privateKey: k.signingKey, publicKey: createPublicKey(k.signingKey), publicJwk: k.publicJwk };
}

export const TK = {
  capRootEd: loadTokenKey("eddsa-cap-root"),
  capRootEs: loadTokenKey("es256-cap-root"),
  gateway: loadTokenKey("eddsa-gateway"),
  idp: loadTokenKey("eddsa-idp"),
  operator: loadTokenKey("es256-operator"),
  agentEd: loadTokenKey("eddsa-agent"),
  agentEs: loadTokenKey("es256-agent"),
  webAgent: loadTokenKey("eddsa-web-agent"),
  rogue: loadTokenKey("eddsa-rogue"),
  attestation: attestationKey(KEYS.es256),
  attestationOther: attestationKey(KEYS.es256Other),
};

/** This server's audience id (policy transport.audience). */
export const AUD = "https://files.example/mcp";
export const OTHER_AUD = "https://mail.example/mcp";
/** Root capability-token issuer (an authorization server). */
export const CAP_ISS = "https://auth.example";
/** A server that forwards tokens: audience of the root, issuer of the child. */
export const GATEWAY = "https://gateway.example";
export const ROGUE_ISS = "https://rogue.example";
export const IDP = "https://idp.example";
export const OPERATOR = "https://operator.example";
export const ACTOR = "user:alice@example.com";
export const AGENT = "agent:archiver";
export const SESSION = "s-7f3a9c2e4b1d8f60";
export const PURPOSE = "archive the Q3 report";
export const CALL_SCOPE = `tools/call:${TOOL}`;
export const DID_WEB = "did:web:agents.example";
export const DID_WEB_CONTROLLER = "did:web:operator.example";

/** Seconds since the epoch of the fixtures' IAT (2026-06-01T12:00:00Z); NOW is 30 s later. */
export const T0 = Date.parse(IAT) / 1000;

export const CHALLENGE_SECRET = createHash("sha256").update("mcp-trust TEST-ONLY challenge secret").digest("base64url");

/** The stateless challenge a server issued at `seconds` for `audience`. */
export function challengeAt(seconds: number, audience = AUD, secret = CHALLENGE_SECRET): string {
  const mac = createHmac("sha256", Buffer.from(secret, "base64url")).update(`mcp-trust-challenge\n${seconds}\n${audience}`).digest("base64url");
  return `${seconds}.${mac}`;
}

/** A client certificate's base64url SHA-256 (RFC 8705 x5t#S256); the certificate itself is never parsed. */
export const CLIENT_CERT_SHA256 = createHash("sha256").update("TEST-ONLY client certificate DER").digest("base64url");
export const OTHER_CERT_SHA256 = createHash("sha256").update("TEST-ONLY other client certificate DER").digest("base64url");

/** The RFC 7638 SHA-256 thumbprint of a key, for cnf.jkt. */
export async function jkt(key: TokenKey): Promise<string> {
  const { kid: _kid, alg: _alg, ...members } = key.publicJwk;
  return calculateJwkThumbprint(members as JWK, "sha256");
}

/** did:key of a raw public key: multicodec varint (0xed01 Ed25519, 0x1200 P-256 compressed) + key, base58btc. */
export function didKeyOf(key: TokenKey): string {
  return didKeyOfRaw(key.alg, rawPublicKey(key));
}

export function didKeyOfRaw(alg: TokenAlg, raw: Uint8Array): string {
  const prefix = alg === "EdDSA" ? [0xed, 0x01] : [0x80, 0x24];
  return `did:key:${base58btc.encode(new Uint8Array([...prefix, ...raw]))}`;
}

function rawPublicKey(key: TokenKey): Uint8Array {
  if (key.alg === "EdDSA") return Buffer.from(key.publicJwk["x"]!, "base64url");
  // SEC1 compressed point: 0x02 or 0x03 by the parity of y, then x.
  const y = Buffer.from(key.publicJwk["y"]!, "base64url");
  return new Uint8Array([(y[31]! & 1) === 1 ? 0x03 : 0x02, ...Buffer.from(key.publicJwk["x"]!, "base64url")]);
}

/** `<did>#<fragment>` of a did:key verification method: the fragment repeats the method-specific id. */
export function didKeyKid(did: string): string {
  return `${did}#${did.slice("did:key:".length)}`;
}

const trustStoreOf = (entries: [string, TokenKey[]][]): JsonValue => ({ issuers: Object.fromEntries(entries.map(([iss, keys]) => [iss, { keys: keys.map((k) => ({ ...k.publicJwk })) }])) });

export const CAP_TOKEN_ISSUERS = trustStoreOf([
  [CAP_ISS, [TK.capRootEd, TK.capRootEs]],
  [GATEWAY, [TK.gateway]],
]);

export type Evidence = "tool-call-attestation" | "actor" | "cap-token" | "agent-identity" | "agent-intent" | "agent-session";

export interface ToolPolicyPatch {
  evidence?: Evidence[];
  identityTypes?: string[];
  singleUseCapToken?: boolean;
  requireProofOfPossession?: boolean;
}

/** The policy document every transport vector starts from; `transport` members and the tool policy can be patched. */
export function policy(tool: ToolPolicyPatch = {}, transport: Record<string, JsonValue> = {}): JsonValue {
  return {
    server: { fingerprint: SERVER },
    trustStore: trustStore(KEYS.es256),
    transport: {
      audience: AUD,
      capTokenIssuers: CAP_TOKEN_ISSUERS,
      identity: {
        jwt: { issuers: trustStoreOf([[IDP, [TK.idp]]]) },
        operator: { issuers: trustStoreOf([[OPERATOR, [TK.operator]]]) },
        did: { challengeSecret: CHALLENGE_SECRET, challengeTtlSeconds: 120 },
        oauth: { introspectionUrl: "https://auth.example/introspect" },
      },
      ...transport,
    },
    defaults: { evidence: [], ...(tool as Record<string, JsonValue>) },
  };
}

export { ARGS, ISS, SERVER, TOOL };
