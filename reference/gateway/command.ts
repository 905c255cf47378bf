// `mcp-trust gateway`: flags → policy, replay store, one gateway per worker; graceful shutdown on SIGTERM/SIGINT.
import cluster from "node:cluster";
import { McpTrustError } from "../common/errors.js";
import { readStrictJson, type JsonValue } from "../common/strict-json.js";
import { loadPolicy, type LoadedPolicy } from "../enforce/policy.js";
import { parseFlags, readFileBytes, requireFlag, UsageError } from "../cli/io.js";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS } from "./body.js";
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from "./proxy.js";
import { createGateway, stderrLog, type GatewayTls } from "./server.js";
import { openReplayStore } from "./store.js";

const MAX_WORKERS = 256;

export interface GatewayFlags {
  upstream: URL;
  policy: LoadedPolicy;
  host: string;
  port: number;
  redis: string | undefined;
  workers: number;
  maxBody: number;
  upstreamTimeoutMs: number;
  requestTimeoutMs: number;
  /** `--tls-cert`, `--tls-key`, `--tls-client-ca`: read once here, so every worker reads them the same way. */
  tls: GatewayTls | undefined;
}

/** `--fail-open` sets the policy's top-level failureMode; a tool's own `failureMode` still wins. */
export function withFailOpen<T>(doc: T): T {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return doc;
  return { ...doc, failureMode: "open" };
}

function readPolicy(path: string, failOpen: boolean): LoadedPolicy {
  let doc: JsonValue;
  try {
    doc = readStrictJson(readFileBytes(path, "policy"), { maxBytes: 4 << 20 }).value;
  } catch (e) {
    if (e instanceof McpTrustError) throw new UsageError(`policy ${path} is not strict JSON: ${e.message}`);
    throw e;
  }
  try {
    const policy = loadPolicy(failOpen ? withFailOpen(doc) : doc);
    for (const r of policy.trustStore.rejected) process.stderr.write(`mcp-trust gateway: key ${r.iss} ${r.kid} (${r.alg}) not loaded: ${r.why}\n`);
    return policy;
  } catch (e) {
    throw new UsageError(`policy ${path}: ${(e as Error).message}`);
  }
}

function integerFlag(value: string | undefined, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${value}`);
  return n;
}

/** `HOST:PORT`, `[IPv6]:PORT` or `:PORT` (loopback). */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(value);
  const port = m === null ? NaN : Number(m[3]);
  if (m === null || port > 65535) throw new UsageError(`--listen must be HOST:PORT, got ${value}`);
  return { host: m[1] ?? (m[2] === "" ? "127.0.0.1" : m[2]!), port };
}

export function parseGatewayFlags(argv: string[]): GatewayFlags {
  const v = parseFlags(argv, {
    upstream: { type: "string" },
    policy: { type: "string" },
    listen: { type: "string" },
    "fail-open": { type: "boolean" },
    redis: { type: "string" },
    workers: { type: "string" },
    "max-body": { type: "string" },
    "upstream-timeout-ms": { type: "string" },
    "request-timeout-ms": { type: "string" },
    "tls-cert": { type: "string" },
    "tls-key": { type: "string" },
    "tls-client-ca": { type: "string" },
  });
  let upstream: URL;
  try {
    upstream = new URL(requireFlag(v, "upstream"));
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(`--upstream is not a URL: ${v.upstream}`);
  }
  if (upstream.protocol !== "http:" && upstream.protocol !== "https:") throw new UsageError("--upstream must be an http: or https: URL");
  if (v.redis !== undefined && !/^rediss?:\/\//.test(v.redis)) throw new UsageError("--redis must be a redis:// or rediss:// URL");
  const { host, port } = parseListen(requireFlag(v, "listen"));
  return {
    upstream,
    policy: readPolicy(requireFlag(v, "policy"), v["fail-open"] === true),
    host,
    port,
    redis: v.redis,
    workers: integerFlag(v.workers, "workers", 1, 1, MAX_WORKERS),
    maxBody: integerFlag(v["max-body"], "max-body", DEFAULT_MAX_BODY_BYTES, 1),
    upstreamTimeoutMs: integerFlag(v["upstream-timeout-ms"], "upstream-timeout-ms", DEFAULT_UPSTREAM_TIMEOUT_MS, 1),
    requestTimeoutMs: integerFlag(v["request-timeout-ms"], "request-timeout-ms", DEFAULT_REQUEST_TIMEOUT_MS, 1),
    tls: readTls(v["tls-cert"], v["tls-key"], v["tls-client-ca"]),
  };
}

function readTls(cert: string | undefined, key: string | undefined, ca: string | undefined): GatewayTls | undefined {
  if (cert === undefined && key === undefined && ca === undefined) return undefined;
  if (cert === undefined || key === undefined) throw new UsageError("--tls-cert and --tls-key go together (and --tls-client-ca needs both)");
  const pem = (path: string, what: string): Buffer => Buffer.from(readFileBytes(path, what));
  return { cert: pem(cert, "TLS certificate"), key: pem(key, "TLS key"), ...(ca === undefined ? {} : { ca: pem(ca, "TLS client CA") }) };
}

/**
 * Resolves on the first SIGTERM or SIGINT. A later signal does not kill the process mid-shutdown (a worker gets
 * SIGINT from the terminal and SIGTERM from its primary); `onRepeat` decides what it does.
 */
function shutdownSignal(onRepeat: () => void = () => {}): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first = true;
    const on = (signal: NodeJS.Signals): void => {
      if (first) resolve(signal);
      else onRepeat();
      first = false;
    };
    process.on("SIGTERM", on).on("SIGINT", on);
  });
}

/** One gateway in this process, until a signal; resolves with the exit code. */
async function serve(flags: GatewayFlags): Promise<number> {
  let reported = false;
  const replayStore = await openReplayStore(flags.redis, (e) => {
    // The store keeps trying every second; one line says so, not one per attempt.
    if (!reported) stderrLog({ event: "replay_store_unavailable", message: `cannot reach Redis (retrying): ${(e as Error).message}` });
    reported = true;
  });
  const gateway = createGateway({
    upstream: flags.upstream,
    policy: flags.policy,
    replayStore,
    maxBodyBytes: flags.maxBody,
    upstreamTimeoutMs: flags.upstreamTimeoutMs,
    requestTimeoutMs: flags.requestTimeoutMs,
    ...(flags.tls === undefined ? {} : { tls: flags.tls }),
  });
  // Single process: a second signal stops waiting for in-flight calls. A worker leaves that to its primary.
  const signal = shutdownSignal(cluster.isWorker ? undefined : () => process.exit(1));
  let url: string;
  try {
    url = await gateway.listen(flags.port, flags.host);
  } catch (e) {
    await replayStore.close();
    throw new UsageError(`cannot listen on ${flags.host}:${flags.port}: ${(e as Error).message}`);
  }
  if (cluster.isPrimary) stderrLog({ event: "listening", url, upstream: flags.upstream.href, replayStore: flags.redis === undefined ? "memory" : "redis" });
  await signal;
  await gateway.close();
  await replayStore.close();
  return 0;
}

/** The primary of `--workers N`: every worker listens on the one shared socket; the primary only supervises. */
async function supervise(flags: GatewayFlags, argv: string[]): Promise<number> {
  if (flags.redis === undefined) {
    process.stderr.write(
      `mcp-trust gateway: WARNING: ${flags.workers} workers with the in-memory replay store: each worker remembers only its own nonces, ` +
        `so a call can be replayed against another worker. Use --redis URL to share one store.\n`,
    );
  }
  // The primary opens the socket and hands it to every worker, which accepts on it directly: no dispatcher.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ args: ["gateway", ...argv] });
  let stopping = false;
  let listening = 0;
  const workers = new Set<number>();
  const fork = (): void => {
    const worker = cluster.fork();
    workers.add(worker.id);
    worker.once("listening", () => {
      if (++listening === flags.workers) stderrLog({ event: "listening", url: `${flags.tls === undefined ? "http" : "https"}://${flags.host.includes(":") ? `[${flags.host}]` : flags.host}:${flags.port}${flags.upstream.pathname}`, workers: flags.workers, replayStore: flags.redis === undefined ? "memory" : "redis" });
    });
    worker.once("exit", (code, signal) => {
      workers.delete(worker.id);
      if (stopping) return;
      stderrLog({ event: "worker_exit", code, signal });
      if (code === 2 && listening === 0) stopping = true; // a configuration error: every replacement would fail too
      else setTimeout(fork, 250).unref();
    });
  };
  for (let i = 0; i < flags.workers; i++) fork();
  await Promise.race([shutdownSignal(), new Promise<void>((resolve) => cluster.on("exit", () => stopping && workers.size === 0 && resolve()))]);
  const failed = stopping;
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  while (workers.size > 0) await new Promise((r) => setTimeout(r, 25));
  return failed ? 2 : 0;
}

/** `mcp-trust gateway …`: in a worker of `--workers N` the same argv arrives again and serves. */
export async function gatewayCommand(argv: string[]): Promise<number> {
  if (cluster.isWorker) {
    let code: number;
    try {
      code = await serve(parseGatewayFlags(argv));
    } catch (e) {
      process.stderr.write(`mcp-trust gateway (worker ${process.pid}): ${e instanceof UsageError ? e.message : ((e as Error).stack ?? String(e))}\n`);
      code = 2;
    }
    // The IPC channel to the primary would keep a stopped worker alive.
    process.exit(code);
  }
  const flags = parseGatewayFlags(argv);
  if (flags.workers > 1) return supervise(flags, argv);
  const code = await serve(flags);
  // A keep-alive socket or a Redis reconnect timer must not keep a stopped gateway alive.
  setTimeout(() => process.exit(code), 1000).unref();
  return code;
}
