// Signing keys as `mcp-trust keygen` writes them: a private JWK with `alg` and `kid`. Shared by the client signer
// and the CLI's sign-attestation verb.
import { createPrivateKey, createSecretKey, KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { McpTrustError } from "../common/errors.js";
import { isSignatureAlgorithm, keyFitsAlgorithm, type SignatureAlgorithm } from "../common/signature.js";
import { readStrictJson } from "../common/strict-json.js";

/** A key ready for `signAttestation`: its algorithm, and its kid (which becomes `secretVersion`). */
export interface SigningKey {
  alg: SignatureAlgorithm;
  kid: string;
  key: KeyObject;
}

/** A signing key that cannot be used: a configuration error, raised when the signer is set up. */
export class SigningKeyError extends Error {
  override readonly name = "SigningKeyError";
}

/** Imports a private JWK carrying `alg` and `kid` (the kid becomes `secretVersion`). */
export function signingKeyFromJwk(jwk: unknown): SigningKey {
  const obj = (jwk !== null && typeof jwk === "object" && !Array.isArray(jwk) ? jwk : {}) as Record<string, unknown>;
  const alg = obj["alg"];
  const kid = obj["kid"];
  if (typeof alg !== "string" || !isSignatureAlgorithm(alg)) throw new SigningKeyError("the signing key needs alg HS256, ES256 or RS256");
  if (typeof kid !== "string" || kid === "") throw new SigningKeyError("the signing key needs a kid (it becomes secretVersion)");
  try {
    const key = obj["kty"] === "oct" ? createSecretKey(Buffer.from(String(obj["k"]), "base64url")) : createPrivateKey({ key: obj as never, format: "jwk" });
    return { alg, kid, key };
  } catch (e) {
    throw new SigningKeyError(`cannot import the signing key: ${(e as Error).message}`);
  }
}

/** Reads a JWK file (strict JSON) and imports it with {@link signingKeyFromJwk}. */
export function readSigningKeyFile(path: string): SigningKey {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new SigningKeyError(`cannot read signing key ${path}: ${(e as Error).message}`);
  }
  try {
    return signingKeyFromJwk(readStrictJson(bytes).value);
  } catch (e) {
    if (e instanceof McpTrustError) throw new SigningKeyError(`signing key ${path} is not strict JSON: ${e.message}`);
    throw e;
  }
}

/** The algorithm a private KeyObject signs with: an HMAC secret, a P-256 key or an RSA key. */
function algorithmOf(key: KeyObject): SignatureAlgorithm | undefined {
  return (["HS256", "ES256", "RS256"] as const).find((alg) => keyFitsAlgorithm(alg, key, "private"));
}

/**
 * A signing key from any of the forms the client accepts: a KeyObject (with `kid`, and `alg` unless it follows
 * from the key), a private JWK object with `alg` and `kid`, or the path of such a JWK file. An `alg` or `kid` given
 * beside a JWK must agree with it: silently preferring one would sign under a key version the operator did not mean.
 */
export function resolveSigningKey(key: KeyObject | Record<string, unknown> | string, given: { alg?: SignatureAlgorithm; kid?: string } = {}): SigningKey {
  let resolved: SigningKey;
  if (typeof key === "string") resolved = readSigningKeyFile(key);
  else if (key instanceof KeyObject) {
    const alg = given.alg ?? algorithmOf(key);
    if (alg === undefined) throw new SigningKeyError("cannot tell the key's algorithm: pass alg");
    if (given.kid === undefined || given.kid === "") throw new SigningKeyError("a KeyObject needs a kid (it becomes secretVersion)");
    resolved = { alg, kid: given.kid, key };
  } else resolved = signingKeyFromJwk(key);
  if (given.alg !== undefined && given.alg !== resolved.alg) throw new SigningKeyError(`alg ${given.alg} disagrees with the key's ${resolved.alg}`);
  if (given.kid !== undefined && given.kid !== resolved.kid) throw new SigningKeyError(`kid ${given.kid} disagrees with the key's ${resolved.kid}`);
  if (!keyFitsAlgorithm(resolved.alg, resolved.key, "private")) throw new SigningKeyError(`the key does not fit ${resolved.alg} (or is too small)`);
  return resolved;
}
