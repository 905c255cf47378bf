// Forwarding one HTTP exchange to the upstream MCP server and streaming its answer back without buffering.
// The upstream client is an undici Pool driven through its dispatch handler: no ClientRequest/IncomingMessage pair
// and no stream objects per call, which measured ~50 µs less CPU per relayed call than node:http's client here.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { Pool, type Dispatcher } from "undici";
import { decorateMessage, EventStreamDecorator, type DecorateTarget } from "./decorate.js";

/** Request headers the upstream sees; everything else a client sends stays at the gateway. */
export const FORWARDED_REQUEST_HEADERS = ["content-type", "accept", "mcp-session-id", "mcp-protocol-version", "authorization", "last-event-id"] as const;
/** Hop-by-hop response headers (RFC 9110 §7.6.1), which belong to one connection and are never relayed. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"]);

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface Upstream {
  url: URL;
  /** Longest wait for a connection, and then for the upstream's response headers; a stream that has started is not timed. */
  timeoutMs: number;
  /** Keep-alive connections to the upstream's origin; `close()` of the gateway destroys it. */
  pool: Pool;
}

export function upstreamOf(url: string | URL, timeoutMs: number = DEFAULT_UPSTREAM_TIMEOUT_MS): Upstream {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`the upstream must be an http: or https: URL, got ${parsed.protocol}`);
  // One request per connection at a time (no pipelining: a slow answer must not hold up the next); no cap on
  // connections, which track the clients' own concurrency; a free connection is taken in the pool's order, so the
  // warm ones serve first and the rest idle out (4 s, or the server's Keep-Alive hint less 2 s, before a server's
  // usual 5 s ends one under a request). The Host header is the origin's, as undici writes it. `https:` connects
  // with Node's TLS defaults (system CAs plus NODE_EXTRA_CA_CERTS, SNI from the host name).
  const pool = new Pool(parsed.origin, {
    pipelining: 1,
    connections: null,
    keepAliveTimeout: 4000,
    headersTimeout: timeoutMs,
    // An event stream may stay silent for as long as it likes.
    bodyTimeout: 0,
    connect: { timeout: timeoutMs },
  });
  return { url: parsed, timeoutMs, pool };
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
  // A flat [name, value, …] list, which undici takes as it is (still validating each).
  const headers: string[] = [];
  const incoming = req.headers;
  for (let i = 0; i < FORWARDED_REQUEST_HEADERS.length; i++) {
    const name = FORWARDED_REQUEST_HEADERS[i]!;
    const value: string | string[] | undefined = incoming[name];
    // node:http gives these as one string each (it keeps the first of a repeated Authorization, joins Accept).
    if (value !== undefined) headers.push(name, typeof value === "string" ? value : value.join(", "));
  }
  return new Promise<void>((resolve) => {
    const exchange = new Exchange(res, options, upstream.timeoutMs, resolve);
    res.on("close", () => exchange.clientClosed());
    // A Buffer body goes out as it is, with its length as Content-Length (undici writes it; no chunking).
    upstream.pool.dispatch({ path: options.path, method: (req.method ?? "GET") as Dispatcher.HttpMethod, headers, body: options.body ?? null }, exchange);
  });
}

/** How the response body goes back: piped as it is, read whole (JSON to decorate) or rewritten event by event. */
const enum Mode {
  Pipe,
  Json,
  Events,
}

/** One exchange's dispatch handler: undici calls it as the upstream answers; `res` is the client's response. */
class Exchange implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private started = false;
  private settled = false;
  private mode = Mode.Pipe;
  private status = 0;
  private headers: OutgoingHttpHeaders = {};
  private chunks: Buffer[] = [];
  private length = 0;
  private decorator: EventStreamDecorator | undefined;

  constructor(
    private readonly res: ServerResponse,
    private readonly options: ForwardOptions,
    private readonly timeoutMs: number,
    private readonly resolve: () => void,
  ) {}

  /** The client's response closed: done, or (before it finished) the client went away and the upstream is dropped. */
  clientClosed(): void {
    if (!this.res.writableFinished) this.controller?.abort(new Error("the client went away"));
    this.done();
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    // The client left while the request waited for a connection.
    if (this.settled) controller.abort(new Error("the client went away"));
  }

  onResponseStart(controller: Dispatcher.DispatchController, status: number, upstreamHeaders: ResponseHeaders): void {
    this.controller = controller;
    this.started = true;
    const res = this.res;
    const headers = responseHeaders(upstreamHeaders);
    const target = this.options.decorate;
    const type = status === 200 && target !== undefined && identityEncoded(upstreamHeaders) ? mediaType(upstreamHeaders) : "";
    if (type === "application/json") {
      // Read whole (up to the bound) and sent in one write with the decision added, at the end.
      this.mode = Mode.Json;
      this.status = status;
      this.headers = headers;
      return;
    }
    res.writeHead(status, headers);
    if (this.options.flushHeaders === true) res.flushHeaders();
    else setImmediate(flushIfSilent, res);
    if (type === "text/event-stream") {
      this.mode = Mode.Events;
      this.decorator = new EventStreamDecorator(target!);
    }
    res.on("drain", () => controller.resume());
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    let out: Buffer | undefined = chunk;
    if (this.mode === Mode.Json) {
      this.length += chunk.length;
      this.chunks.push(chunk);
      if (this.length <= this.options.decorate!.maxBytes) return;
      // Over the bound: it goes on unchanged, as it streams.
      this.mode = Mode.Pipe;
      this.res.writeHead(this.status, this.headers);
      this.res.on("drain", () => controller.resume());
      const held = this.chunks;
      this.chunks = [];
      for (let i = 0; i < held.length - 1; i++) this.res.write(held[i]);
    } else if (this.mode === Mode.Events) out = this.decorator!.push(chunk);
    if (out !== undefined && !this.res.write(out)) controller.pause();
  }

  onResponseEnd(): void {
    const res = this.res;
    if (this.mode === Mode.Json) {
      const target = this.options.decorate!;
      const body = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.length);
      const out = decorateMessage(body, target) ?? body;
      const headers = this.headers;
      delete headers["transfer-encoding"];
      headers["content-length"] = String(out.length);
      res.writeHead(this.status, headers);
      res.end(out);
    } else if (this.mode === Mode.Events) res.end(this.decorator!.end());
    else res.end();
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.settled) return;
    // An upstream that breaks off mid-stream breaks the client's stream too, rather than ending it as if complete.
    if (this.started || this.res.headersSent) this.res.destroy();
    else this.options.onFailure(upstreamError(error, this.timeoutMs));
    this.done();
  }

  private done(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolve();
  }
}

/** undici's error as the gateway reports it: no connection or no headers in time is `timeout`, the rest `error`. */
function upstreamError(error: Error, timeoutMs: number): UpstreamError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT") {
    return new UpstreamError("timeout", `the upstream sent no response within ${timeoutMs} ms (${code})`, { cause: error });
  }
  // A socket error's own cause (ECONNRESET and the like) says more than undici's wrapper code.
  const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
  return new UpstreamError("error", `the upstream is unreachable: ${code ?? error.message}${cause?.code === undefined ? "" : ` (${cause.code})`}`, { cause: error });
}

/** Headers go out on their own only if no body bytes took them along within one turn of the event loop. */
function flushIfSilent(res: ServerResponse): void {
  if (!res.headersSent && !res.destroyed) res.flushHeaders();
}

/** One value of a header undici may give as a list (a repeated header line): the first, as node:http keeps it. */
function first(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" || value === undefined ? value : value[0];
}

function identityEncoded(headers: ResponseHeaders): boolean {
  const encoding = headers["content-encoding"];
  if (encoding === undefined) return true;
  const all = typeof encoding === "string" ? [encoding] : encoding;
  return all.every((e) => e.trim().toLowerCase() === "identity");
}

/** The media type of the response, lower case, without parameters. */
function mediaType(headers: ResponseHeaders): string {
  const type = first(headers["content-type"]);
  if (type === undefined) return "";
  const semicolon = type.indexOf(";");
  return (semicolon === -1 ? type : type.slice(0, semicolon)).trim().toLowerCase();
}

/** The upstream's response headers minus hop-by-hop ones (and any the upstream's Connection header names). */
function responseHeaders(all: ResponseHeaders): OutgoingHttpHeaders {
  const named = all["connection"];
  const connection = named === undefined ? undefined : (typeof named === "string" ? named : named.join(",")).toLowerCase().split(",").map((t) => t.trim());
  const out: OutgoingHttpHeaders = {};
  for (const name in all) {
    const value = all[name];
    if (value === undefined || HOP_BY_HOP.has(name) || connection?.includes(name) === true) continue;
    out[name] = value;
  }
  return out;
}
