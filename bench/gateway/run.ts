/**
 * `node dist/bench/gateway/run.js` (after `npm run build`): the HTTP gateway on loopback, in one run —
 *   1. added latency: open loop at fixed rates, the upstream directly vs through a 1-worker gateway, interleaved rounds;
 *      then the floor: the same against bare-proxy.js (a relay on the same stack that does nothing) at the target's rate;
 *   2. scaling: closed loop, unquota'd (direct, 1 worker memory, 1 worker Redis, 2 workers Redis), then under equal
 *      CPU budgets (cgroup quotas: 1 worker with q of core 0 vs 2 workers with q of core 0 and q of core 1);
 *   3. replay race: N concurrent submissions of one signed body, exactly one accepted (memory; Redis shared by two
 *      gateways; Redis shared by the two workers of one gateway) — the one check that fails the run (exit 1).
 * With --pin (the default on 2+ cores) the 1-worker gateways run on core 0 alone and the load generator, the upstream
 * and redis-server on the other cores. A benchmark, not a test: no speed is asserted. Every process it starts and
 * every cgroup it creates is stopped or removed on success, on error and on SIGINT/SIGTERM.
 *
 * Flags: --rates=200,500,1000  --seconds=5 (open loop, measured, per run)  --rounds=3 (per path and rate, and per
 * closed-loop configuration)  --closed-seconds=3  --connections=16 (closed loop)  --scaling-connections=64 (quota'd
 * scaling)  --quota=0.4 (of a core per worker)  --quota-period-us=100000  --race=200  --upstream=minimal|sdk
 * --floor-rates=1000 (0: no floor)
 * --pin / --no-pin  --quick  --out=FILE (default dist/bench/gateway-results.json)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { redisServerAvailable, startRedis, type RedisServer } from "../../reference/common/redis-server.js";
import type { Target } from "./client.js";
import { session, startBareRelay, startGateway, startPeers, upstreamKind, type Peers } from "./peers.js";
import { latencyPhase, type LatencyRow } from "./latency.js";
import { racePhase, scalingPhase, warmUp, type RaceRow, type WarmUp } from "./phases.js";
import { canPin, harnessCores, pin, removeAllQuotas } from "./pinning.js";
import { ask, stopAll } from "./procs.js";
import { quotaPhase } from "./quota.js";
import { cores, latencyTable, quotaTable, raceTable, scalingRatios, scalingTable, signed, targetLines, targets, TARGETS } from "./report.js";
import { machineShares, machineTicks, round } from "./stats.js";

function flag(name: string): string | undefined {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return hit === undefined ? undefined : (hit.split("=")[1] ?? "");
}

function numberFlag(name: string, fallback: number): number {
  const v = flag(name);
  const n = v === undefined ? fallback : Number(v);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number, got ${v}`);
  return n;
}

const log = (line = ""): void => console.log(line);
/** Unmeasured start of every run: fills the connection pools (an open-loop run at a new rate opens more). */
const OPEN_WARMUP_S = 0.5;
const CLOSED_WARMUP_S = 1;

let peers: Peers | undefined;
let redis: RedisServer | undefined;
let interrupted = false;

async function cleanup(): Promise<void> {
  removeAllQuotas();
  await stopAll();
  await redis?.stop();
  peers?.cleanup();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping every process the bench started`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const quick = flag("quick") !== undefined;
  const options = {
    rates: (flag("rates") ?? "200,500,1000").split(",").map(Number),
    // The floor (a relay that does nothing) at the target's rate: what any proxy on this stack adds on this machine.
    floorRates: (flag("floor-rates") ?? String(TARGETS.rate)).split(",").filter((r) => r !== "" && r !== "0").map(Number),
    seconds: numberFlag("seconds", quick ? 1.5 : 5),
    closedSeconds: numberFlag("closed-seconds", quick ? 1.5 : 3),
    connections: numberFlag("connections", 16),
    scalingConnections: numberFlag("scaling-connections", 64),
    rounds: numberFlag("rounds", quick ? 1 : 3),
    raceSubmissions: numberFlag("race", 200),
    quota: numberFlag("quota", 0.4),
    quotaPeriodUs: numberFlag("quota-period-us", 100_000),
    upstream: upstreamKind(flag("upstream")),
    pin: flag("no-pin") === undefined && (flag("pin") !== undefined || cpus().length >= 2),
  };
  if (options.rates.some((r) => !(r > 0))) throw new Error(`--rates must be positive numbers, got ${flag("rates")}`);
  if (options.quota > 1) throw new Error("--quota is a share of one core: at most 1");
  const pinned = options.pin && canPin();
  const out = flag("out") ?? join(dirname(fileURLToPath(import.meta.url)), "..", "gateway-results.json");
  if (!redisServerAvailable()) throw new Error("redis-server is not on PATH: the scaling and Redis race measurements need it");
  const machine = {
    cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version, platform: `${process.platform}-${process.arch}`,
  };
  const loadBefore = loadavg()[0]!;
  const upstreamName = options.upstream === "minimal" ? "the minimal upstream (upstream-minimal.ts)" : "the SDK sample server";
  const layout = pinned
    ? `1-worker gateways on core 0 alone; load generator, ${upstreamName} and redis-server on core ${harnessCores()}; ` +
      `the 2-worker gateway (outside the quota phase) and the bench's main process unpinned`
    : `nothing pinned${options.pin ? " (taskset unavailable or a single core)" : " (--no-pin)"}: load generator, ${upstreamName}, gateways and redis-server share ${machine.cpus} cores`;
  log(`mcp-trust gateway bench — ${machine.node}, ${machine.cpus} × ${machine.model}, load average ${loadBefore.toFixed(2)}`);
  log(`Layout: ${layout}.`);
  log(`Load generator: raw keep-alive sockets (node:net), pre-built requests; every measured call is a tools/call of delete_file`);
  log(`with its own pre-signed ES256 attestation (signed before the timed part).\n`);
  const started = Date.now();
  const ticksBefore = machineTicks();

  peers = await startPeers(options.upstream);
  redis = await startRedis();
  const memory1 = await startGateway(peers, "gateway, 1 worker, memory", 1);
  const redis1 = await startGateway(peers, "gateway, 1 worker, Redis", 1, redis.url);
  const redis2 = await startGateway(peers, "gateway, 2 workers, Redis", 2, redis.url);
  const redis1b = await startGateway(peers, "second gateway, 1 worker, Redis", 1, redis.url);
  const p = peers;
  if (pinned) {
    for (const pid of [p.loadgen.pid, p.upstream.pid, redis.pid]) pin(pid, harnessCores());
    for (const g of [memory1, redis1, redis1b]) pin(g.child.pid, "0");
  }
  // Each path opens its own session, through that same path.
  const [direct, viaMemory1, viaRedis1, viaRedis2, viaRedis1b] = await Promise.all(
    [p.upstreamUrl, memory1.url, redis1.url, redis2.url, redis1b.url].map((url) => session(p, url)),
  );
  const paths: { label: string; gateway: typeof memory1 | undefined; target: Target }[] = [
    { label: "direct (no gateway)", gateway: undefined, target: direct! },
    { label: "gateway, 1 worker, memory", gateway: memory1, target: viaMemory1! },
    { label: "gateway, 1 worker, Redis", gateway: redis1, target: viaRedis1! },
    { label: "gateway, 2 workers, Redis", gateway: redis2, target: viaRedis2! },
  ];

  // Every process compiles its own code, and slowly on two busy cores: a fresh gateway spends over 2 ms of CPU per
  // call in its first seconds (the JIT's compilation is CPU time of the process too) and under 1 ms some 10 s later.
  // A gateway left idle for a minute is slow again at first (about 2 ms per call instead of 1.1 ms here; most likely
  // V8 flushing code that has not run for a while), so each gateway is warmed right before the phase that measures
  // it, until its CPU per call settles; the direct path last.
  let fastest = 0;
  const warmed: Record<string, WarmUp[]> = {};
  // Chunks of 2 s: at least 4 and at most 8 per worker (each worker of a cluster warms on its share of the calls),
  // 2 for a gateway already warm from the previous phase, 1 for the direct path.
  const warm = async (indices: number[], alreadyWarm: number[] = []): Promise<void> => {
    log(`Warm-up (closed loop, not reported), until the gateway's CPU per call settles:`);
    for (const i of indices) {
      const path = paths[i]!;
      const workers = path.gateway?.workers ?? 0;
      const min = workers === 0 ? 1 : alreadyWarm.includes(i) ? 2 : (quick ? 2 : 4) * workers;
      const w = await warmUp(p, path.gateway, path.target, options.connections, quick ? 1.5 : 2, min, Math.max(min, (quick ? 3 : 8) * workers));
      (warmed[path.label] ??= []).push(w);
      if (path.gateway !== undefined) fastest = Math.max(fastest, w.throughput);
      const cpu = w.cpuUsPerCall.map((c) => c ?? "?").join(" → ");
      log(`  ${path.label}: ${w.seconds} s, last ${w.throughput} req/s${path.gateway === undefined ? "" : `, gateway CPU µs/call ${cpu}`}`);
    }
  };

  await warm([1, 0]);
  log(`\n1. Added latency: open loop, ${options.rounds} round(s) per path and rate, each ${OPEN_WARMUP_S} s warm-up + ${options.seconds} s measured`);
  const latency = await latencyPhase(p, memory1, direct!, viaMemory1!, { rates: options.rates, warmupS: OPEN_WARMUP_S, seconds: options.seconds, rounds: options.rounds, pinned }, log);
  let floor: LatencyRow[] = [];
  if (options.floorRates.length > 0) {
    // Same core, same schedule, same load generator and upstream: only what runs on core 0 differs.
    const bare = await startBareRelay(p);
    if (pinned) pin(bare.child.pid, "0");
    const viaBare = await session(p, bare.url);
    log(`\n1b. The floor: a relay on the gateway's HTTP stack that reads, decides and rewrites nothing (bare-proxy.ts), at ${options.floorRates.join(", ")} req/s`);
    const w = await warmUp(p, bare, viaBare, options.connections, quick ? 1.5 : 2, quick ? 1 : 2, quick ? 2 : 3);
    log(`  warm-up: ${w.seconds} s, last ${w.throughput} req/s, relay CPU µs/call ${w.cpuUsPerCall.map((c) => c ?? "?").join(" → ")}`);
    floor = await latencyPhase(p, bare, direct!, viaBare, { rates: options.floorRates, warmupS: OPEN_WARMUP_S, seconds: options.seconds, rounds: options.rounds, pinned }, log);
    bare.child.proc.kill("SIGTERM");
  }

  log("");
  await warm([2, 3, 1], [1]);
  log(`\n2. Scaling: closed loop, ${options.connections} keep-alive connections, ${options.rounds} round(s) per path, each ${CLOSED_WARMUP_S} s warm-up + ${options.closedSeconds} s measured`);
  const bodies = Math.max(2000, Math.ceil(fastest * 1.5 * (CLOSED_WARMUP_S + options.closedSeconds)));
  const scaling = await scalingPhase(p, paths, { connections: options.connections, warmupS: CLOSED_WARMUP_S, seconds: options.closedSeconds, rounds: options.rounds, bodies }, log);
  const ratios = scalingRatios(scaling);
  log(`\n2b. Scaling under equal CPU budgets: ${Math.round(options.quota * 100)} % of a core per worker (cgroup CFS quota, period ${options.quotaPeriodUs} µs), ` +
    `${options.scalingConnections} connections, ${options.rounds} round(s) per configuration`);
  const quota = await quotaPhase(p, redis.pid, paths[2]!, paths[3]!, {
    connections: options.scalingConnections, warmupS: CLOSED_WARMUP_S, seconds: options.closedSeconds, rounds: options.rounds,
    bodies: Math.max(bodies, Math.ceil(fastest * 2 * (CLOSED_WARMUP_S + options.closedSeconds))),
    quota: options.quota, periodUs: options.quotaPeriodUs, pinned,
  }, log);

  log(`\n3. Replay race: ${options.raceSubmissions} concurrent submissions of one signed body, released together`);
  await ask(p.upstream, { cmd: "reset" });
  const races: RaceRow[] = [
    await racePhase(p, "memory (one gateway)", [viaMemory1!], options.raceSubmissions),
    await racePhase(p, "Redis (two gateways)", [viaRedis1!, viaRedis1b!], options.raceSubmissions),
    await racePhase(p, "Redis (2 workers, one socket)", [viaRedis2!], options.raceSubmissions),
  ];

  const loadAfter = loadavg()[0]!;
  const wholeRun = machineShares(ticksBefore, machineTicks());
  const t = targets(latency, ratios, quota, layout);
  const upstreamLabel = options.upstream === "minimal" ? "minimal upstream" : "SDK sample server";
  log(`\n── Added latency: ${upstreamLabel} directly vs through the gateway (1 worker, memory store), open loop ──`);
  log(`   layout: ${layout}`);
  log(latencyTable(latency));
  log(`  latency = request written → last byte of the reply, successful measured calls; added = gateway − direct, pooled over the rounds;`);
  log(`  median round +p99 = median over the rounds of (that round's gateway p99 − its direct p99): one stalled round moves it less`);
  log(`  (percentiles do not subtract exactly; p99 rests on the slowest 1 %: one stall of the host moves it, p50/p90 are steadier)`);
  log(`  busy c0/c1 = each core's busy share during the direct and the gateway runs${pinned ? " (core 0: the gateway alone; core 1: load generator + upstream)" : ""}`);
  log(`  SATURATED = a path reached < 95 % of the rate or had errors; ${pinned ? "HARNESS CORE BUSY = load generator/upstream core ≥ 90 %; CORE 0 BUSY WITHOUT THE GATEWAY = another workload" : "MACHINE BUSY = all cores ≥ 90 % busy"}:`);
  log(`  either way the latencies are queueing time elsewhere, not what the gateway adds. new conns = connections opened in the measured windows`);
  log(`  (the open loop opens one whenever no idle one is free); send lag = how late requests left against the schedule`);
  if (floor.length > 0) {
    log(`\n── The floor: ${upstreamLabel} directly vs through a relay that does nothing (bare-proxy.ts, same stack, same core) ──`);
    log(`   the "gateway" columns below are the bare relay's: what any proxy built on node:http + undici adds on this machine`);
    log(latencyTable(floor));
  }
  log(`\n── Scaling: closed loop, unquota'd, ${options.connections} connections, mean of ${options.rounds} round(s) ──`);
  log(scalingTable(scaling));
  const x = (r: number | undefined): string => (r === undefined ? "?" : `${r.toFixed(2)}×`);
  log(`  2 workers ÷ 1 worker (both Redis): ${x(ratios.workers2OverWorkers1)};  Redis ÷ memory (1 worker): ${x(ratios.redisOverMemory)}`);
  log(`  gw CPU µs/call = CPU time of all the gateway's processes ÷ calls (warm-up included); gw cores busy = that × req/s;`);
  log(`  busiest gw process = its share of the gateway's CPU time (2 workers evenly loaded: 50 %); busy c0/c1 = each core's busy share`);
  log(`  Unquota'd, a 2-worker gateway competes with the load generator, the upstream and redis-server for ${machine.cpus} cores: this ratio is`);
  log(`  what this machine shows, not the gateway's scaling; the equal-budget comparison below is the one to read.`);
  log(`\n── Scaling under equal CPU budgets: ${Math.round(quota.quota * 100)} % of a core per worker, one per core (NOT two whole cores) ──`);
  if (quota.note !== undefined) log(`  NOTE: ${quota.note}`);
  log(quotaTable(quota));
  log(`  B ÷ A: ${x(quota.ratio)} — scaling across two equal CPU budgets of ${Math.round(quota.quota * 100)} % of a core each (cgroup v1 cpu.cfs_quota_us`);
  log(`  ${Math.round(quota.quota * quota.periodUs)} per ${quota.periodUs} µs), worker 1 on core 0 and worker 2 on core 1; the load generator, upstream and`);
  log(`  redis-server use what is left of both cores. budget used = gw cores busy ÷ budget (near 100 %: the quota, not the load, set the`);
  log(`  throughput); CPU split = each gateway process's share of its CPU time (B: both workers, then the primary); throttled = share of`);
  log(`  CFS periods in which each worker's group hit its quota. ${quota.connections} connections, which the kernel hands to the workers as it likes.`);
  log(`\n── Replay race ──`);
  log(raceTable(races));
  log(`\nTargets (reported, not asserted):`);
  for (const line of targetLines(t, latency, quota, ratios)) log(line);
  const floorAtTarget = floor.find((r) => r.rate === TARGETS.rate);
  if (floorAtTarget !== undefined) {
    log(`  the floor at ${TARGETS.rate} req/s (a relay that does nothing, same stack and core): added p50 ${signed(floorAtTarget.addedP50Ms)} ms, ` +
      `p99 ${signed(floorAtTarget.addedP99Ms)} ms pooled, median round ${signed(floorAtTarget.medianRoundAddedP99Ms)} ms; ` +
      `relay CPU ${floorAtTarget.through.gatewayCpuUsPerCall ?? "?"} µs/call${floorAtTarget.valid ? "" : ` (${floorAtTarget.note})`}`);
  }
  if (wholeRun !== undefined) {
    log(`  hypervisor steal over the run: ${(wholeRun.stealShare * 100).toFixed(1)} % of all CPU time${wholeRun.stealShare > 0.03 ? " — a noisy neighbour: latencies are inflated" : ""}; ` +
      `cores busy over the whole run ${cores(wholeRun.coreBusyShares)}`);
  }
  if (loadBefore > machine.cpus / 2) log(`  1-minute load average ${loadBefore.toFixed(2)} at the start (another workload, or a run that had just ended): figures may be noisier`);

  mkdirSync(dirname(out), { recursive: true });
  const report = {
    date: new Date().toISOString(), machine, load: { before: round(loadBefore, 2), after: round(loadAfter, 2) }, wholeRun, options, warmUp: warmed,
    pinned, layout, latency, floor, scaling, ratios, quota, races, targets: { ...TARGETS, ...t },
  };
  writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  log(`\nwrote ${out} (${round((Date.now() - started) / 1000, 1)} s)`);
  const failed = races.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.error(`replay race FAILED for: ${failed.map((r) => `${r.label} (${r.accepted} accepted, ${r.reachedUpstream} reached the server)`).join("; ")}`);
    return 1;
  }
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  // After a signal, the calls in flight fail because their processes were stopped: that is no news.
  if (!interrupted) console.error(`gateway bench failed: ${(e as Error)?.stack ?? String(e)}`);
} finally {
  await cleanup();
}
process.exit(code);
