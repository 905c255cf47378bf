export {
  checkArgsCommitment,
  checkArgsRef,
  checkProjection,
  type ArgsCommitmentKind,
  type ArgsCommitmentOptions,
  type ArgsRefResolver,
} from "./args-commitment.js";
export { attachAttestation, ATTESTATION_ITEM_TYPE, EVIDENCE_META_KEY, findAttestation, SEP2787_META_KEY, type FoundAttestation } from "./carriage.js";
export { PROFILES, readEnvelope, type AttestationEnvelope, type JsonObject, type Profile, type ReadEnvelopeOptions, type ToolCallView } from "./envelope.js";
export { argsRef, hashProjection, identityProjection, newNonce, signAttestation, signEnvelope, type SignAttestationInput } from "./sign.js";
export { checkSignature } from "./signature-step.js";
export { signingInput } from "./signing-input.js";
export { acceptableUntil, checkTime } from "./time-step.js";
export { matchToolCall } from "./tool-call-step.js";
export {
  verifyAttestation,
  type AcceptedAttestation,
  type CallContext,
  type RejectedAttestation,
  type VerificationOutcome,
  type VerifierConfig,
} from "./verify.js";
