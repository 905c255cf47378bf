// The gateway's own answers: JSON-RPC errors with the HTTP status the registry maps their reason to.
import type { ServerResponse } from "node:http";
import { REASON_DESCRIPTIONS, REASON_HTTP_STATUS, TRUST_ERROR_CODE } from "../../generated/constants.js";
import type { Decision } from "../../generated/types/decision.js";
import type { Reason } from "../common/errors.js";
import type { JsonRpcId } from "./inspect.js";

export interface RefusalDetail {
  message?: string;
  pointer?: string;
  decision?: Decision;
  /** A fresh DID challenge, with decision `challenge` (spec/transport-headers.md#did-proofs): `error.data.challenge`. */
  challenge?: string;
  /** Close the connection after answering (a body left unread, or shutting down). */
  close?: boolean;
  /** Instead of the registry's status: 413 for a body over the gateway's bound, which is about HTTP, not evidence. */
  status?: number;
}

/** A refusal: JSON-RPC error -31000 with `data.reason`, `data.requestId` and, for a decided call, `data.decision`. */
export function sendRefusal(res: ServerResponse, id: JsonRpcId, reason: Reason, detail: RefusalDetail = {}): void {
  const data = {
    reason,
    requestId: id,
    ...(detail.pointer === undefined ? {} : { pointer: detail.pointer }),
    ...(detail.decision === undefined ? {} : { decision: detail.decision }),
    ...(detail.challenge === undefined ? {} : { challenge: detail.challenge }),
  };
  const error = { code: TRUST_ERROR_CODE, message: (detail.message ?? REASON_DESCRIPTIONS[reason]).slice(0, 1024), data };
  sendJson(res, detail.status ?? REASON_HTTP_STATUS[reason], { jsonrpc: "2.0", id, error }, detail.close === true);
}

/**
 * An answer about the HTTP exchange rather than the message (405, 404, 408, 500, 503 while shutting down): JSON-RPC
 * error -32000, as the SDK's transport answers these.
 */
export function sendHttpError(res: ServerResponse, status: number, message: string, options: { close?: boolean; headers?: Record<string, string> } = {}): void {
  sendJson(res, status, { jsonrpc: "2.0", id: null, error: { code: -32000, message } }, options.close === true, options.headers);
}

function sendJson(res: ServerResponse, status: number, body: unknown, close: boolean, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(bytes.length),
    ...(close ? { connection: "close" } : {}),
  });
  res.end(bytes);
}
