// The raw-text rules for in-process middleware. The SDK's own transports parse JSON with JSON.parse before any
// middleware sees a message, so duplicate members, lone surrogates or `300.0` in the evidence would go unnoticed:
// the strict transports read the bytes themselves (strict-stdio.ts, strict-http.ts) and tell the protected
// transport, per request id, which numbers were written with a fraction or an exponent.
import type { JSONRPCErrorResponse, RequestId } from "@modelcontextprotocol/sdk/types.js";
import { REASON_DESCRIPTIONS } from "../../generated/constants.js";
import { buildDecision, type Decision } from "../enforce/decision.js";
import { McpTrustError, type Reason } from "../common/errors.js";
import { DEFAULT_MAX_DEPTH, readStrictJson, type JsonValue } from "../common/strict-json.js";
import { trustErrorResponse } from "./refusal.js";

/** 1 MiB of tool arguments plus 64 KiB of evidence, as the gateway's body bound. */
export const DEFAULT_MAX_MESSAGE_BYTES = (1 << 20) + 65536;
/** A message wraps `params` in one object, so params may nest as deep as the verifier's depth limit allows. */
const MESSAGE_MAX_DEPTH = DEFAULT_MAX_DEPTH + 1;

/** What a strict transport read for one request besides the message: its non-integer numbers and, over HTTP, the raw header lines. */
export interface StrictContext {
  /** Pointers relative to the request's params. */
  nonIntegerNumbers: readonly string[];
  /** The HTTP request's raw header lines (Node's `req.rawHeaders`, duplicates kept); absent on stdio. */
  headers?: readonly string[];
}

/** Per transport object (the one that read the bytes), per request id. */
const contextByTransport = new WeakMap<object, Map<RequestId, StrictContext>>();

/** Called by a strict transport right before it hands the SDK a tools/call it read. */
export function rememberNonIntegerNumbers(transport: object, id: RequestId, pointers: readonly string[], headers?: readonly string[]): void {
  let byId = contextByTransport.get(transport);
  if (byId === undefined) contextByTransport.set(transport, (byId = new Map()));
  byId.set(id, { nonIntegerNumbers: pointers, ...(headers === undefined ? {} : { headers }) });
}

/**
 * What the strict transport `transport` read for request `id`, once (the entry is removed). Undefined when the
 * message did not come through a strict transport: the SDK parsed it, and only the parsed value can be judged.
 */
export function takeStrictContext(transport: object, id: RequestId): StrictContext | undefined {
  const byId = contextByTransport.get(transport);
  const context = byId?.get(id);
  if (context !== undefined) byId!.delete(id);
  return context;
}

/** {@link takeStrictContext}'s pointers only. */
export function takeNonIntegerNumbers(transport: object, id: RequestId): readonly string[] | undefined {
  return takeStrictContext(transport, id)?.nonIntegerNumbers;
}

/** Drops what was remembered for `ids` and not taken (the SDK refused the request before any middleware saw it). */
export function forgetNonIntegerNumbers(transport: object, ids: readonly RequestId[]): void {
  const byId = contextByTransport.get(transport);
  if (byId !== undefined) for (const id of ids) byId.delete(id);
}

const isObject = (v: unknown): v is { [key: string]: JsonValue } => v !== null && typeof v === "object" && !Array.isArray(v);
const isId = (v: unknown): v is RequestId => typeof v === "string" || typeof v === "number";

export type StrictRead =
  | { ok: true; value: JsonValue; toolCalls: { id: RequestId; pointers: string[] }[] }
  | { ok: false; error: McpTrustError };

/**
 * Reads one message (or a batch) with the strict reader and lists its tools/call requests with the pointers, relative
 * to each one's params, of its numbers written with a fraction or an exponent.
 */
export function readStrictMessage(bytes: Uint8Array, maxBytes: number): StrictRead {
  let value: JsonValue;
  let nonIntegerNumbers: string[];
  try {
    ({ value, nonIntegerNumbers } = readStrictJson(bytes, { maxBytes, maxDepth: MESSAGE_MAX_DEPTH }));
  } catch (e) {
    if (e instanceof McpTrustError) return { ok: false, error: e };
    throw e;
  }
  const toolCalls: { id: RequestId; pointers: string[] }[] = [];
  const add = (message: JsonValue, prefix: string): void => {
    if (!isObject(message) || message["method"] !== "tools/call" || !isId(message["id"])) return;
    const under = `${prefix}/params`;
    const pointers = nonIntegerNumbers.filter((p) => p === under || p.startsWith(`${under}/`)).map((p) => p.slice(under.length));
    toolCalls.push({ id: message["id"], pointers });
  };
  if (Array.isArray(value)) value.forEach((m, i) => add(m, `/${i}`));
  else add(value, "");
  return { ok: true, value, toolCalls };
}

/** What a frame the strict reader refused looked like to a lenient reader: just enough to answer it. */
export interface BadFrame {
  /** The request's id, when a lenient parse finds one; null when nothing can be answered by id. */
  id: RequestId | null;
  /** A request (method and id), which gets an error response; a notification or a response gets none. */
  request: boolean;
  toolCall: boolean;
  tool: string;
}

/** Looks at bytes the strict reader refused, with JSON.parse, for the id and method to answer with. */
export function inspectBadFrame(bytes: Uint8Array | undefined): BadFrame {
  let value: unknown;
  try {
    value = bytes === undefined ? undefined : JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  } catch {
    value = undefined;
  }
  if (!isObject(value)) return { id: null, request: value === undefined, toolCall: false, tool: "" };
  const id = isId(value["id"]) ? value["id"] : null;
  const method = value["method"];
  const params = value["params"];
  const tool = isObject(params) && typeof params["name"] === "string" ? params["name"] : "";
  return { id, request: typeof method === "string" && id !== null, toolCall: method === "tools/call", tool };
}

/**
 * The error response for a frame the strict reader refused: a tools/call gets the trust error (code -31000,
 * `data.reason`, `data.requestId`, `data.decision`) as any refused call does; another request, or bytes with no
 * recognisable id, get JSON-RPC's parse error (-32700) with the same `data.reason`.
 */
export function strictRefusal(frame: BadFrame, reason: Reason): { response: JSONRPCErrorResponse; decision: Decision | undefined } {
  if (frame.toolCall && frame.id !== null) {
    const decision = buildDecision({ tool: frame.tool, requestId: frame.id, startedNs: process.hrtime.bigint(), reason });
    return { response: trustErrorResponse(frame.id, decision), decision };
  }
  const message = `Parse error: ${REASON_DESCRIPTIONS[reason]}`.slice(0, 1024);
  return { response: { jsonrpc: "2.0", id: frame.id as RequestId, error: { code: -32700, message, data: { reason, requestId: frame.id } } }, decision: undefined };
}


