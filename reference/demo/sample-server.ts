// A small real MCP server (the official SDK's McpServer) for the demo and for tests of the middleware and gateway.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

/** What the sample tools were called with, in order: lets tests prove a refused call never reached a handler. */
export interface CallLog {
  calls: { tool: string; arguments: unknown }[];
}

export interface SampleServerOptions {
  /** Awaited by every handler after it logged its call and before it answers: lets a test hold a call in flight. */
  beforeAnswer?: (tool: string) => Promise<void>;
}

/**
 * An McpServer with three tools: `delete_file` (the dangerous one), `read_file`, and `ping` (harmless). Input schemas are
 * strict so that the SDK never drops members the attestation committed to.
 */
export function createSampleServer(log: CallLog = { calls: [] }, options: SampleServerOptions = {}): { server: McpServer; log: CallLog } {
  const server = new McpServer({ name: "mcp-trust-sample", version: "0.1.0" });
  server.registerTool(
    "delete_file",
    { description: "Deletes a file (pretend).", inputSchema: z.object({ path: z.string(), recursive: z.boolean().optional() }).strict() },
    async (args) => {
      log.calls.push({ tool: "delete_file", arguments: args });
      await options.beforeAnswer?.("delete_file");
      return { content: [{ type: "text", text: `deleted ${args.path}` }] };
    },
  );
  server.registerTool(
    "read_file",
    { description: "Reads a file (pretend).", inputSchema: z.object({ path: z.string() }).strict() },
    async (args) => {
      log.calls.push({ tool: "read_file", arguments: args });
      await options.beforeAnswer?.("read_file");
      return { content: [{ type: "text", text: `contents of ${args.path}` }] };
    },
  );
  server.registerTool("ping", { description: "Answers pong." }, async () => {
    log.calls.push({ tool: "ping", arguments: {} });
    await options.beforeAnswer?.("ping");
    return { content: [{ type: "text", text: "pong" }] };
  });
  return { server, log };
}
