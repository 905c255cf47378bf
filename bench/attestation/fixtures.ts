/**
 * Keys, tool arguments and pre-signed envelopes for the attestation benchmark. Everything here runs outside the
 * timed loops: signing is the issuer's cost, not the verifier's.
 */
import { Buffer } from "node:buffer";
import type { KeyObject } from "node:crypto";
import {
  hashProjection,
  identityProjection,
  signAttestation,
  signingInput,
  type JsonObject,
} from "../../reference/attestation/index.js";
import { canonicalString, generateKeyPair, TrustStore, type JsonValue, type SignatureAlgorithm } from "../../reference/common/index.js";

export const ISS = "https://issuer.example/agents";
export const SUB = "agent:archiver";
export const TOOL = "archive_records";
export const SERVER = "sha256:" + "5e".repeat(32);
/** Every envelope is issued at this instant and verified one second later, so the run never drifts into expiry. */
export const IAT_MS = Date.UTC(2026, 10, 22, 12, 0, 0);
export const NOW_MS = IAT_MS + 1000;

export type ProjectionKind = "identity" | "hash";

export interface Signer {
  alg: SignatureAlgorithm;
  kid: string;
  privateKey: KeyObject;
  /** The verifier's key, as the trust store imported it: the raw baseline uses this very object. */
  publicKey: KeyObject;
  trustStore: TrustStore;
}

/** One key per algorithm, each in its own single-issuer trust store. */
export function makeSigner(alg: SignatureAlgorithm): Signer {
  const kid = `${alg.toLowerCase()}-2026-11`;
  const { privateKey, publicJwk } = generateKeyPair(alg);
  const trustStore = TrustStore.load({ issuers: { [ISS]: { keys: [{ ...publicJwk, kid, alg }] } } });
  const publicKey = trustStore.find(ISS, kid, alg);
  if (publicKey === undefined) throw new Error(`bench: the trust store refused the ${alg} key: ${JSON.stringify(trustStore.rejected)}`);
  return { alg, kid, privateKey, publicKey, trustStore };
}

/**
 * Tool arguments whose RFC 8785 text is about `targetBytes` long (never shorter): a path, a few flags and a list of
 * records mixing strings, integers, fractions, booleans and a nested object — what a data-moving tool receives.
 * ASCII but for one Latin-1 "é" (none with `ascii`), so the UTF-8 decoding and encoding paths are exercised: one
 * non-ASCII character moves V8's UTF-8 conversions off their ASCII fast paths. A character beyond Latin-1 (✓, emoji,
 * CJK) anywhere would make V8 hold the whole envelope text as two-byte strings: every text step slows further.
 */
export function makeArgs(targetBytes: number, ascii = false): JsonValue {
  const records: JsonValue[] = [];
  const args: { [k: string]: JsonValue } = {
    path: "/archive/2026/Q3/report.md",
    mode: "append",
    recursive: true,
    retentionDays: 365,
    labels: ["finance", "quarterly", ascii ? "resume" : "résumé"],
    records,
  };
  for (let i = 0; Buffer.byteLength(canonicalString(args)) < targetBytes; i++) {
    records.push({
      id: `rec-${String(i).padStart(6, "0")}`,
      title: `Quarterly line item ${i} for the archive`,
      amount: Math.round(i * 1234.5678) / 100,
      approved: i % 3 !== 0,
      meta: { owner: `user${i % 17}@example.org`, rev: i },
    });
  }
  return args;
}

/** A pre-signed envelope and what the raw baseline needs to check the same signature over the same bytes. */
export interface SignedCase {
  /** The envelope as it arrives on the wire: JSON text as UTF-8 bytes. */
  bytes: Uint8Array;
  /** The exact bytes the signature covers. */
  input: Uint8Array;
  signature: Buffer;
}

/** `count` envelopes over the same arguments that differ in their (random, hence distinct) nonce. */
export function signCases(signer: Signer, args: JsonValue, projection: ProjectionKind, count: number): SignedCase[] {
  const argsProjection = projection === "identity" ? identityProjection(args) : hashProjection(args);
  const out: SignedCase[] = [];
  for (let i = 0; i < count; i++) {
    const env = signAttestation({
      alg: signer.alg,
      key: signer.privateKey,
      iss: ISS,
      sub: SUB,
      secretVersion: signer.kid,
      iatMs: IAT_MS,
      expSeconds: 300,
      intent: "archive the Q3 records",
      toolCalls: [{ name: TOOL, serverFingerprint: SERVER, argsProjection }],
    }) as unknown as JsonObject;
    out.push({
      bytes: Buffer.from(JSON.stringify(env), "utf8"),
      input: signingInput(env),
      signature: Buffer.from(env["signature"] as string, "hex"),
    });
  }
  return out;
}
