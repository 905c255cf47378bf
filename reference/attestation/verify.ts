import { DEFAULT_CLOCK_SKEW_SECONDS } from "../common/clock.js";
import { McpTrustError, type Reason } from "../common/errors.js";
import type { TrustStore } from "../common/keys.js";
import { MemoryReplayStore, replayKey, type ReplayStore } from "../common/replay.js";
import type { SignatureAlgorithm } from "../common/signature.js";
import type { JsonValue, StrictReadOptions } from "../common/strict-json.js";
import { checkArgsCommitment, type ArgsCommitmentKind, type ArgsRefResolver } from "./args-commitment.js";
import { readEnvelope, type AttestationEnvelope, type Profile, type ToolCallView } from "./envelope.js";
import { checkSignature } from "./signature-step.js";
import { signingInput } from "./signing-input.js";
import { acceptableUntil, checkTime } from "./time-step.js";
import { matchToolCall } from "./tool-call-step.js";

/** How a verifier is configured. Everything security-relevant is set here, never taken from the message. */
export interface VerifierConfig extends StrictReadOptions {
  trustStore: TrustStore;
  /** Algorithm allow-list; defaults to the trust store's. */
  algorithms?: readonly SignatureAlgorithm[];
  clockSkewSeconds?: number;
  /** Consumed nonces; defaults to a store private to this config object's first use. */
  replayStore?: ReplayStore;
  resolveArgsRef?: ArgsRefResolver;
  allowRedactedProjection?: boolean;
  /** Accepted envelope profiles (default both); `profile` forces one. */
  profiles?: readonly Profile[];
  profile?: Profile;
}

/** The call the envelope must authorise, as the server is about to execute it. */
export interface CallContext {
  toolName: string;
  /** The `arguments` of `tools/call`; absent arguments are committed to as `{}`. */
  arguments: JsonValue | undefined;
  serverFingerprint: string;
  /** Epoch milliseconds; default `Date.now()`. */
  nowMs?: number;
}

export interface AcceptedAttestation {
  verdict: "accept";
  reason: null;
  envelope: AttestationEnvelope;
  toolCall: ToolCallView;
  argsCommitment: ArgsCommitmentKind;
  signingInput: Uint8Array;
}

export interface RejectedAttestation {
  verdict: "reject";
  reason: Reason;
  message: string;
  pointer?: string;
  /** Present when the envelope got far enough to have one. */
  signingInput?: Uint8Array;
}

export type VerificationOutcome = AcceptedAttestation | RejectedAttestation;

const defaultStores = new WeakMap<VerifierConfig, ReplayStore>();

/**
 * Verifies a tool-call attestation for one call, in the order the spec fixes
 * (spec/tool-call-attestation.md#verification-order): read, schema, algorithm, key, signature, time, tool call,
 * arguments, and only then — atomically — the nonce. Never throws for bad input: the outcome carries the reason.
 */
export async function verifyAttestation(
  envelopeInput: Uint8Array | string | JsonValue,
  call: CallContext,
  config: VerifierConfig,
): Promise<VerificationOutcome> {
  let input: Uint8Array | undefined;
  try {
    const envelope = readEnvelope(envelopeInput, config);
    input = signingInput(envelope.raw);
    checkSignature(envelope, input, config.trustStore, config.algorithms);
    const nowMs = call.nowMs ?? Date.now();
    const skew = config.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
    checkTime(envelope, nowMs, skew);
    const toolCall = matchToolCall(envelope, call.serverFingerprint, call.toolName);
    const argsCommitment = await checkArgsCommitment(toolCall, call.arguments ?? {}, config);
    const store = replayStoreOf(config);
    if (!(await store.consume(replayKey(envelope.iss, envelope.nonce), acceptableUntil(envelope, skew), nowMs))) {
      throw new McpTrustError("nonce_replay", "this nonce was already used by an accepted call", {
        pointer: "/issuerAsserted/nonce",
      });
    }
    return { verdict: "accept", reason: null, envelope, toolCall, argsCommitment, signingInput: input };
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    return {
      verdict: "reject",
      reason: e.reason,
      message: e.message,
      ...(e.pointer === undefined ? {} : { pointer: e.pointer }),
      ...(input === undefined ? {} : { signingInput: input }),
    };
  }
}

function replayStoreOf(config: VerifierConfig): ReplayStore {
  if (config.replayStore !== undefined) return config.replayStore;
  let store = defaultStores.get(config);
  if (store === undefined) defaultStores.set(config, (store = new MemoryReplayStore()));
  return store;
}
