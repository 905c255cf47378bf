// Forwarding one HTTP exchange to the upstream MCP server and streaming its answer back without buffering.
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { decorateMessage, EventStreamDecorator, type DecorateTarget } from "./decorate.js";

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
  /** `url.hostname` without an IPv6 literal's brackets, the Host header, and the request function, resolved once. */
  host: string;
  hostHeader: string;
  send: typeof httpRequest;
}

export function upstreamOf(url: string | URL, timeoutMs: number = DEFAULT_UPSTREAM_TIMEOUT_MS): Upstream {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`the upstream must be an http: or https: URL, got ${parsed.protocol}`);
  // Keep-alive, most recently used socket first (the warm one); no cap on sockets, which track the clients' own
  // concurrency. Idle connections are dropped before a server's usual 5 s keep-alive ends one under a request.
  const pool = { keepAlive: true, scheduling: "lifo" as const, timeout: 4000, maxFreeSockets: 1024 };
  const https = parsed.protocol === "https:";
  return {
    url: parsed,
    timeoutMs,
    agent: https ? new HttpsAgent(pool) : new HttpAgent(pool),
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    hostHeader: parsed.host,
    send: https ? httpsRequest : httpRequest,
  };
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
  /**
   * Send the response headers as soon as they arrive (a standalone event stream, which may stay silent for long).
   * Otherwise they leave with the first bytes of the body, in one write, or after one turn of the event loop.
   */
  flushHeaders?: boolean;
  /** An allowed tools/call: add its decision to the result's `_meta` (JSON body or event stream). */
  decorate?: DecorateTarget;
  /** Called when the upstream failed before its response started; the caller answers the client. */
  onFailure: (error: UpstreamError) => void;
}

/**
 * Sends `req`'s method and allow-listed headers with `body` to the upstream and relays the response as it arrives
 * (JSON and `text/event-stream` alike; an allowed call's JSON answer is read whole to add the decision). A client
 * that goes away aborts the upstream exchange, and an upstream that breaks mid-stream breaks the client's. Resolves
 * when the exchange is over, whichever way it ended.
 */
export function forward(req: IncomingMessage, res: ServerResponse, upstream: Upstream, options: ForwardOptions): Promise<void> {
  // A client that left while its call was being decided gets nothing delivered on its behalf.
  if (res.destroyed || res.writableEnded) return Promise.resolve();
  // A flat [name, value, …] list: node:http writes it as it is (still validating each), without a setHeader call per
  // header; the Host header is then ours to add.
  const headers: string[] = ["host", upstream.hostHeader];
  const incoming = req.headers;
  for (let i = 0; i < FORWARDED_REQUEST_HEADERS.length; i++) {
    const name = FORWARDED_REQUEST_HEADERS[i]!;
    const value: string | string[] | undefined = incoming[name];
    // node:http gives these as one string each (it keeps the first of a repeated Authorization, joins Accept).
    if (value !== undefined) headers.push(name, typeof value === "string" ? value : value.join(", "));
  }
  if (options.body !== undefined) headers.push("content-length", String(options.body.length));
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
    const upstreamReq: ClientRequest = upstream.send({
      protocol: upstream.url.protocol,
      hostname: upstream.host,
      port: upstream.url.port,
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
      // An upstream that breaks off mid-stream breaks the client's stream too, rather than ending it as if complete.
      upstreamRes.on("error", () => res.destroy());
      upstreamRes.on("close", () => {
        if (!upstreamRes.complete) res.destroy();
      });
      relay(upstreamRes, res, options);
    });
    res.on("close", () => {
      // The client went away (or the response ended): nothing more is wanted from the upstream.
      if (!res.writableFinished) upstreamReq.destroy();
      done();
    });
    upstreamReq.end(options.body);
  });
}

/** How the response body goes back: piped as it is, read whole (JSON to decorate) or rewritten event by event. */
function relay(upstreamRes: IncomingMessage, res: ServerResponse, options: ForwardOptions): void {
  const status = upstreamRes.statusCode ?? 502;
  const headers = responseHeaders(upstreamRes);
  const target = options.decorate;
  const type = status === 200 && target !== undefined && identityEncoded(upstreamRes) ? mediaType(upstreamRes) : "";
  if (type === "application/json") {
    relayDecoratedJson(upstreamRes, res, status, headers, target!);
    return;
  }
  res.writeHead(status, headers);
  if (options.flushHeaders === true) res.flushHeaders();
  else setImmediate(flushIfSilent, res);
  if (type === "text/event-stream") {
    const decorator = new EventStreamDecorator(target!);
    upstreamRes.on("data", (chunk: Buffer) => {
      const out = decorator.push(chunk);
      if (out !== undefined && !res.write(out)) upstreamRes.pause();
    });
    res.on("drain", () => upstreamRes.resume());
    upstreamRes.on("end", () => res.end(decorator.end()));
  } else {
    upstreamRes.pipe(res);
  }
}

/** Headers go out on their own only if no body bytes took them along within one turn of the event loop. */
function flushIfSilent(res: ServerResponse): void {
  if (!res.headersSent && !res.destroyed) res.flushHeaders();
}

/**
 * A JSON answer to an allowed call, read whole (up to the bound) and sent in one write with the decision added;
 * one over the bound goes on unchanged, as it streams.
 */
function relayDecoratedJson(upstreamRes: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, target: DecorateTarget): void {
  const chunks: Buffer[] = [];
  let length = 0;
  const onData = (chunk: Buffer): void => {
    length += chunk.length;
    chunks.push(chunk);
    if (length <= target.maxBytes) return;
    upstreamRes.off("data", onData).off("end", onEnd);
    res.writeHead(status, headers);
    for (const c of chunks) res.write(c);
    upstreamRes.pipe(res);
  };
  const onEnd = (): void => {
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
    const out = decorateMessage(body, target) ?? body;
    delete headers["transfer-encoding"];
    headers["content-length"] = String(out.length);
    res.writeHead(status, headers);
    res.end(out);
  };
  upstreamRes.on("data", onData).on("end", onEnd);
}

function identityEncoded(upstreamRes: IncomingMessage): boolean {
  const encoding = upstreamRes.headers["content-encoding"];
  return encoding === undefined || encoding.trim().toLowerCase() === "identity";
}

/** The media type of the response, lower case, without parameters. */
function mediaType(upstreamRes: IncomingMessage): string {
  const type = upstreamRes.headers["content-type"];
  if (type === undefined) return "";
  const semicolon = type.indexOf(";");
  return (semicolon === -1 ? type : type.slice(0, semicolon)).trim().toLowerCase();
}

/** The upstream's response headers minus hop-by-hop ones (and any the upstream's Connection header names). */
function responseHeaders(upstreamRes: IncomingMessage): OutgoingHttpHeaders {
  const all = upstreamRes.headers;
  const named = all["connection"];
  const connection = named === undefined ? undefined : named.toLowerCase().split(",").map((t) => t.trim());
  const out: OutgoingHttpHeaders = {};
  for (const name in all) {
    const value = all[name];
    if (value === undefined || HOP_BY_HOP.has(name) || connection?.includes(name) === true) continue;
    out[name] = value;
  }
  return out;
}
