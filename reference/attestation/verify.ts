import { DEFAULT_CLOCK_SKEW_SECONDS } from "../common/clock.js";
import { McpTrustError, type Reason } from "../common/errors.js";
import type { TrustStore } from "../common/keys.js";
import { MemoryReplayStore, replayKey, type ReplayStore } from "../common/replay.js";
import type { SignatureAlgorithm } from "../common/signature.js";
import type { JsonValue, StrictReadOptions } from "../common/strict-json.js";
import { argsCommitmentOf, type ArgsCommitmentKind, type ArgsRefResolver } from "./args-commitment.js";
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
  /** Tool policy: issuers accepted for this call (default: every issuer in the trust store). */
  permittedIssuers?: readonly string[];
  /** Tool policy: `plannerDeclared.requestedCapability` must equal this. */
  requiredCapability?: string;
  /** Tool policy: accepted kinds of arguments commitment (default: any that holds). */
  argsCommitmentKinds?: readonly ArgsCommitmentKind[];
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
 *
 * Not an `async` function on purpose: when the replay store answers synchronously and no argsRef needs resolving
 * (the usual case), every step runs in this call and the outcome is handed over already settled; only an
 * asynchronous store or resolver adds promise hops. Either way the checks, their order and the outcome are the same,
 * and anything that is not an McpTrustError still arrives as a rejected promise, never as a synchronous throw.
 */
export function verifyAttestation(
  envelopeInput: Uint8Array | string | JsonValue,
  call: CallContext,
  config: VerifierConfig,
): Promise<VerificationOutcome> {
  const progress: Progress = { input: undefined };
  try {
    const outcome = runChecks(envelopeInput, call, config, progress);
    if (!(outcome instanceof Promise)) return Promise.resolve(outcome);
    return outcome.then(undefined, (e: unknown) => refusal(e, progress.input));
  } catch (e) {
    try {
      return Promise.resolve(refusal(e, progress.input));
    } catch (unexpected) {
      return Promise.reject(unexpected);
    }
  }
}

/** How far a verification got: a refusal reports the signing input once there is one. */
interface Progress {
  input: Uint8Array | undefined;
}

function runChecks(
  envelopeInput: Uint8Array | string | JsonValue,
  call: CallContext,
  config: VerifierConfig,
  progress: Progress,
): AcceptedAttestation | Promise<AcceptedAttestation> {
  if (call.arguments !== undefined && (call.arguments === null || typeof call.arguments !== "object" || Array.isArray(call.arguments))) {
    throw new McpTrustError("request_malformed", "tools/call arguments are not an object", { pointer: "/arguments" });
  }
  const envelope = readEnvelope(envelopeInput, config);
  const input = (progress.input = signingInput(envelope.raw));
  checkSignature(envelope, input, config.trustStore, config.algorithms);
  const nowMs = call.nowMs ?? Date.now();
  const skew = config.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  checkTime(envelope, nowMs, skew);
  const toolCall = matchToolCall(envelope, call.serverFingerprint, call.toolName);
  checkToolPolicy(envelope, config);
  const kind = argsCommitmentOf(toolCall, call.arguments ?? {}, config);
  if (typeof kind === "string") return consumeNonce(envelope, toolCall, permittedKind(kind, toolCall, config), input, nowMs, skew, config);
  return kind.then((k) => consumeNonce(envelope, toolCall, permittedKind(k, toolCall, config), input, nowMs, skew, config));
}

/** The tool's policy on who may ask and for which capability, checked once the envelope is authentic and matched. */
function checkToolPolicy(envelope: AttestationEnvelope, config: VerifierConfig): void {
  if (config.permittedIssuers !== undefined && !config.permittedIssuers.includes(envelope.iss)) {
    throw new McpTrustError("issuer_not_permitted", `issuer ${JSON.stringify(envelope.iss)} is not accepted for this tool`, { pointer: "/issuerAsserted/iss" });
  }
  if (config.requiredCapability !== undefined && envelope.requestedCapability !== config.requiredCapability) {
    throw new McpTrustError("capability_mismatch", `this tool requires capability ${JSON.stringify(config.requiredCapability)}`, { pointer: "/plannerDeclared/requestedCapability" });
  }
}

function permittedKind(kind: ArgsCommitmentKind, toolCall: ToolCallView, config: VerifierConfig): ArgsCommitmentKind {
  if (config.argsCommitmentKinds !== undefined && !config.argsCommitmentKinds.includes(kind)) {
    throw new McpTrustError("args_commitment_mismatch", `a ${kind} commitment is not accepted for this tool`, { pointer: toolCall.pointer });
  }
  return kind;
}

function consumeNonce(
  envelope: AttestationEnvelope,
  toolCall: ToolCallView,
  argsCommitment: ArgsCommitmentKind,
  input: Uint8Array,
  nowMs: number,
  skew: number,
  config: VerifierConfig,
): AcceptedAttestation | Promise<AcceptedAttestation> {
  let consumed: boolean | PromiseLike<boolean>;
  try {
    consumed = replayStoreOf(config).consume(replayKey(envelope.iss, envelope.nonce), acceptableUntil(envelope, skew), nowMs);
  } catch (e) {
    throw storeFailure(e);
  }
  const accept = (fresh: boolean): AcceptedAttestation => {
    if (!fresh) {
      throw new McpTrustError("nonce_replay", "this nonce was already used by an accepted call", { pointer: "/issuerAsserted/nonce" });
    }
    return { verdict: "accept", reason: null, envelope, toolCall, argsCommitment, signingInput: input };
  };
  // Any thenable a store hands back is awaited, as `await` would; a plain answer needs no promise at all.
  return isThenable(consumed) ? Promise.resolve(consumed).then(accept, (e: unknown) => Promise.reject(storeFailure(e))) : accept(consumed);
}

// A store that fails is an outage, not an attack: refuse (fail closed) with the one reason for it.
function storeFailure(e: unknown): McpTrustError {
  if (e instanceof McpTrustError) return e;
  return new McpTrustError("replay_store_unavailable", `the replay store failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
}

function isThenable(x: unknown): x is PromiseLike<boolean> {
  return (typeof x === "object" || typeof x === "function") && x !== null && typeof (x as PromiseLike<unknown>).then === "function";
}

/** The outcome for a refusal; anything that is not an McpTrustError is a bug or an outage and propagates. */
function refusal(e: unknown, input: Uint8Array | undefined): RejectedAttestation {
  if (!(e instanceof McpTrustError)) throw e;
  return {
    verdict: "reject",
    reason: e.reason,
    message: e.message,
    ...(e.pointer === undefined ? {} : { pointer: e.pointer }),
    ...(input === undefined ? {} : { signingInput: input }),
  };
}

function replayStoreOf(config: VerifierConfig): ReplayStore {
  if (config.replayStore !== undefined) return config.replayStore;
  let store = defaultStores.get(config);
  if (store === undefined) defaultStores.set(config, (store = new MemoryReplayStore()));
  return store;
}
