// Streamable HTTP with the strict reader: the POST body is read and parsed here, and the SDK gets the parsed value.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { REASON_HTTP_STATUS } from "../../generated/constants.js";
import type { Decision } from "../enforce/decision.js";
import type { Reason } from "../common/errors.js";
import { BodyError, DEFAULT_REQUEST_TIMEOUT_MS, readBody } from "../gateway/body.js";
import { DEFAULT_MAX_MESSAGE_BYTES, forgetNonIntegerNumbers, inspectBadFrame, readStrictMessage, rememberNonIntegerNumbers, strictRefusal } from "./strict-read.js";

export interface StrictHttpOptions {
  /** Largest POST body read (default 1 MiB + 64 KiB); a larger one is answered 413 `limit_exceeded`. */
  maxBodyBytes?: number;
  /** How long a client may take to send its body (default 30 s); then 408. */
  requestTimeoutMs?: number;
  /** The decision of every tools/call refused here for its bytes (the protected transport reports the others). */
  onDecision?: (decision: Decision) => void;
}

/** The parsed body the SDK would otherwise read for itself: it parses only when given none (`parsedBody`). */
type ParsedBody = Parameters<StreamableHTTPServerTransport["handleRequest"]>[2];

/**
 * `transport.handleRequest(req, res)` with the POST body read by the strict reader first: bytes that are not strict
 * I-JSON (duplicate members, lone surrogates, invalid UTF-8, …) or too deep are answered here with HTTP 400 and the
 * registered error — a tools/call with the trust error (code -31000, `data.reason` `json_invalid` or
 * `limit_exceeded`, `data.decision`), anything else with a JSON-RPC parse error carrying the same `data.reason` —
 * and the SDK never sees them; a body over the bound is 413. Strict bodies go to the SDK as `parsedBody`, and the
 * protected transport wrapping `transport` learns which numbers of each tools/call were written with a fraction or
 * an exponent (so `300.0` in the evidence is `envelope_malformed`). GET, DELETE and bodies that are not
 * `application/json` go to the SDK untouched, which answers them as it always does.
 *
 * @example
 * ```ts
 * const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: randomUUID });
 * await server.connect(protectTransport(transport, { enforcer }));
 * http.createServer((req, res) => void handleStrictRequest(transport, req, res));
 * ```
 */
export async function handleStrictRequest(transport: StreamableHTTPServerTransport, req: IncomingMessage, res: ServerResponse, options: StrictHttpOptions = {}): Promise<void> {
  const type = req.headers["content-type"] ?? "";
  if (req.method !== "POST" || !type.toLowerCase().includes("application/json")) {
    await transport.handleRequest(req, res);
    return;
  }
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  let body: Buffer;
  try {
    body = await readBody(req, maxBytes, Date.now() + (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS));
  } catch (e) {
    if (!(e instanceof BodyError)) throw e;
    if (e.failure === "too_large") refuse(res, undefined, "limit_exceeded", 413, options);
    else if (e.failure === "timeout") answer(res, 408, { jsonrpc: "2.0", id: null, error: { code: -32000, message: e.message } }, true);
    else res.destroy();
    return;
  }
  const read = readStrictMessage(body, maxBytes);
  if (!read.ok) {
    refuse(res, body, read.error.reason, REASON_HTTP_STATUS[read.error.reason], options);
    return;
  }
  // The raw lines, duplicates kept, for the transport identity headers' check (req.headers joins repeated ones).
  for (const call of read.toolCalls) rememberNonIntegerNumbers(transport, call.id, call.pointers, req.rawHeaders);
  try {
    await transport.handleRequest(req, res, read.value as ParsedBody);
  } finally {
    // Taken while the SDK dispatched the messages; left over only when it refused the request first.
    forgetNonIntegerNumbers(transport, read.toolCalls.map((c) => c.id));
  }
}

function refuse(res: ServerResponse, body: Buffer | undefined, reason: Reason, status: number, options: StrictHttpOptions): void {
  const { response, decision } = strictRefusal(inspectBadFrame(body), reason);
  if (decision !== undefined) options.onDecision?.(decision);
  // The rest of an over-long body is not read: the connection closes after the answer.
  answer(res, status, response, body === undefined);
}

function answer(res: ServerResponse, status: number, message: unknown, close: boolean): void {
  const bytes = Buffer.from(JSON.stringify(message));
  res.writeHead(status, { "content-type": "application/json", "content-length": String(bytes.length), ...(close ? { connection: "close" } : {}) });
  res.end(bytes);
}
