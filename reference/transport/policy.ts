/**
 * The transport section of a policy (schemas/policy.schema.json#/$defs/transportPolicy), loaded once: trust stores
 * imported, defaults applied. A policy is configuration written by the operator, so an invalid one throws a plain
 * `Error` here rather than becoming a verification outcome.
 */
import type { ToolPolicy, TransportPolicy } from "../../generated/types/policy.js";
import { Buffer } from "node:buffer";
import { isCanonicalBase64url, TrustStore } from "../common/keys.js";
import { TOKEN_ALGORITHMS, type TokenAlgorithm } from "./jws.js";
import { MAX_CHAIN_LENGTH } from "./cap-token-chain.js";
import { IDENTITY_TYPES, type IdentityType } from "./identity/types.js";

export type { ToolPolicy, TransportPolicy };

export { IDENTITY_TYPES, type IdentityType };

export interface LoadedTransportPolicy {
  readonly source: TransportPolicy;
  readonly audience: string;
  readonly algorithms: readonly TokenAlgorithm[];
  /** Keys of root issuers and forwarding servers (empty when none are configured: every cap token is then refused). */
  readonly capTokenKeys: TrustStore;
  /** Issuers a chain's root may name: every issuer of `capTokenIssuers`. */
  readonly capTokenRootIssuers: ReadonlySet<string>;
  readonly maxChainLength: number;
  /** Identity types the transport section configures: the default of a tool's `identityTypes`. */
  readonly configuredIdentityTypes: readonly IdentityType[];
  /** The identity section with its trust stores imported and the challenge secret decoded. */
  readonly identity: LoadedIdentityPolicy;
}

export interface LoadedIdentityPolicy {
  readonly jwt?: { readonly issuers: TrustStore };
  readonly operator?: { readonly issuers: TrustStore };
  readonly did?: { readonly challengeSecret: Uint8Array; readonly challengeTtlSeconds?: number };
  readonly oauth?: { readonly introspectionUrl: string };
}

/** Loads `transport` (already validated as part of a policy document, or validated here by the trust-store loader). */
export function loadTransportPolicy(transport: TransportPolicy): LoadedTransportPolicy {
  if (typeof transport?.audience !== "string" || transport.audience.length === 0) throw new Error("transport policy: audience is required");
  const algorithms = Object.freeze([...(transport.tokenAlgorithms ?? TOKEN_ALGORITHMS)]);
  if (algorithms.length === 0 || !algorithms.every((a) => (TOKEN_ALGORITHMS as readonly string[]).includes(a))) {
    throw new Error(`transport policy: tokenAlgorithms must be a non-empty subset of ${TOKEN_ALGORITHMS.join(", ")}`);
  }
  const storeDoc = transport.capTokenIssuers ?? { issuers: {} };
  const capTokenKeys = TrustStore.load(storeDoc, { algorithms });
  const maxChainLength = transport.maxChainLength ?? MAX_CHAIN_LENGTH;
  if (!Number.isInteger(maxChainLength) || maxChainLength < 1 || maxChainLength > MAX_CHAIN_LENGTH) {
    throw new Error(`transport policy: maxChainLength must be 1..${MAX_CHAIN_LENGTH}`);
  }
  const id = transport.identity ?? {};
  const configured: IdentityType[] = [];
  if (id.jwt !== undefined) configured.push("jwt", "mtls");
  if (id.did !== undefined) configured.push("did");
  if (id.oauth !== undefined) configured.push("oauth");
  if (id.operator !== undefined) configured.push("operator");
  const identity: { -readonly [K in keyof LoadedIdentityPolicy]: LoadedIdentityPolicy[K] } = {};
  if (id.jwt !== undefined) identity.jwt = { issuers: TrustStore.load(id.jwt.issuers, { algorithms }) };
  if (id.operator !== undefined) identity.operator = { issuers: TrustStore.load(id.operator.issuers, { algorithms }) };
  if (id.did !== undefined) {
    const secret = Buffer.from(id.did.challengeSecret, "base64url");
    if (!isCanonicalBase64url(id.did.challengeSecret) || secret.length < 32) throw new Error("transport policy: identity.did.challengeSecret must be at least 32 bytes, base64url");
    identity.did = { challengeSecret: new Uint8Array(secret), ...(id.did.challengeTtlSeconds === undefined ? {} : { challengeTtlSeconds: id.did.challengeTtlSeconds }) };
  }
  if (id.oauth !== undefined) identity.oauth = { introspectionUrl: id.oauth.introspectionUrl };
  return Object.freeze({
    source: transport,
    identity: Object.freeze(identity),
    audience: transport.audience,
    algorithms,
    capTokenKeys,
    capTokenRootIssuers: new Set(Object.keys(storeDoc.issuers)),
    maxChainLength,
    configuredIdentityTypes: Object.freeze(IDENTITY_TYPES.filter((t) => configured.includes(t))),
  });
}

/** The identity types a tool accepts: those of its `identityTypes` (default all) that the transport section configures. */
export function acceptedIdentityTypes(tool: ToolPolicy, transport: LoadedTransportPolicy): readonly IdentityType[] {
  const own = tool.identityTypes;
  return own === undefined ? transport.configuredIdentityTypes : transport.configuredIdentityTypes.filter((t) => own.includes(t));
}
