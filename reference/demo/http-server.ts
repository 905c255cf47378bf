// The sample MCP server behind the SDK's StreamableHTTPServerTransport on loopback, with stateful sessions: the
// upstream of the demo and of the gateway's tests. Not part of the library's API.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createSampleServer, type CallLog, type SampleServerOptions } from "./sample-server.js";

export interface SampleHttpServer {
  /** The MCP endpoint, e.g. `http://127.0.0.1:41234/mcp`. */
  url: string;
  port: number;
  /** Every call any session's handlers ran, in order. */
  log: CallLog;
  /** The McpServer of each live session, by session id (to send server-initiated notifications in tests). */
  sessions: ReadonlyMap<string, McpServer>;
  close(): Promise<void>;
}

export interface SampleHttpServerOptions extends SampleServerOptions {
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  path?: string;
  /** Answer POSTs with one JSON body instead of an event stream (the transport's `enableJsonResponse`). */
  jsonResponse?: boolean;
}

/** Starts the sample server; one McpServer and transport per session, all sharing one call log. */
export async function startSampleHttpServer(options: SampleHttpServerOptions = {}): Promise<SampleHttpServer> {
  const log: CallLog = { calls: [] };
  const path = options.path ?? "/mcp";
  const transports = new Map<string, StreamableHTTPServerTransport>();
  const sessions = new Map<string, McpServer>();
  const http: Server = createServer((req, res) => {
    void (async () => {
      if (new URL(req.url ?? "/", "http://localhost").pathname !== path) {
        res.writeHead(404).end();
        return;
      }
      const sid = req.headers["mcp-session-id"];
      let transport = typeof sid === "string" ? transports.get(sid) : undefined;
      if (transport === undefined) {
        if (sid !== undefined || req.method !== "POST") {
          res.writeHead(sid === undefined ? 400 : 404, { "content-type": "application/json" });
          res.end(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32000, message: sid === undefined ? "no session" : "session not found" } }));
          return;
        }
        // A POST without a session: the transport itself refuses anything but initialize.
        const { server } = createSampleServer(log, options);
        const fresh: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          enableJsonResponse: options.jsonResponse === true,
          onsessioninitialized: (id) => {
            transports.set(id, fresh);
            sessions.set(id, server);
          },
          onsessionclosed: (id) => {
            transports.delete(id);
            sessions.delete(id);
          },
        });
        await server.connect(fresh);
        transport = fresh;
      }
      await transport.handleRequest(req, res);
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(e));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = http.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}${path}`,
    port,
    log,
    sessions,
    async close() {
      for (const t of transports.values()) await t.close().catch(() => {});
      transports.clear();
      sessions.clear();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
