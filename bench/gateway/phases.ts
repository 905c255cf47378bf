/**
 * Scaling and the replay race (latency.ts holds the open-loop comparison), each driving the load generator over IPC
 * and reading the CPU time the gateway (all its processes) and the upstream used meanwhile.
 */
import type { Target } from "./client.js";
import type { ClosedLoopResult, RaceResult } from "./load.js";
import type { GatewayProcess, Peers } from "./peers.js";
import { ask, groupCpuSeconds } from "./procs.js";
import { round } from "./stats.js";

/**
 * A path's measured run plus CPU per call (µs, warm-up calls included) of the gateway (all its processes) and of the
 * upstream, and how the gateway's CPU time was split between its processes (shares, largest first).
 */
export type WithCpu<T> = T & {
  gatewayCpuUsPerCall: number | undefined;
  gatewayProcessShares: number[] | undefined;
  upstreamCpuUsPerCall: number | undefined;
  signSeconds: number;
};

export async function withCpu<T extends { signSeconds: number }>(peers: Peers, gateway: GatewayProcess | undefined, calls: (r: T) => number, run: () => Promise<T>): Promise<WithCpu<T>> {
  // The sample server logs every call; a log that grows by 100 000 entries would lengthen its garbage collections.
  await ask(peers.upstream, { cmd: "reset" });
  const g0 = gateway?.cpu();
  const u0 = groupCpuSeconds(peers.upstream.pid);
  const result = await run();
  const g1 = gateway?.cpu();
  const u1 = groupCpuSeconds(peers.upstream.pid);
  const n = calls(result);
  const per = (seconds: number | undefined): number | undefined => (seconds === undefined ? undefined : Math.round((seconds / n) * 1e6));
  let used: number[] | undefined;
  if (g0 !== undefined && g1 !== undefined) used = [...g1].map(([pid, s]) => s - (g0.get(pid) ?? 0)).sort((a, b) => b - a);
  const total = used?.reduce((a, b) => a + b, 0);
  return {
    ...result,
    gatewayCpuUsPerCall: per(total),
    gatewayProcessShares: used === undefined || total === undefined || total <= 0 ? undefined : used.map((s) => round(s / total, 2)),
    upstreamCpuUsPerCall: per(u0 === undefined || u1 === undefined ? undefined : u1 - u0),
  };
}

export interface ScalingConfig {
  label: string;
  gateway: GatewayProcess | undefined;
  target: Target;
}

export interface ScalingOptions {
  connections: number;
  warmupS: number;
  seconds: number;
  rounds: number;
  /** Pre-signed bodies per run: enough for the fastest path's rate over warm-up + window, with a margin. */
  bodies: number;
}

export interface ScalingRow {
  label: string;
  workers: number | undefined;
  store: string | undefined;
  runs: WithCpu<ClosedLoopResult>[];
  /** Mean over the rounds. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  gatewayCpuUsPerCall: number | undefined;
  /** gatewayCpuUsPerCall × throughput: how many cores the gateway's processes kept busy. */
  gatewayCores: number | undefined;
  /** Mean share of the gateway's CPU time taken by its busiest process (with 2 workers: 0.5 is an even split). */
  busiestProcessShare: number | undefined;
  /** Mean busy share of the whole machine (all cores) over the measured windows. */
  machineBusyShare: number | undefined;
  /** Mean busy share of each core over the measured windows. */
  coreBusyShares: number[] | undefined;
}

/** Closed loop, every configuration once per round, in turn (so that a slow spell of the machine hits all of them). */
export async function scalingPhase(peers: Peers, configs: ScalingConfig[], o: ScalingOptions, progress: (line: string) => void): Promise<ScalingRow[]> {
  return summarizeRuns(configs, await closedRounds(peers, configs, o, progress));
}

/** Every configuration once per round, in turn: the runs by label. */
export async function closedRounds(peers: Peers, configs: ScalingConfig[], o: ScalingOptions, progress: (line: string) => void): Promise<Map<string, WithCpu<ClosedLoopResult>[]>> {
  const runs = new Map<string, WithCpu<ClosedLoopResult>[]>(configs.map((c) => [c.label, []]));
  for (let round = 1; round <= o.rounds; round++) {
    for (const c of configs) {
      const r = await withCpu<ClosedLoopResult & { signSeconds: number }>(peers, c.gateway, (x) => x.bodiesUsed, () =>
        ask(peers.loadgen, { cmd: "closed", target: c.target, connections: o.connections, warmupS: o.warmupS, seconds: o.seconds, bodies: o.bodies, reuse: c.gateway === undefined }),
      );
      runs.get(c.label)!.push(r);
      progress(`  round ${round} ${c.label}: ${r.throughput} req/s, p50 ${r.latency.p50Ms} ms, p99 ${r.latency.p99Ms} ms, ${r.errors} errors${r.exhausted ? " (bodies ran out: shorter window)" : ""}`);
    }
  }
  return runs;
}

/** Means over the rounds, per configuration. */
export function summarizeRuns(configs: ScalingConfig[], runs: Map<string, WithCpu<ClosedLoopResult>[]>): ScalingRow[] {
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  return configs.map((c) => {
    const rs = runs.get(c.label)!;
    const throughput = Math.round(mean(rs.map((r) => r.throughput)));
    const shares = rs.map((r) => r.gatewayProcessShares?.[0]);
    const busiest = shares.every((x) => x !== undefined) ? round(mean(shares as number[]), 2) : undefined;
    const busy = rs.map((r) => r.machine?.busyShare);
    const cpu = rs.every((r) => r.gatewayCpuUsPerCall !== undefined) ? Math.round(mean(rs.map((r) => r.gatewayCpuUsPerCall!))) : undefined;
    return {
      label: c.label, workers: c.gateway?.workers, store: c.gateway?.store, runs: rs, throughput,
      p50Ms: round(mean(rs.map((r) => r.latency.p50Ms))), p99Ms: round(mean(rs.map((r) => r.latency.p99Ms))),
      errors: rs.reduce((n, r) => n + r.errors, 0),
      gatewayCpuUsPerCall: cpu, gatewayCores: cpu === undefined ? undefined : round((cpu * throughput) / 1e6, 2),
      busiestProcessShare: busiest,
      machineBusyShare: busy.every((x) => x !== undefined) ? round(mean(busy as number[]), 3) : undefined,
      coreBusyShares: rs.every((r) => r.machine !== undefined)
        ? rs[0]!.machine!.coreBusyShares.map((_, i) => round(mean(rs.map((r) => r.machine!.coreBusyShares[i] ?? 0)), 3))
        : undefined,
    };
  });
}

export interface RaceRow extends RaceResult {
  label: string;
  /** delete_file calls with the race's path that reached the sample server's handler. */
  reachedUpstream: number;
  /** Exactly one accepted and exactly one reached the server. */
  ok: boolean;
}

let raceNo = 0;

/** `n` concurrent submissions of one signed body, spread over `targets` (gateways sharing one store, or one). */
export async function racePhase(peers: Peers, label: string, targets: Target[], n: number): Promise<RaceRow> {
  const path = `/race/${++raceNo}/${Date.now()}`;
  const r = await ask<RaceResult>(peers.loadgen, { cmd: "race", targets, n, path });
  const reachedUpstream = await ask<number>(peers.upstream, { cmd: "calls", path });
  return { ...r, label, reachedUpstream, ok: r.accepted === 1 && reachedUpstream === 1 };
}

export interface WarmUp {
  seconds: number;
  /** The last chunk's throughput. */
  throughput: number;
  /** The gateway's CPU µs per call in each chunk: it falls while the JIT compiles (compilation is CPU time too). */
  cpuUsPerCall: (number | undefined)[];
}

/**
 * Closed-loop load in chunks of `chunkS` until the gateway's CPU per call has settled — two consecutive chunks within
 * 10 % of each other, after at least `minChunks` — or `maxChunks` are done. Without a gateway, `minChunks` chunks.
 */
export async function warmUp(peers: Peers, gateway: GatewayProcess | undefined, target: Target, connections: number, chunkS: number, minChunks: number, maxChunks: number): Promise<WarmUp> {
  const cpu: (number | undefined)[] = [];
  let throughput = 0;
  for (let i = 0; i < maxChunks; i++) {
    const r = await withCpu<ClosedLoopResult & { signSeconds: number }>(peers, gateway, (x) => x.bodiesUsed, () =>
      ask(peers.loadgen, { cmd: "closed", target, connections, warmupS: 0, seconds: chunkS, bodies: Math.ceil(chunkS * 2500), reuse: gateway === undefined }),
    );
    throughput = r.throughput;
    cpu.push(r.gatewayCpuUsPerCall);
    const [before, last] = [cpu[i - 1], cpu[i]];
    if (i + 1 >= minChunks && (gateway === undefined || last === undefined || (before !== undefined && Math.abs(last - before) <= 0.1 * before))) break;
  }
  return { seconds: cpu.length * chunkS, throughput, cpuUsPerCall: cpu };
}
