// DO NOT EDIT: this file is generated.
// Source: schemas/*.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

export { type AlgorithmName, type Digest, type Identifier, type SignatureHex, type Timestamp } from "./types/common.js";
export { type ConformanceManifest } from "./types/conformance-manifest.js";
export { type Requirement, type Traceability } from "./types/conformance-traceability.js";
export { type ConformanceCall, type ConformanceExpected, type ConformanceVector, type VerifyAttestationInput } from "./types/conformance-vector.js";
export { type Decision, type DecisionCheck } from "./types/decision.js";
export { type TrustError, type TrustErrorData } from "./types/error.js";
export { type Evidence, type EvidenceItem } from "./types/evidence.js";
export { type Policy, type ToolPolicy } from "./types/policy.js";
export { type Reason } from "./types/reason.js";
export { type ToolCallAttestationVaaraV2, type VaaraArgsProjection, type VaaraArgsRef } from "./types/tool-call-attestation-vaara-v2.js";
export { type ArgsRef, type IssuerAsserted, type PayloadDerived, type PlannerDeclared, type ToolCall, type ToolCallAttestation } from "./types/tool-call-attestation.js";
export { type Jwk, type Jwks, type TrustStore } from "./types/trust-store.js";
export { type VerificationResult } from "./types/verification-result.js";
export { validateConformanceManifest } from "./validators/conformance-manifest.js";
export { validateTraceability } from "./validators/conformance-traceability.js";
export { validateConformanceVector } from "./validators/conformance-vector.js";
export { validateDecision } from "./validators/decision.js";
export { validateTrustError } from "./validators/error.js";
export { validateEvidence } from "./validators/evidence.js";
export { validatePolicy } from "./validators/policy.js";
export { validateReason } from "./validators/reason.js";
export { validateToolCallAttestationVaaraV2 } from "./validators/tool-call-attestation-vaara-v2.js";
export { validateToolCallAttestation } from "./validators/tool-call-attestation.js";
export { validateTrustStore } from "./validators/trust-store.js";
export { validateVerificationResult } from "./validators/verification-result.js";
// Not re-exported from ./constants.js: Reason (already exported from ./types/reason.js).
export { REASONS, REASON_DESCRIPTIONS, REASON_HTTP_STATUS, TRUST_ERROR_CODE, isReason } from "./constants.js";
export { SCHEMAS, SCHEMA_FILES, SCHEMA_IDS, type SchemaDocument, type SchemaId, isSchemaId } from "./schemas.js";
