// The gateway: a node:http reverse proxy that decides every tools/call by the policy before the upstream sees it.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import type { Decision } from "../../generated/types/decision.js";
import type { ReplayStore } from "../common/replay.js";
import { Enforcer } from "../enforce/enforcer.js";
import type { LoadedPolicy } from "../enforce/policy.js";
import { BodyError, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS, readBody } from "./body.js";
import { DEFAULT_MAX_DECORATED_BYTES, type DecorateTarget } from "./decorate.js";
import { inspectMessage, type JsonRpcId } from "./inspect.js";
import { DEFAULT_UPSTREAM_TIMEOUT_MS, forward, upstreamOf, type Upstream, type UpstreamError } from "./proxy.js";
import { sendHttpError, sendRefusal } from "./replies.js";

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export interface GatewayOptions {
  /** The upstream MCP endpoint (Streamable HTTP), e.g. `http://127.0.0.1:3000/mcp`; the gateway serves the same path. */
  upstream: string | URL;
  policy: LoadedPolicy;
  /** Consumed nonces (default: in memory, this process only). A fleet shares one Redis. */
  replayStore?: ReplayStore;
  /** Default 1 MiB + 64 KiB; a larger POST body is refused with 413 `limit_exceeded`. */
  maxBodyBytes?: number;
  /** Default 30 s for the client to send its whole request; then 408. */
  requestTimeoutMs?: number;
  /** Default 30 s for the upstream's response headers; then 502 `upstream_unavailable`. */
  upstreamTimeoutMs?: number;
  /**
   * Default 8 MiB: the largest JSON answer (or event) to an allowed call that gets the decision added to its
   * `result._meta`; a larger one goes to the client unchanged.
   */
  maxDecoratedBytes?: number;
  /** Default 10 s for in-flight exchanges to finish on shutdown. */
  shutdownGraceMs?: number;
  /** One structured log entry (a bypass, an upstream failure); default: one JSON line on stderr. */
  log?: (entry: Record<string, unknown>) => void;
  /** Epoch milliseconds, for the enforcer's clock; default Date.now. */
  now?: () => number;
  /**
   * Listen on HTTPS (PEM `cert` and `key`): client certificates are requested, so that an `mtls` agent identity can be
   * bound to the connection's certificate. With `ca`, a presented certificate counts only if it chains to it.
   */
  tls?: GatewayTls;
}

export interface GatewayTls {
  cert: string | Buffer;
  key: string | Buffer;
  ca?: string | Buffer;
}

export interface Gateway {
  readonly server: Server;
  readonly enforcer: Enforcer;
  /** Starts listening; resolves with the gateway's MCP endpoint URL. */
  listen(port: number, host?: string): Promise<string>;
  /**
   * Graceful shutdown: stops accepting, ends standalone event streams (clients reconnect elsewhere with
   * Last-Event-ID), lets in-flight exchanges finish for up to `shutdownGraceMs`, then drops whatever is left.
   */
  close(): Promise<void>;
}

export function stderrLog(entry: Record<string, unknown>): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}

interface Exchange {
  res: ServerResponse;
  /** A GET at the MCP endpoint: a standalone event stream, open until one side ends it. */
  stream: boolean;
}

export function createGateway(options: GatewayOptions): Gateway {
  const upstream: Upstream = upstreamOf(options.upstream, options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS);
  const mcpPath = upstream.url.pathname;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const log = options.log ?? stderrLog;
  const enforcer = new Enforcer(options.policy, {
    ...(options.replayStore === undefined ? {} : { replayStore: options.replayStore }),
    ...(options.now === undefined ? {} : { now: options.now }),
    onBypass: (decision: Decision) => log({ event: "bypass", decision }),
  });
  const exchanges = new Set<Exchange>();
  let closing: Promise<void> | undefined;

  const upstreamFailed = (res: ServerResponse, id: JsonRpcId) => (error: UpstreamError) => {
    log({ event: "upstream_unavailable", failure: error.failure, message: error.message });
    sendRefusal(res, id, "upstream_unavailable", { message: error.message });
  };

  const pathOf = (target: URL): string => `${mcpPath}${target.search === "" ? upstream.url.search : target.search}`;
  const mcpUpstreamPath = `${mcpPath}${upstream.url.search}`;
  const maxDecorated = options.maxDecoratedBytes ?? DEFAULT_MAX_DECORATED_BYTES;

  async function handlePost(req: IncomingMessage, res: ServerResponse, path: string, started: number): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, maxBody, started + requestTimeout);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      if (e.failure === "too_large") sendRefusal(res, null, "limit_exceeded", { message: e.message, close: true, status: 413 });
      else if (e.failure === "timeout") sendHttpError(res, 408, e.message, { close: true });
      else res.destroy();
      return;
    }
    const message = inspectMessage(body, maxBody);
    if (message.kind === "refuse") {
      sendRefusal(res, message.id, message.reason, { message: message.message });
      return;
    }
    let decorate: DecorateTarget | undefined;
    if (message.kind === "tools/call") {
      // The raw header lines, duplicates kept: Node's req.headers joins a repeated MCP-* header into one value.
      const clientCertificateSha256 = clientCertificateOf(req);
      const { decision, outcome, transport, challenge } = await enforcer.decide(message.params, message.id, message.nonIntegerNumbers, {
        headers: req.rawHeaders,
        ...(clientCertificateSha256 === undefined ? {} : { clientCertificateSha256 }),
      });
      if (decision.decision !== "allow") {
        const rejected = outcome?.verdict === "reject" ? outcome : transport;
        sendRefusal(res, message.id, decision.reason ?? "request_malformed", {
          ...(rejected?.message === undefined ? {} : { message: rejected.message }),
          ...(rejected?.pointer === undefined ? {} : { pointer: rejected.pointer }),
          ...(challenge === undefined ? {} : { challenge }),
          decision,
        });
        return;
      }
      if (message.id !== null) decorate = { id: message.id, decision, maxBytes: maxDecorated };
    }
    // The bytes verified are the bytes the upstream reads.
    await forward(req, res, upstream, { path, body, ...(decorate === undefined ? {} : { decorate }), onFailure: upstreamFailed(res, message.id) });
  }

  async function handle(req: IncomingMessage, res: ServerResponse, exchange: Exchange): Promise<void> {
    const started = Date.now();
    const method = req.method ?? "";
    const raw = req.url ?? "/";
    // The MCP endpoint itself, as every client writes it, needs no parsing; anything else is normalised first.
    let path: string;
    if (raw === mcpPath) path = mcpUpstreamPath;
    else {
      const target = new URL(raw, "http://gateway.invalid");
      if (target.pathname !== mcpPath) {
        // Discovery documents (OAuth protected-resource metadata and the like) are read-only and carry no calls.
        if ((method === "GET" || method === "HEAD") && target.pathname.startsWith("/.well-known/")) {
          req.resume();
          await forward(req, res, upstream, { path: `${target.pathname}${target.search}`, onFailure: upstreamFailed(res, null) });
        } else {
          sendHttpError(res, 404, "not found: the gateway serves the MCP endpoint only", { close: !req.complete });
        }
        return;
      }
      path = pathOf(target);
    }
    switch (method) {
      case "POST":
        return handlePost(req, res, path, started);
      case "GET":
      case "DELETE":
      case "HEAD":
      case "OPTIONS":
        // No body is forwarded with these: whatever a client sends with them is read and dropped.
        req.resume();
        exchange.stream = method === "GET";
        return forward(req, res, upstream, { path, flushHeaders: method === "GET", onFailure: upstreamFailed(res, null) });
      default:
        sendHttpError(res, 405, "method not allowed", { close: !req.complete, headers: { allow: "GET, POST, DELETE" } });
    }
  }

  /**
   * The RFC 8705 x5t#S256 of the TLS client certificate, if one was presented (and, with a client CA, chains to it).
   * Without a CA the chain is not checked: the token's cnf binding to this exact certificate is the proof.
   */
  function clientCertificateOf(req: IncomingMessage): string | undefined {
    if (options.tls === undefined) return undefined;
    const socket = req.socket as TLSSocket;
    const raw = socket.getPeerCertificate().raw as Buffer | undefined;
    if (raw === undefined || raw.length === 0) return undefined;
    if (options.tls.ca !== undefined && !socket.authorized) return undefined;
    return createHash("sha256").update(raw).digest("base64url");
  }

  const listener: RequestListener = (req, res) => {
    if (closing !== undefined) {
      sendHttpError(res, 503, "the gateway is shutting down", { close: true, headers: { "retry-after": "1" } });
      return;
    }
    const exchange: Exchange = { res, stream: false };
    exchanges.add(exchange);
    res.on("close", () => exchanges.delete(exchange));
    handle(req, res, exchange).catch((e: unknown) => {
      // A bug, never a verdict: the call was not forwarded.
      log({ event: "internal_error", message: (e as Error)?.stack ?? String(e) });
      sendHttpError(res, 500, "internal error", { close: true });
    });
  };
  const timeouts = { requestTimeout: requestTimeout + 1000, headersTimeout: Math.min(requestTimeout, 60_000) };
  const tls = options.tls;
  // rejectUnauthorized false: a client without a certificate (or, without a CA, any certificate) still connects;
  // only an `mtls` identity needs one, and it is refused there with key_binding_mismatch.
  const server: Server =
    tls === undefined
      ? createServer(timeouts, listener)
      : createHttpsServer({ ...timeouts, cert: tls.cert, key: tls.key, ...(tls.ca === undefined ? {} : { ca: tls.ca }), requestCert: true, rejectUnauthorized: false }, listener);

  async function shutdown(): Promise<void> {
    server.close();
    server.closeIdleConnections();
    for (const { res, stream } of exchanges) {
      if (stream) res.destroy();
      else if (!res.headersSent) res.setHeader("connection", "close");
    }
    const deadline = Date.now() + (options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
    while (exchanges.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    server.closeAllConnections();
    // Whatever is still in flight upstream is dropped with its connections.
    await upstream.pool.destroy();
  }

  return {
    server,
    enforcer,
    listen(port, host = "127.0.0.1") {
      return new Promise<string>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const { address, port: bound } = server.address() as AddressInfo;
          resolve(`${tls === undefined ? "http" : "https"}://${address.includes(":") ? `[${address}]` : address}:${bound}${mcpPath}${upstream.url.search}`);
        });
      });
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
