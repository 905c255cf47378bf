/**
 * Added latency: open loop at fixed rates, the sample server directly and through a gateway, in alternating rounds
 * (direct first, then the gateway first, …) whose latencies are pooled, so that a slow spell of the machine — on two
 * shared cores, a collection in any of the processes — falls on both paths alike.
 */
import type { Target } from "./client.js";
import type { OpenLoopResult } from "./load.js";
import type { GatewayProcess, Peers } from "./peers.js";
import { withCpu, type WithCpu } from "./phases.js";
import { ask } from "./procs.js";
import { round, summarize, type LatencySummary } from "./stats.js";

export interface LatencyOptions {
  rates: number[];
  warmupS: number;
  seconds: number;
  rounds: number;
}

type Round = Omit<WithCpu<OpenLoopResult>, "samples">;

/** One path at one rate: every round's calls together. */
export interface PathAtRate {
  /** Mean over the rounds of each round's achieved throughput. */
  throughput: number;
  sent: number;
  ok: number;
  errors: number;
  errorKinds: Record<string, number>;
  /** Pooled over the rounds. */
  latency: LatencySummary;
  /** Worst round's p99 of how late requests left against the schedule. */
  sendLagP99Ms: number;
  gatewayCpuUsPerCall: number | undefined;
  upstreamCpuUsPerCall: number | undefined;
  /** Mean busy share of the whole machine (all cores) while measuring. */
  machineBusyShare: number | undefined;
  rounds: Round[];
}

export interface LatencyRow {
  rate: number;
  direct: PathAtRate;
  through: PathAtRate;
  /** through − direct, ms. */
  addedP50Ms: number;
  addedP90Ms: number;
  addedP99Ms: number;
  /**
   * Both paths kept up with the schedule in every round (throughput ≥ 95 % of the rate, no errors) and the machine
   * had a core to spare (busy < 90 %): only then is the difference what the gateway adds rather than queueing.
   */
  valid: boolean;
  /** Why not valid, for the table: "" when valid. */
  note: string;
}

export const KEPT_UP = 0.95;
export const MACHINE_BUSY = 0.9;

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const meanOrUndefined = (xs: (number | undefined)[]): number | undefined => (xs.every((x) => x !== undefined) ? mean(xs as number[]) : undefined);

function pool(rate: number, runs: WithCpu<OpenLoopResult>[]): PathAtRate & { kept: boolean } {
  const errorKinds: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.errorKinds)) errorKinds[k] = (errorKinds[k] ?? 0) + v;
  const cpu = meanOrUndefined(runs.map((r) => r.gatewayCpuUsPerCall));
  const up = meanOrUndefined(runs.map((r) => r.upstreamCpuUsPerCall));
  const busy = meanOrUndefined(runs.map((r) => r.machine?.busyShare));
  return {
    throughput: Math.round(mean(runs.map((r) => r.throughput))),
    sent: runs.reduce((n, r) => n + r.sent, 0),
    ok: runs.reduce((n, r) => n + r.ok, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    errorKinds,
    latency: summarize(runs.flatMap((r) => r.samples ?? [])),
    sendLagP99Ms: Math.max(...runs.map((r) => r.sendLag.p99Ms)),
    gatewayCpuUsPerCall: cpu === undefined ? undefined : Math.round(cpu),
    upstreamCpuUsPerCall: up === undefined ? undefined : Math.round(up),
    machineBusyShare: busy === undefined ? undefined : round(busy, 3),
    rounds: runs.map(({ samples: _, ...rest }) => rest),
    kept: runs.every((r) => r.errors === 0 && r.throughput >= KEPT_UP * rate),
  };
}

/** Open loop at each rate, `rounds` times each path, alternating which path goes first. */
export async function latencyPhase(peers: Peers, gateway: GatewayProcess, direct: Target, through: Target, o: LatencyOptions, progress: (line: string) => void): Promise<LatencyRow[]> {
  const open = (target: Target, gw: GatewayProcess | undefined, rate: number): Promise<WithCpu<OpenLoopResult>> =>
    withCpu<OpenLoopResult & { signSeconds: number }>(peers, gw, () => Math.round(rate * (o.warmupS + o.seconds)), () =>
      ask(peers.loadgen, { cmd: "open", target, rate, warmupS: o.warmupS, seconds: o.seconds }),
    );
  const rows: LatencyRow[] = [];
  for (const rate of o.rates) {
    const d: WithCpu<OpenLoopResult>[] = [];
    const t: WithCpu<OpenLoopResult>[] = [];
    for (let i = 0; i < o.rounds; i++) {
      const order = i % 2 === 0 ? (["direct", "gateway"] as const) : (["gateway", "direct"] as const);
      for (const path of order) {
        const r = path === "direct" ? await open(direct, undefined, rate) : await open(through, gateway, rate);
        (path === "direct" ? d : t).push(r);
        progress(`  ${rate} req/s, round ${i + 1}, ${path.padEnd(7)}: ${r.throughput} req/s achieved, p50 ${r.latency.p50Ms} ms, p99 ${r.latency.p99Ms} ms, ${r.errors} errors`);
      }
    }
    const { kept: directKept, ...dp } = pool(rate, d);
    const { kept: throughKept, ...tp } = pool(rate, t);
    const busy = Math.max(dp.machineBusyShare ?? 0, tp.machineBusyShare ?? 0) >= MACHINE_BUSY;
    const note = !(directKept && throughKept)
      ? "SATURATED: not a latency figure"
      : busy ? `MACHINE ≥ ${MACHINE_BUSY * 100} % BUSY: queueing, not a latency figure` : "";
    rows.push({
      rate, direct: dp, through: tp,
      addedP50Ms: round(tp.latency.p50Ms - dp.latency.p50Ms), addedP90Ms: round(tp.latency.p90Ms - dp.latency.p90Ms), addedP99Ms: round(tp.latency.p99Ms - dp.latency.p99Ms),
      valid: note === "",
      note,
    });
  }
  return rows;
}
