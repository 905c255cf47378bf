/**
 * The load generator's HTTP side: raw POSTs of pre-built JSON-RPC bodies over keep-alive node:http agents, the MCP
 * session handshake, and the signed `tools/call` bodies (signed before any timed phase: signing is the agent's cost,
 * not the gateway's).
 */
import type { KeyObject } from "node:crypto";
import { Agent, request } from "node:http";
import { attachAttestation, identityProjection, signAttestation } from "../../reference/attestation/index.js";
import type { JsonValue } from "../../reference/common/index.js";

/** An MCP endpoint with a live session: the sample server directly, or a gateway in front of it. */
export interface Target {
  url: string;
  sessionId: string;
  protocolVersion: string;
}

export interface Reply {
  status: number;
  text: string;
}

export const PROTOCOL_VERSION = "2025-06-18";
export const REQUEST_TIMEOUT_MS = 10_000;

export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
}

export function headersFor(target: Pick<Target, "sessionId" | "protocolVersion"> | undefined): Record<string, string> {
  return {
    "content-type": "application/json",
    accept: "application/json, text/event-stream",
    ...(target === undefined ? {} : { "mcp-session-id": target.sessionId, "mcp-protocol-version": target.protocolVersion }),
  };
}

/** POSTs `body` and reads the whole response. */
export function post(agent: Agent, url: URL, headers: Record<string, string>, body: Buffer): Promise<Reply> {
  return send(agent, url, headers, body, false).reply;
}

/**
 * Like {@link post}, but writes all of `body` except its last byte, and sends that byte only when `release` is
 * called: the server cannot finish reading any of a batch of held requests before the batch is released.
 */
export function postHeld(agent: Agent, url: URL, headers: Record<string, string>, body: Buffer): { reply: Promise<Reply>; release: () => void } {
  return send(agent, url, headers, body, true);
}

function send(agent: Agent, url: URL, headers: Record<string, string>, body: Buffer, hold: boolean): { reply: Promise<Reply>; release: () => void } {
  let release = (): void => {};
  const reply = new Promise<Reply>((resolve, reject) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: "POST", headers: { ...headers, "content-length": String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.once("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.once("error", reject);
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no response within ${REQUEST_TIMEOUT_MS} ms`)));
    req.once("error", reject);
    if (hold) {
      req.write(body.subarray(0, body.length - 1));
      release = () => void req.end(body.subarray(body.length - 1));
    } else req.end(body);
  });
  return { reply, release };
}

/** The JSON-RPC message of a JSON body or of the first `data:` line of an event stream. */
export function messageOf(text: string): Record<string, unknown> | undefined {
  const data = text.startsWith("{") ? text : text.split("\n").find((l) => l.startsWith("data: ") && l.length > 6)?.slice(6);
  try {
    return data === undefined ? undefined : (JSON.parse(data) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

/** What a tools/call reply was: `ok` (a result, not an error result) or why not. */
export function outcomeOf(r: Reply): string {
  const m = messageOf(r.text);
  if (r.status === 200 && m !== undefined && typeof m["result"] === "object" && (m["result"] as { isError?: boolean }).isError !== true) return "ok";
  const reason = ((m?.["error"] as { data?: { reason?: unknown } } | undefined)?.data?.reason);
  return `HTTP ${r.status}${typeof reason === "string" ? ` ${reason}` : m?.["error"] !== undefined ? " JSON-RPC error" : ""}`;
}

/** A request that got no reply, as an error kind (`client ECONNRESET`, …). */
export function clientErrors(e: Error): string {
  return `client ${(e as NodeJS.ErrnoException).code ?? e.message}`;
}

/** initialize + notifications/initialized at `url` (the sample server directly, or through a gateway). */
export async function openSession(agent: Agent, url: string): Promise<Target> {
  const u = new URL(url);
  const init = Buffer.from(JSON.stringify({
    jsonrpc: "2.0", id: 0, method: "initialize",
    params: { protocolVersion: PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: "mcp-trust-gateway-bench", version: "0.0.0" } },
  }));
  const sessionId = await new Promise<string>((resolve, reject) => {
    const req = request({ agent, hostname: u.hostname, port: u.port, path: u.pathname + u.search, method: "POST", headers: { ...headersFor(undefined), "content-length": String(init.length) } }, (res) => {
      const sid = res.headers["mcp-session-id"];
      res.resume();
      res.once("end", () => (res.statusCode === 200 && typeof sid === "string" ? resolve(sid) : reject(new Error(`initialize at ${url}: HTTP ${res.statusCode}, session ${String(sid)}`))));
    });
    req.once("error", reject);
    req.end(init);
  });
  const target: Target = { url, sessionId, protocolVersion: PROTOCOL_VERSION };
  const initialized = await post(agent, u, headersFor(target), Buffer.from(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" })));
  if (initialized.status !== 202) throw new Error(`notifications/initialized at ${url}: HTTP ${initialized.status} ${initialized.text}`);
  return target;
}

export interface SignerConfig {
  key: KeyObject;
  kid: string;
  iss: string;
  fingerprint: string;
}

let nextRequestId = 1;

/** One `tools/call` of `delete_file` for `path`, with a freshly signed attestation (a new random nonce). */
export function signedCall(signer: SignerConfig, path: string): Buffer {
  const args = { path };
  const envelope = signAttestation({
    alg: "ES256", key: signer.key, iss: signer.iss, sub: "agent:bench", secretVersion: signer.kid, intent: "gateway benchmark",
    toolCalls: [{ name: "delete_file", serverFingerprint: signer.fingerprint, argsProjection: identityProjection(args) }],
  });
  // Request ids stay distinct within the process: the server's transport maps in-flight requests of a session by id.
  const params = { name: "delete_file", arguments: args, _meta: attachAttestation(undefined, envelope as unknown as JsonValue) };
  return Buffer.from(JSON.stringify({ jsonrpc: "2.0", id: nextRequestId++, method: "tools/call", params }));
}

/** `count` distinct signed calls (distinct paths, ids and nonces). */
export function signedCalls(signer: SignerConfig, count: number, label: string): Buffer[] {
  const out: Buffer[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = signedCall(signer, `/bench/${label}/${i}`);
  return out;
}

/** An unsigned `ping` call (the policy requires no evidence for it): used to open connections before a race. */
export function pingCall(): Buffer {
  return Buffer.from(JSON.stringify({ jsonrpc: "2.0", id: nextRequestId++, method: "tools/call", params: { name: "ping", arguments: {} } }));
}
