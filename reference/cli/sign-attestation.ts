import { writeFileSync } from "node:fs";
import { argsRef, hashProjection, identityProjection, signAttestation } from "../attestation/sign.js";
import { signingKeyFromJwk, SigningKeyError, type SigningKey } from "../client/signing-key.js";
import { parseTimestamp } from "../common/clock.js";
import { McpTrustError } from "../common/errors.js";
import { generateKeyPair } from "../common/keys.js";
import { isSignatureAlgorithm } from "../common/signature.js";
import { readStrictJson } from "../common/strict-json.js";
import { ARGUMENTS_MAX_BYTES } from "./verify-attestation.js";
import { emit, parseFlags, readFileBytes, requireFlag, UsageError } from "./io.js";

function readJson(path: string, what: string, maxBytes?: number) {
  try {
    return readStrictJson(readFileBytes(path, what), maxBytes === undefined ? {} : { maxBytes }).value;
  } catch (e) {
    if (e instanceof McpTrustError) throw new UsageError(`${what} ${path} is not strict JSON: ${e.message}`);
    throw e;
  }
}

/** Reads a private JWK carrying `alg` and `kid` (the kid becomes `secretVersion`). */
function loadSigningKey(path: string): SigningKey {
  const jwk = readJson(path, "signing key");
  try {
    return signingKeyFromJwk(jwk);
  } catch (e) {
    if (e instanceof SigningKeyError) throw new UsageError(e.message);
    throw e;
  }
}

/** `sign-attestation`: produces a SEP-2787 envelope for one tool call on stdout (or --out). */
export function signAttestationCommand(argv: string[]): number {
  const values = parseFlags(argv, {
    key: { type: "string" },
    iss: { type: "string" },
    sub: { type: "string" },
    intent: { type: "string" },
    tool: { type: "string" },
    server: { type: "string" },
    arguments: { type: "string" },
    commitment: { type: "string", default: "identity" },
    "requested-capability": { type: "string" },
    "planner-ref": { type: "string" },
    exp: { type: "string" },
    iat: { type: "string" },
    nonce: { type: "string" },
    out: { type: "string" },
  });
  const { alg, kid, key } = loadSigningKey(requireFlag(values, "key"));
  const args = readJson(requireFlag(values, "arguments"), "arguments", ARGUMENTS_MAX_BYTES);
  const commitment = values.commitment!;
  const call: { name: string; serverFingerprint: string; argsProjection?: string; argsRef?: { uri: string; digest: string } } = {
    name: requireFlag(values, "tool"),
    serverFingerprint: requireFlag(values, "server"),
  };
  if (commitment === "identity") call.argsProjection = identityProjection(args);
  else if (commitment === "hash") call.argsProjection = hashProjection(args);
  else if (commitment.startsWith("ref:")) call.argsRef = argsRef(commitment.slice(4), args);
  else throw new UsageError("--commitment is identity, hash or ref:<uri>");
  const exp = values.exp === undefined ? undefined : Number(values.exp);
  if (exp !== undefined && !(Number.isInteger(exp) && exp >= 1 && exp <= 86400)) throw new UsageError("--exp is 1..86400 seconds");
  let iatMs: number | undefined;
  if (values.iat !== undefined) {
    try {
      iatMs = parseTimestamp(values.iat);
    } catch {
      throw new UsageError("--iat must be an RFC 3339 UTC timestamp");
    }
  }
  const envelope = signAttestation({
    alg,
    key,
    secretVersion: kid,
    iss: requireFlag(values, "iss"),
    sub: requireFlag(values, "sub"),
    intent: requireFlag(values, "intent"),
    toolCalls: [call],
    ...(exp === undefined ? {} : { expSeconds: exp }),
    ...(iatMs === undefined ? {} : { iatMs }),
    ...(values.nonce === undefined ? {} : { nonce: values.nonce }),
    ...(values["requested-capability"] === undefined ? {} : { requestedCapability: values["requested-capability"] }),
    ...(values["planner-ref"] === undefined ? {} : { plannerRef: values["planner-ref"] }),
  });
  if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(envelope, null, 2)}\n`);
  else emit(envelope);
  return 0;
}

/** `keygen`: a new signing key (private JWK) and the trust store that verifies it. */
export function keygenCommand(argv: string[]): number {
  const values = parseFlags(argv, {
    alg: { type: "string", default: "ES256" },
    kid: { type: "string" },
    iss: { type: "string" },
    "private-out": { type: "string" },
    "trust-store-out": { type: "string" },
  });
  const alg = values.alg!;
  if (!isSignatureAlgorithm(alg)) throw new UsageError("--alg is HS256, ES256 or RS256");
  const kid = requireFlag(values, "kid");
  const { privateKey, publicJwk } = generateKeyPair(alg);
  const privateJwk = { ...(privateKey.export({ format: "jwk" }) as Record<string, string>), kid, alg };
  const trustStore = { issuers: { [requireFlag(values, "iss")]: { keys: [{ ...publicJwk, kid, alg }] } } };
  writeFileSync(requireFlag(values, "private-out"), `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(requireFlag(values, "trust-store-out"), `${JSON.stringify(trustStore, null, 2)}\n`);
  return 0;
}
