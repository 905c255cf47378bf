// mcp-trust/transport: the transport identity headers and their `_meta` twins (spec/transport-headers.md). Named
// re-exports only.
export { checkActor, type ActorEvidence } from "./actor.js";
export {
  CAP_TOKEN_MAX_LENGTH,
  CAP_TOKEN_MAX_LIFETIME_SECONDS,
  CAP_TOKEN_TYP,
  parseCapToken,
  validateCapTokenClaims,
  verifyCapToken,
  verifyParsedCapToken,
  type CapTokenClaims,
  type CapTokenOptions,
  type ParsedCapToken,
  type TokenKeyStore,
  type VerifiedCapToken,
} from "./cap-token.js";
export { keyThumbprint, MAX_CHAIN_LENGTH, verifyCapTokenChain, type CapTokenChainOptions, type VerifiedCapTokenChain } from "./cap-token-chain.js";
export {
  EVIDENCE_META_KEY,
  evidenceItemsOf,
  readTransportEvidence,
  readTransportItems,
  toolNameOf,
  TRANSPORT_ITEM_TYPES,
  type TransportEvidence,
  type TransportItemType,
} from "./evidence.js";
export { readTransportHeaders, RESERVED_HEADERS, TRANSPORT_HEADER_ORDER, type RawHeaders, type TransportHeaderValues } from "./headers.js";
export { checkIntent, type AgentIntent } from "./intent.js";
export {
  checkTokenTime,
  DEFAULT_MAX_TOKEN_LENGTH,
  parseCompactJws,
  readCompactJws,
  TOKEN_ALGORITHMS,
  verifyCompactJws,
  verifyParsedJws,
  type CompactJwsOptions,
  type JwsParseOptions,
  type JwsVerifyOptions,
  type ParsedJws,
  type ParsedJwsHeader,
  type JwsHeader,
  type JwsKeyResolver,
  type JwtClaims,
  type TimeClaims,
  type TokenAlgorithm,
  type VerifiedJws,
} from "./jws.js";
export {
  acceptedIdentityTypes,
  IDENTITY_TYPES,
  loadTransportPolicy,
  type IdentityType,
  type LoadedTransportPolicy,
  type ToolPolicy,
  type TransportPolicy,
} from "./policy.js";
export { callEntry, firstEscalation, isScopeEntry, isScopeList, parseScopeString, scopeCovers, scopeCoversCall, SCOPE_ENTRY } from "./scope.js";
export { checkSession } from "./session.js";
export {
  capTokenReplayKey,
  challengeReplayKey,
  TRANSPORT_CHECKS,
  verifyTransport,
  type AgentIdentityVerifier,
  type PendingConsumption,
  type TransportCall,
  type TransportCheck,
  type TransportCheckName,
  type TransportOutcome,
  type TransportVerifierConfig,
  type VerifiedAgentIdentity,
} from "./verify-transport.js";
