/**
 * `node [--cpu-prof] dist/bench/gateway/profile.js [--seconds=N] [--warmup=N] [--connections=N] [--bare]`: one
 * gateway in this process (nothing else runs here), the sample MCP server and the load generator in children,
 * closed-loop signed `delete_file` calls through the gateway. Prints the gateway's CPU time per call
 * (`process.cpuUsage` delta ÷ calls), so that a change to the gateway can be measured on its own, and a CPU profile
 * of the gateway alone can be taken without the harness in it. `--bare` runs instead the least a node:http reverse
 * proxy can do (read the body, forward it over a keep-alive agent, pipe the answer back): the floor under the
 * gateway's cost on this machine, with no reading, deciding or rewriting.
 */
import { readFileSync } from "node:fs";
import { Agent, createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createGateway } from "../../reference/gateway/index.js";
import { loadPolicy } from "../../reference/enforce/index.js";
import { readStrictJson } from "../../reference/common/index.js";
import type { ClosedLoopResult } from "./load.js";
import { session, startPeers } from "./peers.js";
import { ask, stopAll } from "./procs.js";

function numberFlag(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = hit === undefined ? fallback : Number(hit.split("=")[1]);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
  return n;
}

const seconds = numberFlag("seconds", 5);
const warmup = numberFlag("warmup", 8);
const connections = numberFlag("connections", 8);
const bare = process.argv.includes("--bare");

/** The bare proxy: no checks, no header filtering, no timeouts. Resolves with its MCP endpoint URL. */
async function bareProxy(upstreamUrl: string): Promise<{ url: string; close: () => void }> {
  const up = new URL(upstreamUrl);
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const headers: IncomingHttpHeaders = { ...req.headers, "content-length": String(body.length) };
      delete headers.host;
      delete headers.connection;
      const out = request({ hostname: up.hostname, port: up.port, path: req.url, method: req.method, headers, agent }, (r) => {
        const h = { ...r.headers };
        delete h.connection;
        delete h["transfer-encoding"];
        delete h["keep-alive"];
        res.writeHead(r.statusCode ?? 502, h);
        r.pipe(res);
      });
      out.on("error", () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${up.pathname}`, close: () => { server.closeAllConnections(); server.close(); agent.destroy(); } };
}

const peers = await startPeers();
try {
  const policy = loadPolicy(readStrictJson(readFileSync(peers.policyPath), { maxBytes: 1 << 20 }).value);
  let url: string;
  let close: () => Promise<void>;
  if (bare) {
    const proxy = await bareProxy(peers.upstreamUrl);
    url = proxy.url;
    close = async () => proxy.close();
  } else {
    const gateway = createGateway({ upstream: peers.upstreamUrl, policy });
    url = await gateway.listen(0, "127.0.0.1");
    close = () => gateway.close();
  }
  console.log(bare ? "bare node:http proxy (no gateway)" : "gateway (1 process, memory store)");
  const target = await session(peers, url);
  const closed = (s: number): Promise<ClosedLoopResult> =>
    ask<ClosedLoopResult>(peers.loadgen, { cmd: "closed", target, connections, warmupS: 0.2, seconds: s, bodies: Math.ceil(s * 3000) });
  for (let i = 0; i < 3; i++) {
    // Warm-up in chunks, printed: the JIT settles over several seconds on a busy machine.
    const c0 = process.cpuUsage();
    const r = await closed(warmup / 3);
    const c = process.cpuUsage(c0);
    console.log(`warm-up ${i + 1}: ${r.throughput} req/s, gateway CPU ${Math.round((c.user + c.system) / r.bodiesUsed)} µs/call`);
  }
  await ask(peers.upstream, { cmd: "reset" });
  const c0 = process.cpuUsage();
  const r = await closed(seconds);
  const c = process.cpuUsage(c0);
  const per = (us: number): number => Math.round(us / r.bodiesUsed);
  console.log(
    `measured: ${r.bodiesUsed} calls, ${r.throughput} req/s, ${r.errors} errors, p50 ${r.latency.p50Ms} ms, p99 ${r.latency.p99Ms} ms; ` +
      `gateway CPU ${per(c.user + c.system)} µs/call (user ${per(c.user)}, system ${per(c.system)})`,
  );
  if (r.errors > 0) console.log(JSON.stringify(r.errorKinds));
  await close();
} finally {
  await stopAll();
  peers.cleanup();
}
process.exit(0);
