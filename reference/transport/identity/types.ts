/**
 * The shapes shared by the agent-identity verifiers (spec/transport-headers.md#agent-identity-types): what a caller
 * configures (`IdentityContext`), what a verified identity yields (`VerifiedIdentity`), and the two resolver
 * interfaces through which the verifier reaches the network (RFC 7662 introspection, did:web documents).
 */
import type { TrustStore } from "../../common/keys.js";
import type { TokenAlgorithm } from "../jws.js";

/** The five proof types of the `agent-identity` evidence item. */
export const IDENTITY_TYPES = Object.freeze(["jwt", "did", "oauth", "mtls", "operator"] as const);
export type IdentityType = (typeof IDENTITY_TYPES)[number];

/** The `agent-identity` twin value (already schema-checked by the caller). */
export interface AgentIdentityValue {
  type: string;
  credential: string;
}

/**
 * RFC 7662 token introspection: resolves an opaque access token to the authorization server's response. Resolve to
 * the response object (`{ active: false }` for a token the server does not know); reject (throw) when the server
 * cannot answer — the verifier then refuses with `resolver_unavailable`, never guesses.
 */
export type IntrospectionResolver = (token: string) => Promise<unknown>;

/**
 * did:web resolution: the DID document of `did` (a `did:web:` DID), as parsed JSON, or `undefined` when the DID does
 * not resolve (HTTP 404/410) → `identity_invalid`. Throw when resolution fails (network, timeout, 5xx) →
 * `resolver_unavailable`; an `McpTrustError` thrown here keeps its own reason.
 */
export type DidWebResolver = (did: string) => Promise<unknown>;

export interface DidConfig {
  /** HMAC key of the stateless challenge: at least 32 bytes (the policy holds it as base64url). */
  challengeSecret: Uint8Array;
  /** How long a challenge stays valid, seconds; default {@link DEFAULT_CHALLENGE_TTL_SECONDS}. */
  challengeTtlSeconds?: number;
  /** Resolver for did:web; without one, did:web DIDs do not resolve (`identity_invalid`). */
  resolveDidWeb?: DidWebResolver;
}

export const DEFAULT_CHALLENGE_TTL_SECONDS = 120;

/** Everything the identity verifiers read; the orchestrator builds it from the policy and the request. */
export interface IdentityContext {
  /** This server's audience (policy `transport.audience`). */
  audience: string;
  /** The verifier's clock, epoch milliseconds. */
  now: number;
  /** Tolerated clock difference, seconds; default 30 (DEFAULT_CLOCK_SKEW_SECONDS). */
  skew?: number;
  /** JWS algorithm allow-list (policy `transport.tokenAlgorithms`); default ES256 and EdDSA. */
  algorithms?: readonly TokenAlgorithm[];
  /** The tool policy's `identityTypes`; default every configured type. A type must be both accepted and configured. */
  acceptedTypes?: readonly IdentityType[];
  /** Issuers of agent JWTs (types `jwt` and `mtls`); load with `{ algorithms: ["ES256", "EdDSA"] }`. */
  jwt?: { issuers: TrustStore };
  /** Operators whose credentials are accepted (type `operator`); each issuer is an operatorId. */
  operator?: { issuers: TrustStore };
  did?: DidConfig;
  oauth?: { introspect: IntrospectionResolver };
  /** base64url SHA-256 of the TLS client certificate's DER, when the connection presented one (type `mtls`). */
  clientCertificateSha256?: string;
}

/** A verified agent identity. Nothing is consumed by the verifier: the caller consumes `challenge` last. */
export interface VerifiedIdentity {
  type: IdentityType;
  agentId: string;
  operatorId: string;
  /** The credential's `sid` claim, which the request's agent-session must then equal. */
  sid?: string;
  /** RFC 7638 SHA-256 thumbprint of the key a `did` proof was signed with: the proof-of-possession key for `cnf.jkt`. */
  keyThumbprint?: string;
  /** A `did` proof's challenge, to be consumed once (replay store key) after every other check. */
  challenge?: string;
  /** Until when (epoch ms) the challenge must stay in the replay store: its validity end plus the skew. */
  challengeExpiresAt?: number;
}
