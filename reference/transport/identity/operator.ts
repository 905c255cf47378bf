/**
 * Identity type `operator`: a credential the operator itself signs for its agent (`typ`
 * `mcp-operator-credential+jwt`, claims operator-credential-claims.schema.json); `iss` is the operatorId and must be
 * in `identity.operator.issuers`; agentId = `sub`. Lifetime ≤ 86400 s.
 */
import type { OperatorCredentialClaims } from "../../../generated/types/operator-credential-claims.js";
import { validateOperatorCredentialClaims } from "../../../generated/validators/operator-credential-claims.js";
import { McpTrustError } from "../../common/errors.js";
import { verifyIssuerSigned } from "./signed.js";
import type { IdentityContext, VerifiedIdentity } from "./types.js";

export const OPERATOR_CREDENTIAL_TYP = "mcp-operator-credential+jwt";
export const OPERATOR_CREDENTIAL_MAX_LIFETIME_SECONDS = 86400;

export async function verifyOperatorIdentity(credential: string, ctx: IdentityContext): Promise<VerifiedIdentity> {
  if (ctx.operator === undefined) throw new McpTrustError("identity_invalid", "no operators are configured");
  const { claims } = await verifyIssuerSigned<OperatorCredentialClaims>(credential, ctx, {
    typ: OPERATOR_CREDENTIAL_TYP,
    schema: validateOperatorCredentialClaims,
    maxLifetime: OPERATOR_CREDENTIAL_MAX_LIFETIME_SECONDS,
    issuers: ctx.operator.issuers,
  });
  const out: VerifiedIdentity = { type: "operator", agentId: claims.sub, operatorId: claims.iss };
  if (claims.sid !== undefined) out.sid = claims.sid;
  return out;
}
