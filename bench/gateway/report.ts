/** Plain-text tables and the targets of the issue, reported against and never asserted. */
import { KEPT_UP, MACHINE_BUSY, type LatencyRow } from "./latency.js";
import type { RaceRow, ScalingRow } from "./phases.js";
import { round } from "./stats.js";

/** The issue's targets. "Near-linear" is read as at least 1.8× with two workers (90 % per core). */
export const TARGETS = { rate: 1000, maxAddedP99Ms: 1, minScaling: 1.8 };

/** Columns: the first left-aligned, the rest right-aligned, but for a last one with an empty heading (notes). */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const left = (c: number): boolean => c === 0 || (c === head.length - 1 && head[c] === "");
  const fmt = (cells: string[]): string => cells.map((cell, c) => (left(c) ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ").trimEnd();
  return [fmt(head), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(fmt)].join("\n");
}

const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : "-");
const signed = (x: number): string => (x >= 0 ? "+" : "") + ms(x);
const opt = (x: number | undefined): string => (x === undefined ? "?" : String(x));
const percent = (x: number | undefined): string => (x === undefined ? "?" : `${Math.round(x * 100)} %`);

export function latencyTable(rows: LatencyRow[]): string {
  return table(
    ["rate/s", "direct req/s", "p50 ms", "p99 ms", "err", "gateway req/s", "p50 ms", "p99 ms", "err", "added p50", "added p90", "added p99", "gw CPU µs/call", "machine busy", "send lag p99", ""],
    rows.map((r) => [
      String(r.rate),
      String(r.direct.throughput), ms(r.direct.latency.p50Ms), ms(r.direct.latency.p99Ms), String(r.direct.errors),
      String(r.through.throughput), ms(r.through.latency.p50Ms), ms(r.through.latency.p99Ms), String(r.through.errors),
      signed(r.addedP50Ms), signed(r.addedP90Ms), signed(r.addedP99Ms), opt(r.through.gatewayCpuUsPerCall), percent(r.through.machineBusyShare),
      `${ms(Math.max(r.direct.sendLagP99Ms, r.through.sendLagP99Ms))} ms`,
      r.note,
    ]),
  );
}

export interface ScalingRatios {
  /** 2 workers + Redis ÷ 1 worker + Redis. */
  workers2OverWorkers1: number | undefined;
  /** 1 worker + Redis ÷ 1 worker + memory: what the shared store costs. */
  redisOverMemory: number | undefined;
}

export function scalingRatios(rows: ScalingRow[]): ScalingRatios {
  const find = (workers: number, store: string): ScalingRow | undefined => rows.find((r) => r.workers === workers && r.store === store);
  const ratio = (a: ScalingRow | undefined, b: ScalingRow | undefined): number | undefined => (a === undefined || b === undefined ? undefined : round(a.throughput / b.throughput, 2));
  return { workers2OverWorkers1: ratio(find(2, "redis"), find(1, "redis")), redisOverMemory: ratio(find(1, "redis"), find(1, "memory")) };
}

export function scalingTable(rows: ScalingRow[]): string {
  const base = rows.find((r) => r.workers === 1 && r.store === "redis");
  return table(
    ["path", "req/s", "p50 ms", "p99 ms", "err", "gw CPU µs/call", "gw cores busy", "busiest gw process", "machine busy", "÷ 1 worker+Redis"],
    rows.map((r) => [
      r.label, String(r.throughput), ms(r.p50Ms), ms(r.p99Ms), String(r.errors),
      r.workers === undefined ? "-" : opt(r.gatewayCpuUsPerCall), r.gatewayCores === undefined ? "-" : r.gatewayCores.toFixed(2),
      r.workers === undefined ? "-" : percent(r.busiestProcessShare), percent(r.machineBusyShare),
      base === undefined ? "?" : `${(r.throughput / base.throughput).toFixed(2)}×`,
    ]),
  );
}

export function raceTable(rows: RaceRow[]): string {
  return table(
    ["store", "submissions", "accepted", "refused", "reached server", "check"],
    rows.map((r) => [
      r.label, String(r.submissions), String(r.accepted),
      Object.entries(r.refused).map(([k, v]) => `${v} × ${k}`).join(", ") || "0",
      String(r.reachedUpstream), r.ok ? "ok: exactly one" : "FAILED",
    ]),
  );
}

export interface TargetReport {
  addedP99AtRateMs: number | undefined;
  addedP99Met: boolean | "not measurable";
  /** The highest rate at which both paths kept up, and what the gateway added there. */
  highestValidRate: number | undefined;
  addedP50AtHighestValidMs: number | undefined;
  addedP99AtHighestValidMs: number | undefined;
  gatewayCpuUsPerCallAtRate: number | undefined;
  /** gateway CPU per call × the target rate: the share of one core the gateway alone needs at that rate. */
  oneCoreUtilisationAtRate: number | undefined;
  scaling: number | undefined;
  scalingMet: boolean | undefined;
}

export function targets(latency: LatencyRow[], ratios: ScalingRatios): TargetReport {
  const at = latency.find((r) => r.rate === TARGETS.rate);
  const best = latency.filter((r) => r.valid).sort((a, b) => b.rate - a.rate)[0];
  const cpu = at?.through.gatewayCpuUsPerCall;
  return {
    addedP99AtRateMs: at?.addedP99Ms,
    addedP99Met: at === undefined || !at.valid ? "not measurable" : at.addedP99Ms <= TARGETS.maxAddedP99Ms,
    highestValidRate: best?.rate,
    addedP50AtHighestValidMs: best?.addedP50Ms,
    addedP99AtHighestValidMs: best?.addedP99Ms,
    gatewayCpuUsPerCallAtRate: cpu,
    oneCoreUtilisationAtRate: cpu === undefined ? undefined : round((cpu * TARGETS.rate) / 1e6, 2),
    scaling: ratios.workers2OverWorkers1,
    scalingMet: ratios.workers2OverWorkers1 === undefined ? undefined : ratios.workers2OverWorkers1 >= TARGETS.minScaling,
  };
}

export function targetLines(t: TargetReport, latency: LatencyRow[]): string[] {
  const at = latency.find((r) => r.rate === TARGETS.rate);
  const lines: string[] = [];
  if (at === undefined) lines.push(`  added p99 at ${TARGETS.rate} req/s: not run (--rates did not include it)`);
  else {
    const verdict = t.addedP99Met === "not measurable"
      ? `NOT MEASURABLE: the direct path reached ${at.direct.throughput} req/s and the gateway path ${at.through.throughput} req/s ` +
        `(< ${KEPT_UP * 100} % of the rate, errors, or the machine ≥ ${MACHINE_BUSY * 100} % busy), so both latencies are queueing time`
      : t.addedP99Met ? "met" : "NOT MET";
    lines.push(`  added p99 ≤ ${TARGETS.maxAddedP99Ms} ms at ${TARGETS.rate} req/s on one core: ${signed(at.addedP99Ms)} ms — ${verdict}`);
  }
  if (t.highestValidRate !== undefined && t.highestValidRate !== TARGETS.rate) {
    lines.push(`  highest rate both paths sustained: ${t.highestValidRate} req/s, where the gateway added p50 ${signed(t.addedP50AtHighestValidMs!)} ms, ` +
      `p99 ${signed(t.addedP99AtHighestValidMs!)} ms (${t.addedP99AtHighestValidMs! < 0 ? "negative: the direct path's slowest 1 % was slower, i.e. noise" : t.addedP99AtHighestValidMs! <= TARGETS.maxAddedP99Ms ? `within ${TARGETS.maxAddedP99Ms} ms` : `over ${TARGETS.maxAddedP99Ms} ms`})`);
  } else if (t.highestValidRate === undefined) lines.push(`  no rate was sustained by both paths with a core to spare: lower --rates, or a quieter machine`);
  if (t.gatewayCpuUsPerCallAtRate !== undefined && t.oneCoreUtilisationAtRate !== undefined) {
    lines.push(`  gateway CPU per call at ${TARGETS.rate} req/s: ${t.gatewayCpuUsPerCallAtRate} µs, i.e. ${Math.round(t.oneCoreUtilisationAtRate * 100)} % of one core ` +
      `at ${TARGETS.rate} req/s for the gateway alone${t.oneCoreUtilisationAtRate >= 0.7 ? ": too busy for a 1 ms p99 (queueing), even on a core of its own" : ""}`);
  }
  lines.push(`  near-linear scaling to both cores (read as ≥ ${TARGETS.minScaling}×): 2 workers ÷ 1 worker (both Redis) = ${t.scaling === undefined ? "?" : `${t.scaling.toFixed(2)}×`} — ` +
    `${t.scalingMet === undefined ? "?" : t.scalingMet ? "met" : "NOT MET (see the machine-busy column: not a measure of the gateway alone)"}`);
  return lines;
}
