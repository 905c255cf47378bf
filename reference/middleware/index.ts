// Server middleware for @modelcontextprotocol/sdk servers (stdio, Streamable HTTP, any Transport). Named re-exports only.
export { protectTransport, type ProtectOptions } from "./protect-transport.js";
export { currentVerifiedCall, guardToolArguments, type VerifiedCall } from "./guard.js";
export { trustErrorResponse, type TrustErrorData } from "./refusal.js";
export { StrictStdioServerTransport, type StrictStdioOptions } from "./strict-stdio.js";
export { handleStrictRequest, type StrictHttpOptions } from "./strict-http.js";
