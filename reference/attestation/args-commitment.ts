import { Buffer } from "node:buffer";
import { digestEquals, sha256Digest } from "../common/digest.js";
import { McpTrustError } from "../common/errors.js";
import { canonicalString } from "../common/jcs.js";
import { readStrictJson, type JsonValue } from "../common/strict-json.js";
import type { ToolCallView } from "./envelope.js";

/**
 * How the envelope bound the arguments: `identity` (the projection is their canonical text), `hash` (the projection is
 * `{"digest": …}` of that text), `reference` (resolved content equals that text), `redacted` (a projection that is
 * none of these — it proves nothing about the arguments and is refused unless the policy allows it).
 */
export type ArgsCommitmentKind = "identity" | "hash" | "reference" | "redacted";

/** Returns the content behind an `argsRef` URI, or undefined when it cannot be had. Deployment-defined (fetch, blob store, cache). */
export type ArgsRefResolver = (uri: string) => Uint8Array | undefined | Promise<Uint8Array | undefined>;

export interface ArgsCommitmentOptions {
  resolveArgsRef?: ArgsRefResolver;
  /** Accept a redacted projection that no argsRef backs (SEP-2787's "record only"). Default false: fail closed. */
  allowRedactedProjection?: boolean;
}

const encoder = new TextEncoder();

function mismatch(message: string, pointer: string): McpTrustError {
  return new McpTrustError("args_commitment_mismatch", message, { pointer });
}

/** Checks a projection against the canonical text of the arguments. Synchronous: the per-call hot path. */
export function checkProjection(entry: ToolCallView, argsText: string, argsDigest: () => string): Exclude<ArgsCommitmentKind, "reference"> {
  const projection = entry.argsProjection!;
  const at = projection.pointer;
  if (projection.digest !== undefined && !digestEquals(sha256Digest(encoder.encode(projection.text)), projection.digest)) {
    throw mismatch("projectionDigest is not the digest of the projection", `${at}Digest`);
  }
  if (projection.text === argsText) return "identity";
  let parsed: JsonValue;
  try {
    parsed = readStrictJson(projection.text).value;
  } catch (e) {
    throw new McpTrustError("envelope_malformed", "the projection is not strict JSON", { pointer: at, cause: e });
  }
  if (canonicalString(parsed) !== projection.text) {
    throw new McpTrustError("envelope_malformed", "the projection is not in RFC 8785 canonical form", { pointer: at });
  }
  if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
    const keys = Object.keys(parsed);
    const d = parsed["digest"];
    if (keys.length === 1 && typeof d === "string" && /^sha256:[0-9a-f]{64}$/.test(d)) {
      if (!digestEquals(d, argsDigest())) throw mismatch("the hash-only projection is not the digest of the arguments", at);
      return "hash";
    }
  }
  return "redacted";
}

/** Checks an argsRef: the resolved bytes must hash to `digest` and be exactly the canonical bytes of the arguments. */
export async function checkArgsRef(entry: ToolCallView, argsBytes: Uint8Array, resolve: ArgsRefResolver | undefined): Promise<void> {
  const ref = entry.argsRef!;
  const at = ref.pointer;
  if (resolve === undefined) throw mismatch("no argsRef resolver is configured", at);
  let content: Uint8Array | undefined;
  try {
    content = await resolve(ref.uri);
  } catch (e) {
    throw new McpTrustError("args_commitment_mismatch", "the argsRef resolver failed", { pointer: at, cause: e });
  }
  if (content === undefined) throw mismatch(`argsRef ${JSON.stringify(ref.uri)} could not be resolved`, at);
  if (!digestEquals(sha256Digest(content), ref.digest)) throw mismatch("resolved content does not match argsRef.digest", at);
  // Views, not copies: the arguments may be large and both sides are only read.
  if (Buffer.compare(bufferView(content), bufferView(argsBytes)) !== 0) {
    throw mismatch("resolved content is not the canonical form of the arguments", at);
  }
}

function bufferView(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Step 10: every commitment the entry carries must hold; at least one must bind the arguments. */
export async function checkArgsCommitment(
  entry: ToolCallView,
  args: JsonValue,
  options: ArgsCommitmentOptions = {},
): Promise<ArgsCommitmentKind> {
  return argsCommitmentOf(entry, args, options);
}

/**
 * {@link checkArgsCommitment} without a promise when none is needed: only an argsRef (whose resolver may be
 * asynchronous) makes the answer a promise. Throws synchronously otherwise. For the verifier's hot path.
 */
export function argsCommitmentOf(
  entry: ToolCallView,
  args: JsonValue,
  options: ArgsCommitmentOptions = {},
): ArgsCommitmentKind | Promise<ArgsCommitmentKind> {
  const argsText = canonicalString(args);
  // The UTF-8 bytes are needed only to compare against argsRef content or to hash: an identity projection compares
  // text, so encoding (a copy as large as the arguments) waits until something asks for it.
  let bytes: Uint8Array | undefined;
  const argsBytes = () => (bytes ??= encoder.encode(argsText));
  let digest: string | undefined;
  const argsDigest = () => (digest ??= sha256Digest(argsBytes()));
  if (entry.argsRef === undefined) return projectionCommitment(entry, argsText, argsDigest, options);
  return checkArgsRef(entry, argsBytes(), options.resolveArgsRef).then(() => projectionCommitment(entry, argsText, argsDigest, options));
}

function projectionCommitment(
  entry: ToolCallView,
  argsText: string,
  argsDigest: () => string,
  options: ArgsCommitmentOptions,
): ArgsCommitmentKind {
  if (entry.argsProjection === undefined) return "reference";
  const kind = checkProjection(entry, argsText, argsDigest);
  if (kind !== "redacted") return kind;
  if (entry.argsRef !== undefined) return "reference";
  if (options.allowRedactedProjection === true) return "redacted";
  throw mismatch("a redacted projection does not commit to the arguments", entry.argsProjection.pointer);
}
