// Pinned inputs for the conformance vectors. The private keys in keys/ are TEST ONLY and published on purpose.
import { createPrivateKey, createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256Digest } from "../../reference/common/digest.js";
import type { SignatureAlgorithm } from "../../reference/common/signature.js";
import type { JsonValue } from "../../reference/common/strict-json.js";

const here = dirname(fileURLToPath(import.meta.url));

export interface TestKey {
  alg: SignatureAlgorithm;
  kid: string;
  privateJwk: Record<string, string>;
  signingKey: KeyObject;
  publicJwk: Record<string, string>;
}

export function loadKey(name: string): TestKey {
  const jwk = JSON.parse(readFileSync(join(here, "keys", `${name}.jwk.json`), "utf8")) as Record<string, string>;
  const alg = jwk["alg"] as SignatureAlgorithm;
  const kid = jwk["kid"]!;
  if (jwk["kty"] === "oct") {
    return { alg, kid, privateJwk: jwk, signingKey: createSecretKey(Buffer.from(jwk["k"]!, "base64url")), publicJwk: jwk };
  }
  const signingKey = createPrivateKey({ key: jwk as never, format: "jwk" });
  const pub = createPublicKey(signingKey).export({ format: "jwk" }) as Record<string, string>;
  return { alg, kid, privateJwk: jwk, signingKey, publicJwk: { ...pub, alg, kid } };
}

export const KEYS = {
  es256: loadKey("es256"),
  es256Other: loadKey("es256-other"),
  rs256: loadKey("rs256"),
  rs256Weak: loadKey("rs256-1024"),
  hs256: loadKey("hs256"),
  hs256Short: loadKey("hs256-short"),
};

export const ISS = "https://issuer.example/agents";
export const SUB = "agent:archiver";
export const TOOL = "delete_file";
export const SERVER = sha256Digest(new TextEncoder().encode("https://files.example/mcp"));
export const OTHER_SERVER = sha256Digest(new TextEncoder().encode("https://mail.example/mcp"));
export const IAT = "2026-06-01T12:00:00Z";
export const NOW = "2026-06-01T12:00:30Z";
export const ARGS: JsonValue = { path: "/archive/2024-Q3.md", recursive: false };
export const INTENT = "archive the Q3 report under the retention policy";

/** A trust store holding the given keys' public halves under ISS. */
export function trustStore(...keys: TestKey[]): JsonValue {
  return { issuers: { [ISS]: { keys: keys.map((k) => ({ ...k.publicJwk })) } } };
}

export const TRUST_STORE = trustStore(KEYS.es256, KEYS.rs256, KEYS.hs256);

/** A distinct, stable nonce per case: 18 bytes of SHA-256(name), base64url. */
export function nonceFor(name: string): string {
  return Buffer.from(sha256Digest(new TextEncoder().encode(name)).slice(7, 43), "hex").toString("base64url");
}
