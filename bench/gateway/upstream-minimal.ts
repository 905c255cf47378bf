/**
 * Child process: the bench's default upstream (`--upstream=minimal`), a stand-in MCP server speaking the JSON-response
 * subset of Streamable HTTP on a free loopback port — not the product, and not a general MCP server.
 *
 * Why it exists: the SDK sample server (upstream.ts, `--upstream=sdk`) costs 1.2–1.9 ms of CPU per call here, more
 * than the gateway, so it cannot serve 1 000 req/s on the one core left beside a pinned gateway: with it, the direct
 * path itself saturates and the added latency at 1 000 req/s cannot be measured. This one costs about 0.1–0.2 ms.
 *
 * Speaks: POST `initialize` → a JSON result (protocolVersion, capabilities.tools, serverInfo) and a fresh
 * `Mcp-Session-Id`; any other POST needs a known session (unknown → 404, missing → 400); notifications and responses
 * → 202; `tools/call` of `delete_file` or `ping` → a text result as `application/json` with Content-Length; anything
 * else → a JSON-RPC error. Bodies are read with JSON.parse.
 *
 * IPC, as upstream.ts: sends `{ ready: url }` once listening; answers `{ id, cmd: "calls", path }` with how many
 * `delete_file` calls with that `path` it served, and `{ id, cmd: "reset" }` by clearing that count. Exits on SIGTERM or
 * when the parent goes away.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const PATH = "/mcp";
const PROTOCOL_VERSION = "2025-06-18";
const sessions = new Set<string>();
/** delete_file calls by path: the replay race checks that exactly one call with its path got here. */
let deleted = new Map<string, number>();

type Message = { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: { name?: unknown; arguments?: { path?: unknown } } };

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function rpcError(res: ServerResponse, status: number, id: unknown, code: number, message: string): void {
  json(res, status, { jsonrpc: "2.0", id: id ?? null, error: { code, message } });
}

function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  let m: Message;
  try {
    m = JSON.parse(body.toString("utf8")) as Message;
  } catch {
    return rpcError(res, 400, null, -32700, "Parse error");
  }
  if (typeof m !== "object" || m === null || Array.isArray(m) || m.jsonrpc !== "2.0") return rpcError(res, 400, null, -32600, "Invalid Request (no batches here)");
  if (m.method === "initialize" && m.id !== undefined) {
    const sid = randomUUID();
    sessions.add(sid);
    return json(res, 200, {
      jsonrpc: "2.0", id: m.id,
      result: { protocolVersion: PROTOCOL_VERSION, capabilities: { tools: {} }, serverInfo: { name: "mcp-trust-bench-minimal-upstream", version: "0.0.0" } },
    }, { "mcp-session-id": sid });
  }
  const sid = req.headers["mcp-session-id"];
  if (typeof sid !== "string") return rpcError(res, 400, m.id, -32000, "Bad Request: Mcp-Session-Id header is required");
  if (!sessions.has(sid)) return rpcError(res, 404, m.id, -32001, "Session not found");
  if (m.id === undefined) {
    // A notification (or a response to the server, which never asks anything): accepted, no body.
    res.writeHead(202, { "content-length": "0" });
    return void res.end();
  }
  if (m.method !== "tools/call") return rpcError(res, 200, m.id, -32601, `Method not found: ${String(m.method)}`);
  const name = m.params?.name;
  let text: string;
  if (name === "delete_file") {
    const path = m.params?.arguments?.path;
    if (typeof path !== "string") return rpcError(res, 200, m.id, -32602, "delete_file needs a string path");
    deleted.set(path, (deleted.get(path) ?? 0) + 1);
    text = `deleted ${path}`;
  } else if (name === "ping") text = "pong";
  else return rpcError(res, 200, m.id, -32602, `Unknown tool: ${String(name)}`);
  json(res, 200, { jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text }] } });
}

const server = createServer((req, res) => {
  if ((req.url ?? "").split("?", 1)[0] !== PATH) return rpcError(res, 404, null, -32000, "Not found");
  if (req.method !== "POST") {
    res.writeHead(405, { allow: "POST", "content-length": "0" });
    return void res.end();
  }
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => handle(req, res, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
});

await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections();
  server.close(() => process.exit(0));
}
process.on("SIGTERM", stop);
process.on("SIGINT", () => {}); // the parent decides when this process stops
process.on("disconnect", stop);

process.on("message", (m: { id: number; cmd: string; path?: string }) => {
  if (m.cmd === "calls") process.send!({ id: m.id, result: deleted.get(m.path ?? "") ?? 0 });
  else if (m.cmd === "reset") {
    deleted = new Map();
    process.send!({ id: m.id, result: null });
  } else process.send!({ id: m.id, error: `unknown command ${m.cmd}` });
});

process.send!({ ready: url });
