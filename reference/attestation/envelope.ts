import type { ToolCallAttestation } from "../../generated/types/tool-call-attestation.js";
import type { ToolCallAttestationVaaraV2 } from "../../generated/types/tool-call-attestation-vaara-v2.js";
import { validateToolCallAttestation } from "../../generated/validators/tool-call-attestation.js";
import { validateToolCallAttestationVaaraV2 } from "../../generated/validators/tool-call-attestation-vaara-v2.js";
import { parseTimestamp } from "../common/clock.js";
import { McpTrustError } from "../common/errors.js";
import { hexToBytes } from "../common/hex.js";
import { readStrictJson, type JsonValue, type StrictReadOptions } from "../common/strict-json.js";

/** The envelope shapes a verifier can read: the SEP-2787 shape, and the earlier shape of the published vectors. */
export const PROFILES = ["sep-2787", "vaara-v2"] as const;
export type Profile = (typeof PROFILES)[number];

export type JsonObject = { [key: string]: JsonValue };

/** One `payloadDerived.toolCalls[]` entry, the same for both profiles. */
export interface ToolCallView {
  name: string;
  serverFingerprint: string;
  argsRef?: { uri: string; digest: string; pointer: string };
  /** The projection text; `digest` is the vaara-v2 `projectionDigest` over its UTF-8 bytes. */
  argsProjection?: { text: string; digest?: string; pointer: string };
  /** Pointer of the entry in the envelope, for error reports. */
  pointer: string;
}

/** A schema-valid envelope, with its raw object kept: the signature is checked over exactly that object. */
export interface AttestationEnvelope {
  profile: Profile;
  raw: JsonObject;
  alg: string;
  iss: string;
  sub: string;
  secretVersion: string;
  iat: string;
  iatMs: number;
  expSeconds: number;
  nonce: string;
  intent: string;
  requestedCapability?: string;
  plannerRef?: string;
  toolCalls: ToolCallView[];
  signature: Uint8Array;
}

export interface ReadEnvelopeOptions extends StrictReadOptions {
  /** Read the input as this profile; by default the shape decides (a top-level `version` member means vaara-v2). */
  profile?: Profile;
  /** The profiles this verifier accepts (default: both). */
  profiles?: readonly Profile[];
}

/**
 * Reads untrusted envelope bytes (or an already-parsed value, which is re-read strictly) into a schema-valid
 * envelope. Steps 1–4 of the verification order: size, strict JSON, profile, schema.
 */
export function readEnvelope(input: Uint8Array | string | JsonValue, options: ReadEnvelopeOptions = {}): AttestationEnvelope {
  const bytes = input instanceof Uint8Array || typeof input === "string" ? input : JSON.stringify(input);
  const { value, nonIntegerNumbers } = readStrictJson(bytes, options);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new McpTrustError("envelope_malformed", "an attestation envelope is a JSON object", { pointer: "" });
  }
  const first = nonIntegerNumbers[0];
  if (first !== undefined) {
    throw new McpTrustError("envelope_malformed", "envelope numbers must be written as integers", { pointer: first });
  }
  const profile = options.profile ?? (Object.hasOwn(value, "version") ? "vaara-v2" : "sep-2787");
  if (!(options.profiles ?? PROFILES).includes(profile)) {
    throw new McpTrustError("envelope_malformed", `profile ${profile} is not accepted by this verifier`, { pointer: "" });
  }
  const envelope = profile === "sep-2787" ? fromSep2787(value) : fromVaaraV2(value);
  rejectDuplicateEntries(envelope.toolCalls);
  return envelope;
}

function schemaError(errors: { instancePath: string; message?: string }[] | null | undefined, what: string): McpTrustError {
  const e = errors?.[0];
  return new McpTrustError("envelope_malformed", `not a ${what}: ${e?.instancePath || "/"} ${e?.message ?? ""}`.trim(), {
    pointer: e?.instancePath ?? "",
  });
}

function decodeSignature(hex: string): Uint8Array {
  const sig = hexToBytes(hex);
  if (sig === null) throw new McpTrustError("envelope_malformed", "signature is not lowercase hex", { pointer: "/signature" });
  return sig;
}

function fromSep2787(raw: JsonObject): AttestationEnvelope {
  if (!validateToolCallAttestation(raw)) throw schemaError(validateToolCallAttestation.errors, "SEP-2787 tool-call attestation");
  const env = raw as ToolCallAttestation;
  const ia = env.issuerAsserted;
  const pd = env.plannerDeclared;
  return {
    profile: "sep-2787",
    raw,
    alg: ia.alg,
    iss: ia.iss,
    sub: ia.sub,
    secretVersion: ia.secretVersion,
    iat: ia.iat,
    iatMs: parseTimestamp(ia.iat, "/issuerAsserted/iat"),
    expSeconds: ia.expSeconds,
    nonce: ia.nonce,
    intent: pd.intent,
    ...(pd.requestedCapability === undefined ? {} : { requestedCapability: pd.requestedCapability }),
    ...(pd.plannerRef === undefined ? {} : { plannerRef: pd.plannerRef }),
    toolCalls: env.payloadDerived.toolCalls.map((tc, i) => {
      const pointer = `/payloadDerived/toolCalls/${i}`; // an index needs no RFC 6901 escaping
      const view: ToolCallView = { name: tc.name, serverFingerprint: tc.serverFingerprint, pointer };
      if (tc.argsRef !== undefined) view.argsRef = { uri: tc.argsRef.uri, digest: tc.argsRef.digest, pointer: `${pointer}/argsRef` };
      if (tc.argsProjection !== undefined) view.argsProjection = { text: tc.argsProjection, pointer: `${pointer}/argsProjection` };
      return view;
    }),
    signature: decodeSignature(env.signature),
  };
}

function fromVaaraV2(raw: JsonObject): AttestationEnvelope {
  if (!validateToolCallAttestationVaaraV2(raw)) throw schemaError(validateToolCallAttestationVaaraV2.errors, "vaara-v2 attestation");
  const env = raw as ToolCallAttestationVaaraV2;
  const ia = env.issuerAsserted;
  // Both `alg` members are signed, but a verifier that trusted the top-level one could be downgraded: they must agree.
  if (env.alg !== ia.alg) {
    throw new McpTrustError("envelope_malformed", "top-level alg differs from issuerAsserted.alg", { pointer: "/alg" });
  }
  return {
    profile: "vaara-v2",
    raw,
    alg: ia.alg,
    iss: ia.iss,
    sub: ia.sub,
    secretVersion: ia.secretVersion,
    iat: ia.iat,
    iatMs: parseTimestamp(ia.iat, "/issuerAsserted/iat"),
    expSeconds: ia.expSeconds,
    nonce: ia.nonce,
    intent: env.plannerDeclared.intent,
    ...(env.plannerDeclared.requestedCapability === undefined
      ? {}
      : { requestedCapability: env.plannerDeclared.requestedCapability }),
    toolCalls: env.payloadDerived.toolCalls.map((tc, i) => {
      const args = tc.args;
      const view: ToolCallView = {
        name: tc.name,
        serverFingerprint: tc.serverFingerprint,
        pointer: `/payloadDerived/toolCalls/${i}`,
      };
      const at = `${view.pointer}/args`;
      if ("ref" in args) view.argsRef = { uri: args.ref, digest: args.digest, pointer: at };
      else view.argsProjection = { text: args.projection, digest: args.projectionDigest, pointer: `${at}/projection` };
      return view;
    }),
    signature: decodeSignature(env.signature),
  };
}

// Two entries for one (server, tool) pair could commit to different arguments; which one binds is undecidable.
function rejectDuplicateEntries(toolCalls: readonly ToolCallView[]): void {
  if (toolCalls.length < 2) return; // the usual envelope: nothing to compare, no Set to build
  const seen = new Set<string>();
  for (const tc of toolCalls) {
    const key = `${tc.serverFingerprint}\n${tc.name}`;
    if (seen.has(key)) {
      throw new McpTrustError("envelope_malformed", "two toolCalls entries name the same server and tool", { pointer: tc.pointer });
    }
    seen.add(key);
  }
}
