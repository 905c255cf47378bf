/**
 * `node dist/bench/gateway/compare.js [--gateway NAME=PATH/bin/mcp-trust.js]… [--bare] [--rounds=N] [--warm=N]
 * [--seconds=N] [--connections=N] [--upstream=minimal|sdk]`: the gateway's CPU time per call, for several builds side by side (the current
 * one by default, and any other `mcp-trust.js` — e.g. a build of the previous commit) and, with `--bare`, for the
 * least a proxy on the gateway's stack does (bare-proxy.js): each a process of its own in front of one upstream (the minimal
 * stand-in by default, the SDK sample server with --upstream=sdk), driven in
 * closed-loop chunks that alternate between them, round after round. On a machine shared with other work, a slow
 * spell then falls on every candidate alike, and their ratio holds where absolute figures do not. Not a test.
 */
import { fileURLToPath } from "node:url";
import { freePort } from "../../reference/common/redis-server.js";
import type { ClosedLoopResult } from "./load.js";
import { session, startPeers, upstreamKind } from "./peers.js";
import { ask, groupCpuSeconds, spawnCommand, stopAll, waitForOutput, type Child } from "./procs.js";

function numberFlag(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = hit === undefined ? fallback : Number(hit.split("=")[1]);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
  return n;
}

const rounds = numberFlag("rounds", 10);
const warm = numberFlag("warm", 4);
const seconds = numberFlag("seconds", 2);
const connections = numberFlag("connections", 8);
const builds: [string, string][] = [];
for (let i = 0; i < process.argv.length; i++) {
  if (process.argv[i] !== "--gateway") continue;
  const [name, path] = (process.argv[i + 1] ?? "").split("=");
  if (name === undefined || path === undefined) throw new Error("--gateway NAME=PATH/mcp-trust.js");
  builds.push([name, path]);
}
if (builds.length === 0) builds.push(["gateway", fileURLToPath(new URL("../../bin/mcp-trust.js", import.meta.url))]);
const bare = process.argv.includes("--bare");

interface Candidate {
  name: string;
  child: Child;
  target: Awaited<ReturnType<typeof session>>;
  cpuSeconds: number;
  calls: number;
  perRound: number[];
  throughput: number[];
}

const peers = await startPeers(upstreamKind(process.argv.find((a) => a.startsWith("--upstream="))?.slice("--upstream=".length)));
try {
  const candidates: Candidate[] = [];
  const start = async (name: string, module: string, args: string[]): Promise<void> => {
    const port = await freePort();
    const child = spawnCommand(name, process.execPath, [module, ...args, "--upstream", peers.upstreamUrl, "--listen", `127.0.0.1:${port}`]);
    await waitForOutput(child, /"event":"listening"/);
    const url = `http://127.0.0.1:${port}${new URL(peers.upstreamUrl).pathname}`;
    candidates.push({ name, child, target: await session(peers, url), cpuSeconds: 0, calls: 0, perRound: [], throughput: [] });
  };
  for (const [name, path] of builds) await start(name, path, ["gateway", "--policy", peers.policyPath]);
  if (bare) await start("bare relay (node:http + undici)", fileURLToPath(new URL("./bare-proxy.js", import.meta.url)), []);
  for (let r = 0; r < warm + rounds; r++) {
    // Who goes first alternates, so that neither always runs right after the other's garbage.
    const order = r % 2 === 0 ? candidates : [...candidates].reverse();
    const line: string[] = [];
    for (const c of order) {
      await ask(peers.upstream, { cmd: "reset" });
      const before = groupCpuSeconds(c.child.pid) ?? NaN;
      const result = await ask<ClosedLoopResult>(peers.loadgen, { cmd: "closed", target: c.target, connections, warmupS: 0.1, seconds, bodies: Math.ceil(seconds * 3000) });
      const used = (groupCpuSeconds(c.child.pid) ?? NaN) - before;
      const perCall = Math.round((used / result.bodiesUsed) * 1e6);
      line.push(`${c.name} ${perCall} µs, ${result.throughput}/s${result.errors > 0 ? `, ${result.errors} errors` : ""}`);
      if (r < warm) continue;
      c.cpuSeconds += used;
      c.calls += result.bodiesUsed;
      c.perRound.push(perCall);
      c.throughput.push(result.throughput);
    }
    console.log(`round ${r + 1}${r < warm ? " (warm-up)" : ""}: ${line.join(" | ")}`);
  }
  console.log(`\nCPU per call of each process (user + system, all calls of the measured rounds), ${connections} connections:`);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const first = candidates[0]!;
  for (const c of candidates) {
    const mean = Math.round((c.cpuSeconds / c.calls) * 1e6);
    const ratio = c === first ? "" : `, ${(mean / Math.round((first.cpuSeconds / first.calls) * 1e6)).toFixed(2)}× ${first.name}`;
    console.log(`  ${c.name.padEnd(24)} ${String(mean).padStart(5)} µs/call (median round ${median(c.perRound)}, best ${Math.min(...c.perRound)})${ratio}; median ${median(c.throughput)} req/s`);
  }
} finally {
  await stopAll();
  peers.cleanup();
}
process.exit(0);
