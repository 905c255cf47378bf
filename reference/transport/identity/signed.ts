/**
 * The part every JWS-shaped identity shares (types `jwt`, `mtls`, `operator`; `did` resolves its key elsewhere):
 * D1's strict {@link verifyCompactJws} with the type's `typ`, closed claims schema and lifetime, the key from a
 * configured trust store by (`iss`, `kid`, `alg`), then `aud` = this server.
 *
 * An issuer absent from the trust store is `key_unavailable`, like any other unknown key: for identities the
 * trust store is the allow-list (the conformance vectors `identity-*-unknown-issuer` fix this reason).
 */
import type { ErrorObject } from "ajv";
import { DEFAULT_CLOCK_SKEW_SECONDS } from "../../common/clock.js";
import { McpTrustError } from "../../common/errors.js";
import type { TrustStore } from "../../common/keys.js";
import { TOKEN_ALGORITHMS, type JwtClaims, type VerifiedJws, verifyCompactJws } from "../jws.js";
import type { IdentityContext } from "./types.js";

/** A generated ajv validator (generated/validators/*). */
export type ClaimsSchema<C> = ((data: unknown) => data is C) & { errors?: ErrorObject[] | null };

/** The key identifiers of issuer JWKS (trust-store.schema.json `kid`). */
const JWKS_KID = /^[\x21-\x7e]{1,128}$/;

export interface SignedIdentityOptions<C> {
  typ: string;
  schema: ClaimsSchema<C>;
  maxLifetime: number;
  issuers: TrustStore;
}

/** Verifies one issuer-signed identity credential; refusals are thrown as `McpTrustError`. */
export async function verifyIssuerSigned<C extends { iss: string; aud: string }>(
  credential: string,
  ctx: IdentityContext,
  options: SignedIdentityOptions<C>,
): Promise<VerifiedJws<C & JwtClaims>> {
  const verified = await verifyCompactJws<C & JwtClaims>(credential, {
    typ: options.typ,
    algorithms: ctx.algorithms ?? TOKEN_ALGORITHMS,
    now: ctx.now,
    skew: ctx.skew ?? DEFAULT_CLOCK_SKEW_SECONDS,
    maxLifetime: options.maxLifetime,
    claimsValidator: (claims, header) => {
      if (!JWKS_KID.test(header.kid)) throw malformed("kid is not 1..128 printable ASCII characters");
      checkClaims(options.schema, claims);
    },
    // The claims passed the schema, so iss is a string; its trust is the store lookup itself.
    resolveKey: (header, claims) => options.issuers.find(claims["iss"] as string, header.kid, header.alg),
  });
  checkAudience(verified.claims.aud, ctx.audience);
  return verified;
}

/** Validates closed claims with a generated schema validator → `token_malformed` with a pointer. */
export function checkClaims<C>(schema: ClaimsSchema<C>, claims: unknown): asserts claims is C {
  if (schema(claims)) return;
  const first = schema.errors?.[0];
  const pointer = first?.instancePath === undefined || first.instancePath === "" ? undefined : first.instancePath;
  throw new McpTrustError("token_malformed", `the claims do not fit their schema: ${first?.instancePath || "/"} ${first?.message ?? "is invalid"}`, pointer === undefined ? {} : { pointer });
}

export function checkAudience(aud: string, audience: string): void {
  if (aud !== audience) throw new McpTrustError("audience_mismatch", "the credential's aud is not this server's audience");
}

export function malformed(message: string): McpTrustError {
  return new McpTrustError("token_malformed", message);
}
