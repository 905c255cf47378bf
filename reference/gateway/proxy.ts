// Forwarding one HTTP exchange to the upstream MCP server and streaming its answer back without buffering.
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/** Request headers the upstream sees; everything else a client sends stays at the gateway. */
export const FORWARDED_REQUEST_HEADERS = ["content-type", "accept", "mcp-session-id", "mcp-protocol-version", "authorization", "last-event-id"] as const;
/** Hop-by-hop response headers (RFC 9110 §7.6.1), which belong to one connection and are never relayed. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"]);

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

export interface Upstream {
  url: URL;
  /** Longest wait for the upstream's response headers (connecting included); a stream that has started is not timed. */
  timeoutMs: number;
  agent: HttpAgent;
}

export function upstreamOf(url: string | URL, timeoutMs: number = DEFAULT_UPSTREAM_TIMEOUT_MS): Upstream {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`the upstream must be an http: or https: URL, got ${parsed.protocol}`);
  // Idle connections are dropped before a server's usual 5 s keep-alive ends it under a request being sent.
  const pool = { keepAlive: true, scheduling: "lifo" as const, timeout: 4000 };
  const agent = parsed.protocol === "https:" ? new HttpsAgent(pool) : new HttpAgent(pool);
  return { url: parsed, timeoutMs, agent };
}

/** Why the upstream could not answer: refused, reset or unreachable (`error`), or no headers in time (`timeout`). */
export class UpstreamError extends Error {
  override readonly name = "UpstreamError";
  constructor(
    readonly failure: "error" | "timeout",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ForwardOptions {
  /** Path and query on the upstream's origin. */
  path: string;
  /** The exact bytes to send (the bytes the gateway verified); none for GET, DELETE and the like. */
  body?: Buffer;
  /** Called when the upstream failed before its response started; the caller answers the client. */
  onFailure: (error: UpstreamError) => void;
}

/**
 * Sends `req`'s method and allow-listed headers with `body` to the upstream and pipes the response back as it
 * arrives (JSON and `text/event-stream` alike). A client that goes away aborts the upstream exchange, and an upstream
 * that breaks mid-stream breaks the client's. Resolves when the exchange is over, whichever way it ended.
 */
export function forward(req: IncomingMessage, res: ServerResponse, upstream: Upstream, options: ForwardOptions): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value: string | string[] | undefined = req.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  if (options.body !== undefined) headers["content-length"] = String(options.body.length);
  const { url } = upstream;
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  // A client that left while its call was being decided gets nothing delivered on its behalf.
  if (res.destroyed || res.writableEnded) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let settled = false;
    const done = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve();
    };
    const fail = (error: UpstreamError): void => {
      if (settled) return;
      upstreamReq.destroy();
      if (res.headersSent) res.destroy();
      else options.onFailure(error);
      done();
    };
    const upstreamReq: ClientRequest = send({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port,
      method: req.method,
      path: options.path,
      headers,
      agent: upstream.agent,
    });
    const timer = setTimeout(() => fail(new UpstreamError("timeout", `the upstream sent no response within ${upstream.timeoutMs} ms`)), upstream.timeoutMs);
    upstreamReq.on("error", (e) => fail(new UpstreamError("error", `the upstream is unreachable: ${(e as NodeJS.ErrnoException).code ?? e.message}`, { cause: e })));
    upstreamReq.on("response", (upstreamRes: IncomingMessage) => {
      clearTimeout(timer);
      if (settled) {
        upstreamRes.destroy();
        return;
      }
      res.writeHead(upstreamRes.statusCode ?? 502, responseHeaders(upstreamRes));
      // Headers go out now: an event stream may stay silent for a long time before its first event.
      res.flushHeaders();
      upstreamRes.pipe(res);
      // An upstream that breaks off mid-stream breaks the client's stream too, rather than ending it as if complete.
      upstreamRes.on("error", () => res.destroy());
      upstreamRes.on("close", () => {
        if (!upstreamRes.complete) res.destroy();
      });
    });
    res.on("close", () => {
      // The client went away (or the response ended): nothing more is wanted from the upstream.
      if (!res.writableFinished) upstreamReq.destroy();
      done();
    });
    upstreamReq.end(options.body);
  });
}

/** The upstream's response headers minus hop-by-hop ones (and any the upstream's Connection header names). */
function responseHeaders(upstreamRes: IncomingMessage): OutgoingHttpHeaders {
  const connection = String(upstreamRes.headers["connection"] ?? "")
    .toLowerCase()
    .split(",")
    .map((t) => t.trim());
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(upstreamRes.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || connection.includes(name)) continue;
    out[name] = value;
  }
  return out;
}
