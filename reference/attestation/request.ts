import { McpTrustError } from "../common/errors.js";
import type { JsonValue } from "../common/strict-json.js";
import { findAttestation, type FoundAttestation } from "./carriage.js";

/** The parts of `tools/call` params a verifier needs. */
export interface ToolCallRequest {
  name: string;
  /** Absent arguments are `{}`. */
  arguments: { [key: string]: JsonValue };
  meta: JsonValue | undefined;
}

const isObject = (v: unknown): v is { [key: string]: JsonValue } => v !== null && typeof v === "object" && !Array.isArray(v);

/** Step 2 of the verification order: `params` is an object with a non-empty string `name`, and object `arguments` and `_meta` when present. */
export function readToolCallRequest(params: JsonValue | undefined): ToolCallRequest {
  if (!isObject(params)) throw new McpTrustError("request_malformed", "tools/call params is not an object", { pointer: "" });
  const { name, arguments: args, _meta: meta } = params;
  if (typeof name !== "string" || name === "") throw new McpTrustError("request_malformed", "tools/call params.name is not a non-empty string", { pointer: "/name" });
  if (args !== undefined && !isObject(args)) throw new McpTrustError("request_malformed", "tools/call params.arguments is not an object", { pointer: "/arguments" });
  if (meta !== undefined && !isObject(meta)) throw new McpTrustError("request_malformed", "tools/call params._meta is not an object", { pointer: "/_meta" });
  return { name, arguments: args ?? {}, meta };
}

/**
 * Steps 2–3 on a request read by the strict reader: the request's shape, then the attestation's carriage. The integer
 * rule of the common profile applies to the attestation and to the container's own members — not to the rest of
 * `_meta`, which belongs to MCP and other extensions, nor to items of types this verifier does not know.
 */
export function attestationOfRequest(params: JsonValue, nonIntegerNumbers: readonly string[]): { request: ToolCallRequest; found: FoundAttestation } {
  const request = readToolCallRequest(params);
  const found = findAttestation(request.meta);
  if (found === undefined) throw new McpTrustError("attestation_required", "the request carries no tool-call attestation");
  // A string here is not an envelope's text to be parsed again: evidence in _meta is a JSON object or nothing.
  if (!isObject(found.value)) throw new McpTrustError("envelope_malformed", "the attestation is not a JSON object", { pointer: found.pointer });
  const float = nonIntegerNumbers.find((p) => p === found.pointer || p.startsWith(`${found.pointer}/`) || /^\/_meta\/org\.mcp-trust~1evidence\/items\/\d+\/version$/.test(p));
  if (float !== undefined) throw new McpTrustError("envelope_malformed", "evidence numbers must be written as integers", { pointer: float });
  return { request, found };
}
