// The --context file of verify-transport: what a verifier learns outside the request (the TLS client certificate) and
// the answers its resolvers give (OAuth introspection, did:web documents), as the conformance runner pins them.
import type { JsonValue } from "../common/strict-json.js";

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
