import type { KeyObject } from "node:crypto";
import { McpTrustError } from "../common/errors.js";
import type { KeyAlgorithm, TrustStore } from "../common/keys.js";
import { isSignatureAlgorithm, verifyBytes } from "../common/signature.js";
import type { AttestationEnvelope } from "./envelope.js";

/**
 * Steps 5–7: the algorithm must be on the verifier's allow-list (configuration, never the message), the trust store
 * must hold a key for (iss, secretVersion, alg), and the signature must verify over the signing input.
 */
export function checkSignature(
  envelope: AttestationEnvelope,
  input: Uint8Array,
  trustStore: TrustStore,
  // A store may also allow EdDSA (transport tokens); isSignatureAlgorithm below keeps it out of attestations.
  algorithms: readonly KeyAlgorithm[] = trustStore.algorithms,
): KeyObject {
  const alg = envelope.alg;
  if (!isSignatureAlgorithm(alg) || !algorithms.includes(alg)) {
    throw new McpTrustError("algorithm_unsupported", `algorithm ${JSON.stringify(alg)} is not on this verifier's allow-list`, {
      pointer: "/issuerAsserted/alg",
    });
  }
  const key = trustStore.find(envelope.iss, envelope.secretVersion, alg);
  if (key === undefined) {
    throw new McpTrustError("key_unavailable", `no ${alg} key ${JSON.stringify(envelope.secretVersion)} for issuer ${JSON.stringify(envelope.iss)}`, {
      pointer: "/issuerAsserted/secretVersion",
    });
  }
  if (!verifyBytes(alg, key, input, envelope.signature)) {
    throw new McpTrustError("signature_invalid", "the signature does not verify over the canonical signing input", {
      pointer: "/signature",
    });
  }
  return key;
}
