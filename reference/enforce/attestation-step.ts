// Step 4 of the transport verification order (spec/transport-headers.md#verification-order): the tool-call
// attestation, run with its nonce recorded instead of consumed, so that every single-use consumption (nonce, cap-token
// jti, DID challenge) happens last, after the transport checks, and a refused call burns none of them.
import type { ArgsRefResolver } from "../attestation/args-commitment.js";
import { attestationOfRequest } from "../attestation/request.js";
import { verifyAttestation, type VerificationOutcome, type VerifierConfig } from "../attestation/verify.js";
import { McpTrustError } from "../common/errors.js";
import type { ReplayStore } from "../common/replay.js";
import type { JsonValue } from "../common/strict-json.js";
import { keyThumbprint } from "../transport/cap-token-chain.js";
import type { TransportCall } from "../transport/verify-transport.js";
import type { EffectiveToolPolicy, LoadedPolicy } from "./policy.js";

export type AttestationProof = NonNullable<TransportCall["attestation"]>;

export interface AttestationStep {
  /** The verification outcome; a reject here is the call's refusal. */
  outcome: VerificationOutcome;
  /** On accept: what the transport checks need from it (key thumbprint for proof of possession, the deferred nonce, sub/iss). */
  proof?: AttestationProof;
}

/** The attestation verifier's options for one tool: trust store, skew and the tool's issuer, capability and commitment rules. */
export function attestationOptions(policy: LoadedPolicy, tool: EffectiveToolPolicy, replayStore: ReplayStore, resolveArgsRef: ArgsRefResolver | undefined): VerifierConfig {
  const skew = policy.clockSkewSeconds;
  return {
    trustStore: policy.trustStore,
    replayStore,
    ...(skew === undefined ? {} : { clockSkewSeconds: skew }),
    ...(resolveArgsRef === undefined ? {} : { resolveArgsRef }),
    allowRedactedProjection: tool.argsCommitment.includes("redacted"),
    argsCommitmentKinds: tool.argsCommitment,
    ...(tool.issuers === undefined ? {} : { permittedIssuers: tool.issuers }),
    ...(tool.requiredCapability === undefined ? {} : { requiredCapability: tool.requiredCapability }),
    profiles: ["sep-2787"],
  };
}

/** The policy checks a tool does not configure, reported as not applicable in its decision. */
export function unconfiguredChecks(tool: EffectiveToolPolicy): ("issuer" | "capability")[] {
  return [...(tool.issuers === undefined ? ["issuer" as const] : []), ...(tool.requiredCapability === undefined ? ["capability" as const] : [])];
}

/**
 * Verifies the tool-call attestation of `params` by the tool's policy. Never consumes: the nonce the verifier would
 * have consumed is returned in `proof.nonce` for the transport verifier's last step.
 */
export async function attestationStep(
  params: JsonValue,
  nonIntegerNumbers: readonly string[],
  policy: LoadedPolicy,
  tool: EffectiveToolPolicy,
  nowMs: number,
  resolveArgsRef: ArgsRefResolver | undefined,
): Promise<AttestationStep> {
  let found;
  try {
    found = attestationOfRequest(params, nonIntegerNumbers);
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    return { outcome: { verdict: "reject", reason: e.reason, message: e.message, ...(e.pointer === undefined ? {} : { pointer: e.pointer }) } };
  }
  const recorded: { key: string; expiresAtMs: number }[] = [];
  const recorder: ReplayStore = { consume: (key, expiresAtMs) => (recorded.push({ key, expiresAtMs }), true) };
  const outcome = await verifyAttestation(
    found.found.value,
    { toolName: found.request.name, arguments: found.request.arguments, serverFingerprint: policy.serverFingerprint, nowMs },
    attestationOptions(policy, tool, recorder, resolveArgsRef),
  );
  if (outcome.verdict === "reject") return { outcome };
  const env = outcome.envelope;
  const key = policy.trustStore.find(env.iss, env.secretVersion, env.alg as never);
  // Only an asymmetric key proves possession to a third party; an HMAC secret has no RFC 7638 thumbprint to bind.
  const thumbprint = key === undefined ? undefined : await keyThumbprint(key);
  const nonce = recorded[0];
  return {
    outcome,
    proof: {
      agentId: env.sub,
      operatorId: env.iss,
      ...(thumbprint === undefined ? {} : { keyThumbprint: thumbprint }),
      ...(nonce === undefined ? {} : { nonce: { ...nonce, replayReason: "nonce_replay" } }),
    },
  };
}
