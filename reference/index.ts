// The package's main entry: the attestation API and the common parts it is built on. Named re-exports only.
export {
  argsRef,
  attachAttestation,
  findAttestation,
  hashProjection,
  identityProjection,
  readEnvelope,
  signAttestation,
  signingInput,
  verifyAttestation,
  EVIDENCE_META_KEY,
  type ArgsCommitmentKind,
  type AttestationEnvelope,
  type CallContext,
  type Profile,
  type VerificationOutcome,
  type VerifierConfig,
} from "./attestation/index.js";
export {
  canonicalBytes,
  generateKeyPair,
  MemoryReplayStore,
  McpTrustError,
  readStrictJson,
  sha256Digest,
  TrustStore,
  type JsonValue,
  type Reason,
  type ReplayStore,
  type SignatureAlgorithm,
} from "./common/index.js";
export { REASONS, REASON_HTTP_STATUS, TRUST_ERROR_CODE } from "../generated/constants.js";
export { buildDecision, DECISION_META_KEY, type Decision, type DecisionCheck } from "./enforce/decision.js";
export { Enforcer, type Enforcement, type EnforcerOptions } from "./enforce/enforcer.js";
export { loadPolicy, type EffectiveToolPolicy, type LoadedPolicy, type Policy, type ToolPolicy } from "./enforce/policy.js";
export {
  loadTransportPolicy,
  verifyCompactJws,
  verifyTransport,
  type LoadedTransportPolicy,
  type TransportCall,
  type TransportOutcome,
  type TransportVerifierConfig,
} from "./transport/index.js";
// The MCP SDK middleware and client signer load the SDK; they live at mcp-trust/middleware and mcp-trust/client.
