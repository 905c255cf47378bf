import type { Decision, DecisionCheck } from "../../generated/types/decision.js";
import type { Reason } from "../common/errors.js";
import { formatTimestamp } from "../common/clock.js";
import type { VerificationOutcome } from "../attestation/verify.js";
import { acceptableUntil } from "../attestation/time-step.js";
import type { TransportOutcome } from "../transport/verify-transport.js";

export type { Decision, DecisionCheck };

/** The `_meta` key an allowed call's result carries its decision under. */
export const DECISION_META_KEY = "org.mcp-trust/decision";

type CheckName = DecisionCheck["name"];

/** The checks in the order the verifier runs them (spec/tool-call-attestation.md#verification-order). */
export const CHECK_ORDER: readonly CheckName[] = ["evidence", "envelope", "algorithm", "key", "signature", "lifetime", "tool-call", "issuer", "capability", "arguments", "nonce"];

// Reasons that are not verification checks (a gateway's upstream failing after an allow) have no entry.
const CHECK_OF: Readonly<Partial<Record<Reason, CheckName>>> = {
  json_invalid: "envelope",
  limit_exceeded: "envelope",
  request_malformed: "evidence",
  envelope_malformed: "envelope",
  evidence_ambiguous: "evidence",
  attestation_required: "evidence",
  algorithm_unsupported: "algorithm",
  key_unavailable: "key",
  signature_invalid: "signature",
  not_yet_valid: "lifetime",
  expired: "lifetime",
  nonce_replay: "nonce",
  server_mismatch: "tool-call",
  tool_mismatch: "tool-call",
  args_commitment_mismatch: "arguments",
  issuer_not_permitted: "issuer",
  capability_mismatch: "capability",
  replay_store_unavailable: "nonce",
};

/** The ordered check list for a refusal at `reason`, or for a call that passed them all. */
export function checksFor(reason: Reason | null, applicable: ReadonlySet<CheckName> = new Set(CHECK_ORDER)): DecisionCheck[] {
  const check = reason === null ? undefined : CHECK_OF[reason];
  const failedAt = check === undefined ? -1 : CHECK_ORDER.indexOf(check);
  return CHECK_ORDER.map((name, i): DecisionCheck => {
    if (!applicable.has(name)) return { name, result: "skip" };
    if (failedAt === -1 || i < failedAt) return { name, result: "pass" };
    if (i > failedAt) return { name, result: "skip" };
    return { name, result: reason === "replay_store_unavailable" ? "error" : "fail", reason: reason! };
  });
}

export interface DecisionInput {
  tool: string;
  requestId: string | number | null;
  startedNs: bigint;
  outcome?: VerificationOutcome;
  /** A refusal before any attestation was read (e.g. required evidence missing). */
  reason?: Reason;
  /** Checks that do not apply to this tool's policy. */
  notApplicable?: readonly CheckName[];
  bypass?: boolean;
  skewSeconds?: number;
}

/** Builds the decision object (schemas/decision.schema.json) for one tools/call. */
export function buildDecision(input: DecisionInput): Decision {
  const outcome = input.outcome;
  const reason = input.reason ?? (outcome?.verdict === "reject" ? outcome.reason : null);
  const accepted = outcome?.verdict === "accept" ? outcome : undefined;
  const applicable = new Set(CHECK_ORDER.filter((c) => !(input.notApplicable ?? []).includes(c)));
  const allow = reason === null || input.bypass === true;
  return {
    decision: allow ? "allow" : "deny",
    requestId: input.requestId,
    agentId: accepted?.envelope.sub ?? null,
    operatorId: accepted?.envelope.iss ?? null,
    tool: input.tool,
    checks: checksFor(reason, applicable),
    reason,
    ...(input.bypass === true ? { bypass: true } : {}),
    latencyMs: Number(process.hrtime.bigint() - input.startedNs) / 1e6,
    auditLogId: null,
    expiresAt: accepted === undefined ? null : formatTimestamp(acceptableUntil(accepted.envelope, input.skewSeconds)),
  };
}

/**
 * The checks of a policy with a `transport` section, in the order spec/transport-headers.md#verification-order runs
 * them: headers, the evidence items and presence, the attestation's own steps, the transport identity checks, and
 * last every single-use consumption (`nonce`: the attestation's nonce, a cap token's jti, a DID challenge).
 */
export const TRANSPORT_CHECK_ORDER: readonly CheckName[] = [
  "headers", "evidence", "envelope", "algorithm", "key", "signature", "lifetime", "tool-call", "issuer", "capability", "arguments",
  "agent-identity", "cap-token", "actor", "agent-session", "agent-intent", "nonce",
];

const ATTESTATION_CHECKS: ReadonlySet<CheckName> = new Set(CHECK_ORDER.filter((c) => c !== "evidence" && c !== "nonce"));

export interface TransportDecisionInput {
  tool: string;
  requestId: string | number | null;
  startedNs: bigint;
  /** The attestation's outcome, when the tool requires one and it was reached. */
  attestation?: VerificationOutcome;
  /** The transport verifier's outcome; absent when the attestation refused first. */
  transport?: TransportOutcome;
  /** Whether the request came with HTTP header lines (a refused attestation means the header check passed). */
  headersPresent: boolean;
  /** Attestation checks that do not apply to this tool's policy (issuer, capability). */
  notApplicable?: readonly CheckName[];
  skewSeconds?: number;
}

/**
 * Builds the decision for a policy with a `transport` section. agentId and operatorId, on allow, are those of the
 * verified agent identity, else the leaf cap token's `sub` and root's `iss`, else the attestation's `sub` and `iss`.
 */
export function buildTransportDecision(input: TransportDecisionInput): Decision {
  const att = input.attestation;
  const t = input.transport;
  const attReason = att?.verdict === "reject" ? att.reason : null;
  const reason = attReason ?? t?.reason ?? null;
  const decision = reason === null ? "allow" : attReason === null && t?.decision === "challenge" ? "challenge" : "deny";
  const byName = new Map<CheckName, DecisionCheck>();
  for (const c of t?.checks ?? []) byName.set(c.name, { name: c.name, result: c.result, ...(c.reason === undefined ? {} : { reason: c.reason }) });
  if (t === undefined) byName.set("headers", { name: "headers", result: input.headersPresent ? "pass" : "skip" });
  if (att !== undefined) {
    const applicable = new Set(CHECK_ORDER.filter((c) => !(input.notApplicable ?? []).includes(c)));
    for (const c of checksFor(attReason, applicable)) {
      // A refused attestation reports its own evidence check (attestation_required); otherwise that is the transport's.
      if (ATTESTATION_CHECKS.has(c.name) || (attReason !== null && c.name === "evidence")) byName.set(c.name, c);
    }
  }
  const accepted = att?.verdict === "accept" ? att : undefined;
  const allow = decision === "allow";
  return {
    decision,
    requestId: input.requestId,
    agentId: allow ? (t?.principal.agentId ?? null) : null,
    operatorId: allow ? (t?.principal.operatorId ?? null) : null,
    tool: input.tool,
    checks: TRANSPORT_CHECK_ORDER.map((name) => byName.get(name) ?? { name, result: "skip" }),
    reason,
    ...(allow && t?.bypass === true ? { bypass: true } : {}),
    latencyMs: Number(process.hrtime.bigint() - input.startedNs) / 1e6,
    auditLogId: null,
    expiresAt: allow && accepted !== undefined ? formatTimestamp(acceptableUntil(accepted.envelope, input.skewSeconds)) : null,
  };
}
