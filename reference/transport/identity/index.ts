/**
 * Agent identity verification (spec/transport-headers.md#agent-identity-types): the `agent-identity` evidence item
 * `{type, credential}` → `{type, agentId, operatorId, sid?, keyThumbprint?}`.
 *
 * A type is verified only when the tool's policy accepts it (`acceptedTypes`, default every configured type) AND
 * the transport configuration configures it; otherwise `identity_invalid`. Nothing is consumed here: a `did` proof's
 * challenge comes back in the result for the orchestrator to consume after every other check. On
 * `challenge_required` the orchestrator answers with a fresh {@link issueChallenge}.
 */
import { McpTrustError } from "../../common/errors.js";
import { verifyDidIdentity } from "./did.js";
import { verifyJwtIdentity } from "./jwt.js";
import { verifyMtlsIdentity } from "./mtls.js";
import { verifyOauthIdentity } from "./oauth.js";
import { verifyOperatorIdentity } from "./operator.js";
import { IDENTITY_TYPES, type AgentIdentityValue, type IdentityContext, type IdentityType, type VerifiedIdentity } from "./types.js";

export { issueChallenge, MIN_CHALLENGE_SECRET_BYTES, verifyChallenge, type ChallengeOptions } from "./challenge.js";
export { DID_PROOF_MAX_LIFETIME_SECONDS, DID_PROOF_TYP, keyFromDocument, keyFromJwk, keyFromMultibase, resolveDidKey, type ResolvedDidKey } from "./did.js";
export { didWebUrl, httpDidWebResolver, staticDidWebResolver, type HttpDidWebOptions } from "./did-web.js";
export { AGENT_JWT_MAX_LIFETIME_SECONDS, AGENT_JWT_TYP } from "./jwt.js";
export { certificateThumbprint } from "./mtls.js";
export { httpIntrospection, staticIntrospection, type HttpIntrospectionOptions, type IntrospectionClientAuth } from "./oauth.js";
export { OPERATOR_CREDENTIAL_MAX_LIFETIME_SECONDS, OPERATOR_CREDENTIAL_TYP } from "./operator.js";
export {
  DEFAULT_CHALLENGE_TTL_SECONDS,
  IDENTITY_TYPES,
  type AgentIdentityValue,
  type DidConfig,
  type DidWebResolver,
  type IdentityContext,
  type IdentityType,
  type IntrospectionResolver,
  type VerifiedIdentity,
} from "./types.js";

const VERIFIERS: Record<IdentityType, (credential: string, ctx: IdentityContext) => Promise<VerifiedIdentity>> = {
  jwt: verifyJwtIdentity,
  did: verifyDidIdentity,
  oauth: verifyOauthIdentity,
  mtls: verifyMtlsIdentity,
  operator: verifyOperatorIdentity,
};

/** The identity types `ctx` configures: jwt and mtls need `jwt`, operator `operator`, did `did`, oauth `oauth`. */
export function configuredIdentityTypes(ctx: IdentityContext): IdentityType[] {
  return IDENTITY_TYPES.filter((t) => (t === "jwt" || t === "mtls" ? ctx.jwt : ctx[t]) !== undefined);
}

/**
 * Verifies one agent identity. Refusals are thrown as `McpTrustError` (see each type's module for its reasons).
 *
 * @example
 * ```ts
 * const id = await verifyAgentIdentity({ type: "jwt", credential }, {
 *   audience: "https://files.example/mcp", now: Date.now(), jwt: { issuers: TrustStore.load(doc, { algorithms: ["ES256", "EdDSA"] }) },
 * });
 * id.agentId; id.operatorId;
 * ```
 */
export async function verifyAgentIdentity(value: AgentIdentityValue, ctx: IdentityContext): Promise<VerifiedIdentity> {
  const type = value.type as IdentityType;
  if (!(IDENTITY_TYPES as readonly string[]).includes(type)) throw invalid(`unknown identity type ${JSON.stringify(value.type)}`);
  const configured = configuredIdentityTypes(ctx);
  if (!configured.includes(type)) throw invalid(`identity type ${type} is not configured`);
  if (ctx.acceptedTypes !== undefined && !ctx.acceptedTypes.includes(type)) throw invalid(`identity type ${type} is not accepted for this tool`);
  return VERIFIERS[type](value.credential, ctx);
}

function invalid(message: string): McpTrustError {
  return new McpTrustError("identity_invalid", message);
}
