import { randomBytes, type KeyObject } from "node:crypto";
import type { ToolCallAttestation, ToolCall } from "../../generated/types/tool-call-attestation.js";
import { formatTimestamp } from "../common/clock.js";
import { sha256Digest } from "../common/digest.js";
import { bytesToHex } from "../common/hex.js";
import { canonicalBytes, canonicalString } from "../common/jcs.js";
import { signBytes, type SignatureAlgorithm } from "../common/signature.js";
import type { JsonValue } from "../common/strict-json.js";
import type { JsonObject } from "./envelope.js";
import { signingInput } from "./signing-input.js";

/** The identity projection: the canonical text of the arguments. */
export function identityProjection(args: JsonValue): string {
  return canonicalString(args);
}

/** The hash-only projection: `{"digest":"sha256:…"}` of the canonical arguments, for arguments too large or private to embed. */
export function hashProjection(args: JsonValue): string {
  return canonicalString({ digest: sha256Digest(canonicalBytes(args)) });
}

/** An argsRef to content stored elsewhere; the content stored at `uri` must be `canonicalBytes(args)`. */
export function argsRef(uri: string, args: JsonValue): { uri: string; digest: string } {
  return { uri, digest: sha256Digest(canonicalBytes(args)) };
}

/** A fresh nonce: 18 random bytes, base64url (24 characters). */
export function newNonce(): string {
  return randomBytes(18).toString("base64url");
}

export interface SignAttestationInput {
  alg: SignatureAlgorithm;
  key: KeyObject;
  iss: string;
  sub: string;
  secretVersion: string;
  /** Epoch milliseconds (default now), written with second precision. */
  iatMs?: number;
  expSeconds?: number;
  nonce?: string;
  intent: string;
  requestedCapability?: string;
  plannerRef?: string;
  toolCalls: ToolCall[];
}

/** Signs any unsigned envelope object: `signature` = hex of the signature over RFC 8785 of the object. */
export function signEnvelope<T extends JsonObject>(unsigned: T, alg: SignatureAlgorithm, key: KeyObject): T & { signature: string } {
  return { ...unsigned, signature: bytesToHex(signBytes(alg, key, signingInput(unsigned))) };
}

/**
 * Builds and signs a SEP-2787 attestation.
 *
 * @example
 * ```ts
 * const envelope = signAttestation({ alg: "ES256", key, iss: "issuer://a", sub: "agent:b", secretVersion: "k1",
 *   intent: "archive the Q3 report", toolCalls: [{ name: "delete_file", serverFingerprint: fp, argsProjection: identityProjection(args) }] });
 * ```
 */
export function signAttestation(input: SignAttestationInput): ToolCallAttestation {
  const unsigned = {
    issuerAsserted: {
      alg: input.alg,
      iss: input.iss,
      sub: input.sub,
      secretVersion: input.secretVersion,
      iat: formatTimestamp(input.iatMs ?? Date.now()),
      expSeconds: input.expSeconds ?? 300,
      nonce: input.nonce ?? newNonce(),
    },
    plannerDeclared: {
      intent: input.intent,
      ...(input.requestedCapability === undefined ? {} : { requestedCapability: input.requestedCapability }),
      ...(input.plannerRef === undefined ? {} : { plannerRef: input.plannerRef }),
    },
    payloadDerived: { toolCalls: input.toolCalls as unknown as JsonValue[] },
  };
  return signEnvelope(unsigned, input.alg, input.key) as unknown as ToolCallAttestation;
}
