/**
 * Added latency: open loop at fixed rates, the upstream directly and through a gateway, in alternating rounds (direct
 * first, then the gateway first, …) whose latencies are pooled, so that a slow spell of the machine — a collection in
 * any of the processes, a stall of the host — falls on both paths alike. Besides the pooled percentiles, each round's
 * own added p99 is kept and their median reported: one stall spoils one round, not the figure.
 */
import type { Target } from "./client.js";
import type { OpenLoopResult } from "./load.js";
import type { GatewayProcess, Peers } from "./peers.js";
import { withCpu, type WithCpu } from "./phases.js";
import { ask } from "./procs.js";
import { median, round, summarize, type LatencySummary } from "./stats.js";

export interface LatencyOptions {
  rates: number[];
  warmupS: number;
  seconds: number;
  rounds: number;
  /** The gateway has core 0 to itself and everything else runs on the other cores (pinning.ts). */
  pinned: boolean;
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
  /** Mean busy share of each core while measuring (pinned: core 0 is the gateway's, the others the harness's). */
  coreBusyShares: number[] | undefined;
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
  /** Each round's gateway p99 − the same round's direct p99, and their median: robust to one stalled round. */
  perRoundAddedP99Ms: number[];
  medianRoundAddedP99Ms: number;
  /**
   * Both paths kept up with the schedule in every round (throughput ≥ 95 % of the rate, no errors) and nothing but the
   * gateway was short of CPU: unpinned, the machine was < 90 % busy; pinned, the harness's cores were < 90 % busy in
   * both paths' runs and core 0 < 90 % busy in the direct runs (when the gateway is idle: anything there is another
   * workload). Only then is the difference what the gateway adds rather than queueing elsewhere. A gateway that keeps
   * its own core ≥ 90 % busy stays valid: that queueing is the gateway's.
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
  const cores = runs.every((r) => r.machine !== undefined)
    ? runs[0]!.machine!.coreBusyShares.map((_, i) => round(mean(runs.map((r) => r.machine!.coreBusyShares[i] ?? 0)), 3))
    : undefined;
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
    coreBusyShares: cores,
    rounds: runs.map(({ samples: _, ...rest }) => rest),
    kept: runs.every((r) => r.errors === 0 && r.throughput >= KEPT_UP * rate),
  };
}

/** Why a row whose paths both kept up is still no latency figure ("" when it is one). */
function busyNote(pinned: boolean, d: PathAtRate, t: PathAtRate): string {
  const busy = (x: number | undefined): boolean => (x ?? 0) >= MACHINE_BUSY;
  if (!pinned) return busy(Math.max(d.machineBusyShare ?? 0, t.machineBusyShare ?? 0)) ? `MACHINE ≥ ${MACHINE_BUSY * 100} % BUSY: queueing, not a latency figure` : "";
  const harness = (p: PathAtRate): boolean => (p.coreBusyShares ?? []).slice(1).some((x) => busy(x));
  const why: string[] = [];
  if (harness(d) || harness(t)) why.push(`HARNESS CORE ≥ ${MACHINE_BUSY * 100} % BUSY (load generator/upstream queueing)`);
  if (busy(d.coreBusyShares?.[0])) why.push(`CORE 0 ≥ ${MACHINE_BUSY * 100} % BUSY WITHOUT THE GATEWAY (another workload)`);
  return why.length === 0 ? "" : `${why.join(", ")}: not a latency figure`;
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
    const note = !(directKept && throughKept) ? "SATURATED: not a latency figure" : busyNote(o.pinned, dp, tp);
    const perRound = d.map((r, i) => round(t[i]!.latency.p99Ms - r.latency.p99Ms));
    const gatewayCoreBusy = o.pinned && (tp.coreBusyShares?.[0] ?? 0) >= MACHINE_BUSY;
    rows.push({
      rate, direct: dp, through: tp,
      addedP50Ms: round(tp.latency.p50Ms - dp.latency.p50Ms), addedP90Ms: round(tp.latency.p90Ms - dp.latency.p90Ms), addedP99Ms: round(tp.latency.p99Ms - dp.latency.p99Ms),
      perRoundAddedP99Ms: perRound, medianRoundAddedP99Ms: round(median(perRound)),
      valid: note === "",
      note: note !== "" ? note : gatewayCoreBusy ? `(gateway's core ≥ ${MACHINE_BUSY * 100} % busy: its own queueing)` : "",
    });
  }
  return rows;
}
