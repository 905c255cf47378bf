/**
 * Child process: the sample MCP server (the SDK's McpServer behind StreamableHTTPServerTransport, stateful sessions)
 * on a free loopback port, alone in its process so that the gateway's process holds only the gateway.
 *
 * IPC: sends `{ ready: url }` once listening; answers `{ id, cmd: "calls", path }` with how many `delete_file` calls
 * with that `path` reached a handler, and `{ id, cmd: "reset" }` by clearing the call log. Exits on SIGTERM or when
 * the parent goes away.
 */
import { startSampleHttpServer } from "../../reference/demo/http-server.js";

const sample = await startSampleHttpServer({ host: "127.0.0.1", port: 0 });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await sample.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => {}); // the parent decides when this process stops
process.on("disconnect", () => void stop());

process.on("message", (m: { id: number; cmd: string; path?: string }) => {
  if (m.cmd === "calls") {
    const result = sample.log.calls.filter((c) => c.tool === "delete_file" && (c.arguments as { path?: string }).path === m.path).length;
    process.send!({ id: m.id, result });
  } else if (m.cmd === "reset") {
    // The log holds one entry per call: a long run would otherwise grow it by some 100 000 entries.
    sample.log.calls.length = 0;
    process.send!({ id: m.id, result: null });
  } else {
    process.send!({ id: m.id, error: `unknown command ${m.cmd}` });
  }
});

process.send!({ ready: sample.url });
