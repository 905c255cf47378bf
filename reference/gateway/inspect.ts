// What a POSTed MCP message is, as far as the gateway cares: a tools/call to decide, something to forward, or a refusal.
import { McpTrustError, type Reason } from "../common/errors.js";
import { DEFAULT_MAX_DEPTH, readStrictJson, type JsonValue } from "../common/strict-json.js";

export type JsonRpcId = string | number | null;

export type Inspection =
  /** One message with method `tools/call`: decided by the policy before anything is forwarded. */
  | { kind: "tools/call"; id: JsonRpcId; params: JsonValue; nonIntegerNumbers: string[] }
  /** Anything else that is strict JSON: other requests, notifications, responses, batches without a tools/call. */
  | { kind: "forward"; id: JsonRpcId }
  | { kind: "refuse"; id: JsonRpcId; reason: Reason; message: string };

const TOOLS_CALL = "tools/call";
/** A message wraps `params` in one object, so params may nest as deep as the verifier's depth limit allows. */
export const MESSAGE_MAX_DEPTH = DEFAULT_MAX_DEPTH + 1;

const isObject = (v: unknown): v is { [key: string]: JsonValue } => v !== null && typeof v === "object" && !Array.isArray(v);
const idOf = (message: { [key: string]: JsonValue }): JsonRpcId => {
  const id = message["id"];
  return typeof id === "string" || typeof id === "number" ? id : null;
};

/**
 * Reads `body` with the strict reader (every message, so that the gateway and the server behind it can never read one
 * body two ways) and classifies it. A message whose method is `tools/call` is decided even without an id: a server
 * that ran a tools/call notification must not be reachable around the policy. A batch holding a tools/call is refused:
 * MCP has no batches any more, and a call inside one would need a decision per element.
 */
export function inspectMessage(body: Uint8Array, maxBytes: number): Inspection {
  let value: JsonValue;
  let nonIntegerNumbers: string[];
  try {
    ({ value, nonIntegerNumbers } = readStrictJson(body, { maxBytes, maxDepth: MESSAGE_MAX_DEPTH }));
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    return { kind: "refuse", id: null, reason: e.reason, message: e.message };
  }
  if (Array.isArray(value)) {
    if (value.some((m) => isObject(m) && m["method"] === TOOLS_CALL)) {
      return { kind: "refuse", id: null, reason: "request_malformed", message: "a JSON-RPC batch may not carry a tools/call" };
    }
    return { kind: "forward", id: null };
  }
  if (!isObject(value)) return { kind: "forward", id: null };
  const id = idOf(value);
  if (value["method"] !== TOOLS_CALL) return { kind: "forward", id };
  const params = Object.hasOwn(value, "params") ? value["params"]! : null;
  // The enforcer reads pointers relative to params.
  const underParams = nonIntegerNumbers.filter((p) => p === "/params" || p.startsWith("/params/")).map((p) => p.slice("/params".length));
  return { kind: "tools/call", id, params, nonIntegerNumbers: underParams };
}
