/**
 * `node [--cpu-prof] dist/bench/gateway/profile.js [--seconds=N] [--warmup=N] [--connections=N] [--upstream=minimal|sdk]`:
 * one gateway in this process (nothing else runs here), the upstream (minimal by default) and the load generator in children, closed-loop
 * signed `delete_file` calls through the gateway. Prints the gateway's CPU time per call (`process.cpuUsage` delta ÷
 * calls), and with `--cpu-prof` leaves a profile of the gateway alone, without the harness in it. To compare builds,
 * or the gateway with the bare relay, on a busy machine: compare.js.
 */
import { readFileSync } from "node:fs";
import { createGateway } from "../../reference/gateway/index.js";
import { loadPolicy } from "../../reference/enforce/index.js";
import { readStrictJson } from "../../reference/common/index.js";
import type { ClosedLoopResult } from "./load.js";
import { session, startPeers, upstreamKind } from "./peers.js";
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
const peers = await startPeers(upstreamKind(process.argv.find((a) => a.startsWith("--upstream="))?.slice("--upstream=".length)));
try {
  const policy = loadPolicy(readStrictJson(readFileSync(peers.policyPath), { maxBytes: 1 << 20 }).value);
  const gateway = createGateway({ upstream: peers.upstreamUrl, policy });
  const url = await gateway.listen(0, "127.0.0.1");
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
  await gateway.close();
} finally {
  await stopAll();
  peers.cleanup();
}
process.exit(0);
