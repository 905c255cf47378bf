// The HTTP gateway: a reverse proxy that decides every tools/call by a policy before the MCP server behind it sees it.
export { BodyError, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS, readBody } from "./body.js";
export { decorateMessage, DEFAULT_MAX_DECORATED_BYTES, EventStreamDecorator, type DecorateTarget } from "./decorate.js";
export { gatewayCommand, parseGatewayFlags, parseListen, withFailOpen, type GatewayFlags } from "./command.js";
export { inspectMessage, MESSAGE_MAX_DEPTH, type Inspection, type JsonRpcId } from "./inspect.js";
export { DEFAULT_UPSTREAM_TIMEOUT_MS, FORWARDED_REQUEST_HEADERS, UpstreamError } from "./proxy.js";
export { createGateway, DEFAULT_SHUTDOWN_GRACE_MS, stderrLog, type Gateway, type GatewayOptions, type GatewayTls } from "./server.js";
export { openReplayStore, ReconnectingRedisStore, type ClosableReplayStore } from "./store.js";
