/**
 * Identity type `jwt`: an agent identity JWT (`typ` `mcp-agent+jwt`, claims agent-jwt-claims.schema.json) from an
 * issuer in `identity.jwt.issuers`; agentId = `sub`, operatorId = `operator` or else `iss`. Lifetime ≤ 3600 s.
 */
import type { AgentJwtClaims } from "../../../generated/types/agent-jwt-claims.js";
import { validateAgentJwtClaims } from "../../../generated/validators/agent-jwt-claims.js";
import { McpTrustError } from "../../common/errors.js";
import type { JwtClaims, VerifiedJws } from "../jws.js";
import { verifyIssuerSigned } from "./signed.js";
import type { IdentityContext, VerifiedIdentity } from "./types.js";

export const AGENT_JWT_TYP = "mcp-agent+jwt";
export const AGENT_JWT_MAX_LIFETIME_SECONDS = 3600;

/** Verifies the agent JWT alone (shared with `mtls`, which adds the certificate binding). */
export async function verifyAgentJwt(credential: string, ctx: IdentityContext): Promise<VerifiedJws<AgentJwtClaims & JwtClaims>> {
  if (ctx.jwt === undefined) throw new McpTrustError("identity_invalid", "no agent JWT issuers are configured");
  return verifyIssuerSigned<AgentJwtClaims>(credential, ctx, {
    typ: AGENT_JWT_TYP,
    schema: validateAgentJwtClaims,
    maxLifetime: AGENT_JWT_MAX_LIFETIME_SECONDS,
    issuers: ctx.jwt.issuers,
  });
}

export async function verifyJwtIdentity(credential: string, ctx: IdentityContext): Promise<VerifiedIdentity> {
  const { claims } = await verifyAgentJwt(credential, ctx);
  return identityOf("jwt", claims);
}

export function identityOf(type: "jwt" | "mtls", claims: AgentJwtClaims): VerifiedIdentity {
  const out: VerifiedIdentity = { type, agentId: claims.sub, operatorId: claims.operator ?? claims.iss };
  if (claims.sid !== undefined) out.sid = claims.sid;
  return out;
}
