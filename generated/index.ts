// DO NOT EDIT: this file is generated.
// Source: schemas/*.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

export { type Actor } from "./types/actor.js";
export { type AgentDidProofClaims, type AgentDidProofHeader } from "./types/agent-did-proof-claims.js";
export { type AgentIdentity } from "./types/agent-identity.js";
export { type AgentIntent } from "./types/agent-intent.js";
export { type AgentJwtClaims, type AgentJwtConfirmation, type AgentJwtHeader } from "./types/agent-jwt-claims.js";
export { type AgentSession } from "./types/agent-session.js";
export { type CapTokenClaims, type CapTokenConfirmation, type CapTokenHeader } from "./types/cap-token-claims.js";
export { type CapToken } from "./types/cap-token.js";
export { type ActorId, type AlgorithmName, type CompactJws, type Digest, type Identifier, type JwkThumbprint, type ScopeEntry, type ScopeString, type SessionId, type SignatureHex, type Timestamp, type UnixTime } from "./types/common.js";
export { type ConformanceManifest } from "./types/conformance-manifest.js";
export { type Requirement, type Traceability } from "./types/conformance-traceability.js";
export { type ConformanceCall, type ConformanceExpected, type ConformanceVector, type TransportContext, type VerifyAttestationInput, type VerifyTransportInput } from "./types/conformance-vector.js";
export { type Decision, type DecisionCheck } from "./types/decision.js";
export { type TrustError, type TrustErrorData } from "./types/error.js";
export { type Evidence, type EvidenceItem } from "./types/evidence.js";
export { type OperatorCredentialClaims, type OperatorCredentialHeader } from "./types/operator-credential-claims.js";
export { type Policy, type ToolPolicy, type TransportPolicy } from "./types/policy.js";
export { type Reason } from "./types/reason.js";
export { type ToolCallAttestationVaaraV2, type VaaraArgsProjection, type VaaraArgsRef } from "./types/tool-call-attestation-vaara-v2.js";
export { type ArgsRef, type IssuerAsserted, type PayloadDerived, type PlannerDeclared, type ToolCall, type ToolCallAttestation } from "./types/tool-call-attestation.js";
export { type Jwk, type Jwks, type TrustStore } from "./types/trust-store.js";
export { type VerificationResult } from "./types/verification-result.js";
export { validateActor } from "./validators/actor.js";
export { validateAgentDidProofClaims } from "./validators/agent-did-proof-claims.js";
export { validateAgentIdentity } from "./validators/agent-identity.js";
export { validateAgentIntent } from "./validators/agent-intent.js";
export { validateAgentJwtClaims } from "./validators/agent-jwt-claims.js";
export { validateAgentSession } from "./validators/agent-session.js";
export { validateCapTokenClaims } from "./validators/cap-token-claims.js";
export { validateCapToken } from "./validators/cap-token.js";
export { validateConformanceManifest } from "./validators/conformance-manifest.js";
export { validateTraceability } from "./validators/conformance-traceability.js";
export { validateConformanceVector } from "./validators/conformance-vector.js";
export { validateDecision } from "./validators/decision.js";
export { validateTrustError } from "./validators/error.js";
export { validateEvidence } from "./validators/evidence.js";
export { validateOperatorCredentialClaims } from "./validators/operator-credential-claims.js";
export { validatePolicy } from "./validators/policy.js";
export { validateReason } from "./validators/reason.js";
export { validateToolCallAttestationVaaraV2 } from "./validators/tool-call-attestation-vaara-v2.js";
export { validateToolCallAttestation } from "./validators/tool-call-attestation.js";
export { validateTrustStore } from "./validators/trust-store.js";
export { validateVerificationResult } from "./validators/verification-result.js";
export { type HeaderBareType, type HeaderMemberMap, type HeaderResult, type HeaderSpec, type HeaderValidator, parseHeader, serializeHeader } from "./headers/runtime.js";
export { MCP_ACTOR_HEADER, parseMcpActorHeader, serializeMcpActorHeader } from "./headers/actor.js";
export { MCP_AGENT_IDENTITY_HEADER, parseMcpAgentIdentityHeader, serializeMcpAgentIdentityHeader } from "./headers/agent-identity.js";
export { MCP_AGENT_INTENT_HEADER, parseMcpAgentIntentHeader, serializeMcpAgentIntentHeader } from "./headers/agent-intent.js";
export { MCP_AGENT_SESSION_HEADER, parseMcpAgentSessionHeader, serializeMcpAgentSessionHeader } from "./headers/agent-session.js";
export { MCP_CAP_TOKEN_HEADER, parseMcpCapTokenHeader, serializeMcpCapTokenHeader } from "./headers/cap-token.js";
export { TRANSPORT_HEADER_CODECS, TRANSPORT_HEADER_ITEM_TYPES, type TransportHeaderCodec, type TransportHeaderValues, type TransportItemType } from "./headers/registry.js";
// Not re-exported from ./constants.js: Reason (already exported from ./types/reason.js).
export { REASONS, REASON_DESCRIPTIONS, REASON_HTTP_STATUS, TRUST_ERROR_CODE, isReason } from "./constants.js";
export { SCHEMAS, SCHEMA_FILES, SCHEMA_IDS, type SchemaDocument, type SchemaId, isSchemaId } from "./schemas.js";
