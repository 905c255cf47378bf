// The whole transport identity decision for one tools/call (spec/transport-headers.md#verification-order), for a
// policy with a `transport` section: headers → evidence items → presence (decided here first, so that a refusal there
// runs no attestation) → the tool-call attestation with its nonce deferred → the transport verifier's identity,
// cap-token, actor, session and intent checks → every single-use consumption, last.
import type { ArgsRefResolver } from "../attestation/args-commitment.js";
import type { VerificationOutcome } from "../attestation/verify.js";
import { McpTrustError } from "../common/errors.js";
import type { ReplayStore } from "../common/replay.js";
import type { JsonValue } from "../common/strict-json.js";
import { EVIDENCE_META_KEY, readTransportEvidence, TRANSPORT_ITEM_TYPES } from "../transport/evidence.js";
import { readTransportHeaders, type RawHeaders } from "../transport/headers.js";
import type { DidWebResolver, IntrospectionResolver } from "../transport/identity/index.js";
import type { LoadedTransportPolicy } from "../transport/policy.js";
import { verifyTransport, type TransportCall, type TransportOutcome } from "../transport/verify-transport.js";
import { attestationStep } from "./attestation-step.js";
import type { EffectiveToolPolicy, LoadedPolicy } from "./policy.js";

/** What the connection tells the verifier besides the message: the HTTP header lines and the TLS client certificate. */
export interface TransportInput {
  /** The request's header lines in wire order, duplicates kept: `[name, value]` pairs or Node's `req.rawHeaders`. Absent on stdio. */
  headers?: RawHeaders;
  /** base64url SHA-256 of the TLS client certificate's DER, when the connection presented one (`mtls` identities). */
  clientCertificateSha256?: string;
}

export interface TransportStepConfig {
  policy: LoadedPolicy;
  transport: LoadedTransportPolicy;
  replayStore: ReplayStore;
  nowMs: number;
  resolveArgsRef?: ArgsRefResolver;
  introspect?: IntrospectionResolver;
  resolveDidWeb?: DidWebResolver;
}

export interface TransportStep {
  /** The attestation's outcome, when the tool requires one and steps 1–3 passed. A reject ends the call there. */
  attestation?: VerificationOutcome;
  /** The transport verifier's outcome; absent when the attestation refused. */
  transport?: TransportOutcome;
}

const member = (v: JsonValue | undefined, k: string): JsonValue | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? v[k] : undefined);

/** The evidence items as the header check compares them (undefined when there is no container of items). */
function evidenceItemsOf(params: JsonValue): readonly unknown[] | undefined {
  const items = member(member(member(params, "_meta"), EVIDENCE_META_KEY), "items");
  return Array.isArray(items) ? items : undefined;
}

/**
 * Steps 1–3 (headers, evidence items, presence) decide before the attestation (step 4). When one of them refuses,
 * the attestation is not run: the transport verifier then reports that refusal itself, at its place in the order.
 */
function refusedBeforeAttestation(params: JsonValue, headers: RawHeaders | undefined, evidence: readonly string[]): boolean {
  try {
    if (headers !== undefined) readTransportHeaders(headers, evidenceItemsOf(params));
    const items = readTransportEvidence(params);
    return TRANSPORT_ITEM_TYPES.some((t) => evidence.includes(t) && items[t] === undefined);
  } catch (e) {
    if (e instanceof McpTrustError) return true;
    throw e;
  }
}

/** Runs steps 1–10 for one call; never throws for bad input. */
export async function transportStep(params: JsonValue, nonIntegerNumbers: readonly string[], tool: EffectiveToolPolicy, input: TransportInput, config: TransportStepConfig): Promise<TransportStep> {
  const { policy, nowMs } = config;
  const evidence = tool.source.evidence ?? [];
  let proof: TransportCall["attestation"];
  let attestation: VerificationOutcome | undefined;
  if (evidence.includes("tool-call-attestation") && !refusedBeforeAttestation(params, input.headers, evidence)) {
    const step = await attestationStep(params, nonIntegerNumbers, policy, tool, nowMs, config.resolveArgsRef);
    if (step.outcome.verdict === "reject") return { attestation: step.outcome };
    attestation = step.outcome;
    proof = step.proof;
  }
  const skew = policy.clockSkewSeconds;
  const transport = await verifyTransport(
    {
      params,
      toolPolicy: tool.source,
      now: nowMs,
      ...(input.headers === undefined ? {} : { headers: input.headers }),
      ...(input.clientCertificateSha256 === undefined ? {} : { clientCertificateSha256: input.clientCertificateSha256 }),
      ...(proof === undefined ? {} : { attestation: proof }),
    },
    {
      policy: config.transport,
      replayStore: config.replayStore,
      failureMode: tool.failureMode,
      ...(config.introspect === undefined ? {} : { introspect: config.introspect }),
      ...(config.resolveDidWeb === undefined ? {} : { resolveDidWeb: config.resolveDidWeb }),
      ...(skew === undefined ? {} : { skew }),
    },
  );
  return { ...(attestation === undefined ? {} : { attestation }), transport };
}
