/**
 * Identity type `mtls` (RFC 8705 §3): an agent JWT from the `jwt` issuers whose `cnf["x5t#S256"]` names the TLS
 * client certificate of this connection — the base64url SHA-256 of its DER. No certificate, a token without the
 * confirmation, or another certificate are all `key_binding_mismatch`: the bearer token alone proves nothing here.
 */
import { Buffer } from "node:buffer";
import { createHash, timingSafeEqual } from "node:crypto";
import { McpTrustError } from "../../common/errors.js";
import { identityOf, verifyAgentJwt } from "./jwt.js";
import type { IdentityContext, VerifiedIdentity } from "./types.js";

export async function verifyMtlsIdentity(credential: string, ctx: IdentityContext): Promise<VerifiedIdentity> {
  const { claims } = await verifyAgentJwt(credential, ctx);
  const bound = claims.cnf?.["x5t#S256"];
  const presented = ctx.clientCertificateSha256;
  if (presented === undefined) throw mismatch("the connection presented no TLS client certificate");
  if (bound === undefined) throw mismatch("the token carries no cnf x5t#S256 certificate thumbprint");
  if (!sameText(bound, presented)) throw mismatch("cnf x5t#S256 does not name this connection's client certificate");
  return identityOf("mtls", claims);
}

/** The RFC 8705 `x5t#S256` of a certificate: base64url SHA-256 of its DER bytes (e.g. `socket.getPeerCertificate().raw`). */
export function certificateThumbprint(der: Uint8Array): string {
  return createHash("sha256").update(der).digest("base64url");
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function mismatch(message: string): McpTrustError {
  return new McpTrustError("key_binding_mismatch", message);
}
