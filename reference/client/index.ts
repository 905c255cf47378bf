// The client side of mcp-trust for @modelcontextprotocol/sdk clients. Named re-exports only.
export { signingTransport, type SigningOptions } from "./signing-transport.js";
export { readSigningKeyFile, resolveSigningKey, signingKeyFromJwk, SigningKeyError, type SigningKey } from "./signing-key.js";
export {
  attachTransportEvidence,
  transportEvidenceHeaders,
  transportEvidenceTransport,
  transportEvidenceValues,
  withTransportEvidence,
  type TransportEvidence,
  type TransportEvidenceSource,
} from "./transport-evidence.js";
