// The --context file of verify-transport: what a verifier learns outside the request (the TLS client certificate) and
// the answers its resolvers give (OAuth introspection, did:web documents), as the conformance runner pins them.
import { TrustStore } from "../common/keys.js";
import type { JsonValue } from "../common/strict-json.js";
import { issueChallenge, verifyAgentIdentity, type IdentityContext } from "../transport/identity/index.js";
import type { LoadedTransportPolicy } from "../transport/policy.js";
import type { TransportVerifierConfig } from "../transport/verify-transport.js";
import { UsageError } from "./io.js";

export interface TransportContext {
  /** base64url SHA-256 of the TLS client certificate's DER; absent: no client certificate. */
  clientCertificateSha256?: string;
  /** Introspection response by token; "unavailable": the endpoint fails; a token not listed is unknown. */
  introspection?: Record<string, JsonValue>;
  /** DID document by did:web DID; "unavailable": resolution fails; a DID not listed does not resolve. */
  didDocuments?: Record<string, JsonValue>;
}

/** Thrown by a context resolver marked "unavailable": the verifier must answer resolver_unavailable. */
export class ResolverFailure extends Error {
  override readonly name = "ResolverFailure";
}

/** RFC 7662: the pinned response for a token; an unknown token is inactive, as a real endpoint answers. */
export function introspectFromContext(context: TransportContext): (token: string) => Promise<JsonValue> {
  return async (token) => {
    const answer = Object.hasOwn(context.introspection ?? {}, token) ? context.introspection![token]! : { active: false };
    if (answer === "unavailable") throw new ResolverFailure("the introspection endpoint is unavailable");
    return answer;
  };
}

/** did:web resolution from the pinned documents: undefined when the DID does not resolve. */
export function resolveDidFromContext(context: TransportContext): (did: string) => Promise<JsonValue | undefined> {
  return async (did) => {
    if (!Object.hasOwn(context.didDocuments ?? {}, did)) return undefined;
    const doc = context.didDocuments![did]!;
    if (doc === "unavailable") throw new ResolverFailure(`resolving ${did} failed`);
    return doc;
  };
}

function issuersOf(doc: unknown, transport: LoadedTransportPolicy, what: string): { issuers: TrustStore } {
  try {
    return { issuers: TrustStore.load(doc, { algorithms: transport.algorithms }) };
  } catch (e) {
    throw new UsageError(`policy transport.identity.${what}.issuers: ${(e as Error).message}`);
  }
}

/**
 * The identity part of the transport verifier's configuration, bound to this call's clock and context: the identity
 * verifiers of reference/transport/identity with the policy's issuers and challenge secret, the context's resolvers
 * and client certificate, and a fresh challenge for every `challenge_required`.
 */
export function transportIdentityConfig(transport: LoadedTransportPolicy, context: TransportContext, nowMs: number, skew: number | undefined): Pick<TransportVerifierConfig, "verifyAgentIdentity" | "issueChallenge"> {
  const id = transport.source.identity ?? {};
  const secret = id.did === undefined ? undefined : Buffer.from(id.did.challengeSecret, "base64url");
  const ctx: IdentityContext = {
    audience: transport.audience,
    now: nowMs,
    algorithms: transport.algorithms,
    ...(skew === undefined ? {} : { skew }),
    ...(id.jwt === undefined ? {} : { jwt: issuersOf(id.jwt.issuers, transport, "jwt") }),
    ...(id.operator === undefined ? {} : { operator: issuersOf(id.operator.issuers, transport, "operator") }),
    ...(secret === undefined ? {} : { did: { challengeSecret: secret, ...(id.did?.challengeTtlSeconds === undefined ? {} : { challengeTtlSeconds: id.did.challengeTtlSeconds }), resolveDidWeb: resolveDidFromContext(context) } }),
    ...(id.oauth === undefined ? {} : { oauth: { introspect: introspectFromContext(context) } }),
    ...(context.clientCertificateSha256 === undefined ? {} : { clientCertificateSha256: context.clientCertificateSha256 }),
  };
  return {
    verifyAgentIdentity: (value) => verifyAgentIdentity(value, ctx),
    ...(secret === undefined ? {} : { issueChallenge: () => issueChallenge({ secret, audience: transport.audience, now: nowMs }) }),
  };
}
