// Test and demo fixture: SDK McpServers behind protectTransport over Streamable HTTP, one session per client, on a
// free loopback port. Not part of the library's API.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { createSampleServer, type CallLog } from "../demo/sample-server.js";
import type { Decision } from "../enforce/decision.js";
import type { Enforcer } from "../enforce/enforcer.js";
import { protectTransport } from "./protect-transport.js";

export interface HttpFixtureOptions {
  enforcer: Enforcer;
  onDecision?: (decision: Decision) => void;
  log?: CallLog;
  /** The server each new session gets (default: the sample server writing to `log`). */
  createMcpServer?: (log: CallLog) => McpServer;
  /** Set as `req.auth`, which the SDK passes on as `extra.authInfo`: lets tests see that the wrapper forwards it. */
  authInfo?: AuthInfo;
}

export interface HttpFixture {
  url: URL;
  log: CallLog;
  /** The SDK transports, one per session: the app talks to these, never to the wrappers. */
  transports: Map<string, StreamableHTTPServerTransport>;
  /** The protectTransport wrappers the servers are connected to, by session. */
  wrappers: Map<string, Transport>;
  close(): Promise<void>;
}

/** Starts the fixture; `url` is the MCP endpoint (`/mcp`). */
export async function startHttpFixture(options: HttpFixtureOptions): Promise<HttpFixture> {
  const log = options.log ?? { calls: [] };
  const transports = new Map<string, StreamableHTTPServerTransport>();
  const wrappers = new Map<string, Transport>();
  const servers: McpServer[] = [];
  const http: Server = createServer((req: IncomingMessage & { auth?: AuthInfo }, res) => {
    if (options.authInfo !== undefined) req.auth = options.authInfo;
    const sessionId = req.headers["mcp-session-id"];
    const existing = typeof sessionId === "string" ? transports.get(sessionId) : undefined;
    if (typeof sessionId === "string" && existing === undefined) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Session not found"}}');
      return;
    }
    const serve = async (): Promise<void> => {
      let transport = existing;
      if (transport === undefined) {
        // A request without a session starts one; the transport itself refuses anything but initialize.
        const created: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
          sessionIdGenerator: randomUUID,
          onsessioninitialized: (id) => {
            transports.set(id, created);
            wrappers.set(id, wrapper);
          },
        });
        const wrapper = protectTransport(created, { enforcer: options.enforcer, ...(options.onDecision === undefined ? {} : { onDecision: options.onDecision }) });
        const server = (options.createMcpServer ?? ((l: CallLog) => createSampleServer(l).server))(log);
        servers.push(server);
        await server.connect(wrapper);
        transport = created;
      }
      // The app calls the SDK transport it wrapped, as it would without mcp-trust.
      await transport.handleRequest(req, res);
    };
    serve().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(e));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/mcp`),
    log,
    transports,
    wrappers,
    async close() {
      await Promise.allSettled(servers.map((s) => s.close()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
