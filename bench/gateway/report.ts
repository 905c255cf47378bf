/** Plain-text tables and the targets of the issue, reported against and never asserted. */
import { KEPT_UP, MACHINE_BUSY, type LatencyRow } from "./latency.js";
import type { RaceRow, ScalingRow } from "./phases.js";
import type { QuotaResult } from "./quota.js";
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
export const signed = (x: number): string => (x >= 0 ? "+" : "") + ms(x);
const opt = (x: number | undefined): string => (x === undefined ? "?" : String(x));
const percent = (x: number | undefined): string => (x === undefined ? "?" : `${Math.round(x * 100)} %`);

/** Each core's busy share, "12/85 %" (core 0 first). */
export const cores = (xs: number[] | undefined): string => (xs === undefined ? "?" : `${xs.map((x) => Math.round(x * 100)).join("/")} %`);

export function latencyTable(rows: LatencyRow[]): string {
  return table(
    ["rate/s", "direct req/s", "p50 ms", "p99 ms", "err", "gateway req/s", "p50 ms", "p99 ms", "err", "added p50", "added p90", "added p99", "median round +p99", "gw CPU µs/call", "busy c0/c1 direct", "busy c0/c1 gw", "new conns d/gw", "send lag p99", ""],
    rows.map((r) => [
      String(r.rate),
      String(r.direct.throughput), ms(r.direct.latency.p50Ms), ms(r.direct.latency.p99Ms), String(r.direct.errors),
      String(r.through.throughput), ms(r.through.latency.p50Ms), ms(r.through.latency.p99Ms), String(r.through.errors),
      signed(r.addedP50Ms), signed(r.addedP90Ms), signed(r.addedP99Ms), signed(r.medianRoundAddedP99Ms), opt(r.through.gatewayCpuUsPerCall),
      cores(r.direct.coreBusyShares), cores(r.through.coreBusyShares),
      `${r.direct.rounds.reduce((n, x) => n + x.socketsOpenedMeasured, 0)}/${r.through.rounds.reduce((n, x) => n + x.socketsOpenedMeasured, 0)}`,
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
    ["path", "req/s", "p50 ms", "p99 ms", "err", "gw CPU µs/call", "gw cores busy", "busiest gw process", "busy c0/c1", "÷ 1 worker+Redis"],
    rows.map((r) => [
      r.label, String(r.throughput), ms(r.p50Ms), ms(r.p99Ms), String(r.errors),
      r.workers === undefined ? "-" : opt(r.gatewayCpuUsPerCall), r.gatewayCores === undefined ? "-" : r.gatewayCores.toFixed(2),
      r.workers === undefined ? "-" : percent(r.busiestProcessShare), cores(r.coreBusyShares),
      base === undefined ? "?" : `${(r.throughput / base.throughput).toFixed(2)}×`,
    ]),
  );
}

export function quotaTable(q: QuotaResult): string {
  return table(
    ["config", "req/s", "p50 ms", "p99 ms", "err", "gw CPU µs/call", "gw cores busy", "budget", "budget used", "CPU split by process", "throttled periods", "busy c0/c1"],
    q.rows.map((r) => [
      r.label, String(r.throughput), ms(r.p50Ms), ms(r.p99Ms), String(r.errors), opt(r.gatewayCpuUsPerCall),
      r.gatewayCores === undefined ? "?" : r.gatewayCores.toFixed(2), r.budgetCores === undefined ? "none" : r.budgetCores.toFixed(2),
      percent(r.budgetUse), splitOf(r), r.throttledShares.map((x) => `${Math.round(x * 100)} %`).join(", ") || "-", cores(r.coreBusyShares),
    ]),
  );
}

/** Mean share of the gateway's CPU time per process, largest first (a 2-worker gateway: both workers, then the primary). */
function splitOf(r: ScalingRow): string {
  const shares = r.runs.map((x) => x.gatewayProcessShares ?? []);
  const n = Math.max(...shares.map((s) => s.length));
  return Array.from({ length: n }, (_, i) => `${Math.round((shares.reduce((a, s) => a + (s[i] ?? 0), 0) / shares.length) * 100)} %`).join(" / ");
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
  /** What was pinned where, in words. */
  layout: string;
  addedP99AtRateMs: number | undefined;
  medianRoundAddedP99AtRateMs: number | undefined;
  addedP99Met: boolean | "not measurable";
  /** The highest rate at which both paths kept up, and what the gateway added there. */
  highestValidRate: number | undefined;
  addedP50AtHighestValidMs: number | undefined;
  addedP99AtHighestValidMs: number | undefined;
  gatewayCpuUsPerCallAtRate: number | undefined;
  /** gateway CPU per call × the target rate: the share of one core the gateway alone needs at that rate. */
  oneCoreUtilisationAtRate: number | undefined;
  /** Core 0's busy share in the gateway's runs at the target rate (pinned: the gateway's core). */
  core0BusyAtRate: number | undefined;
  /** B ÷ A under equal CPU quotas when they could be applied, else 2 workers ÷ 1 worker unquota'd. */
  scaling: number | undefined;
  scalingMethod: "equal CPU budgets" | "unquota'd";
  scalingMet: boolean | undefined;
}

export function targets(latency: LatencyRow[], ratios: ScalingRatios, quota: QuotaResult | undefined, layout: string): TargetReport {
  const at = latency.find((r) => r.rate === TARGETS.rate);
  const best = latency.filter((r) => r.valid).sort((a, b) => b.rate - a.rate)[0];
  const cpu = at?.through.gatewayCpuUsPerCall;
  const budgets = quota?.applied === true && quota.ratio !== undefined;
  const scaling = budgets ? quota!.ratio : ratios.workers2OverWorkers1;
  return {
    layout,
    addedP99AtRateMs: at?.addedP99Ms,
    medianRoundAddedP99AtRateMs: at?.medianRoundAddedP99Ms,
    addedP99Met: at === undefined || !at.valid ? "not measurable" : at.addedP99Ms <= TARGETS.maxAddedP99Ms,
    highestValidRate: best?.rate,
    addedP50AtHighestValidMs: best?.addedP50Ms,
    addedP99AtHighestValidMs: best?.addedP99Ms,
    gatewayCpuUsPerCallAtRate: cpu,
    oneCoreUtilisationAtRate: cpu === undefined ? undefined : round((cpu * TARGETS.rate) / 1e6, 2),
    core0BusyAtRate: at?.through.coreBusyShares?.[0],
    scaling,
    scalingMethod: budgets ? "equal CPU budgets" : "unquota'd",
    scalingMet: scaling === undefined ? undefined : scaling >= TARGETS.minScaling,
  };
}

export function targetLines(t: TargetReport, latency: LatencyRow[], quota: QuotaResult | undefined, ratios: ScalingRatios): string[] {
  const at = latency.find((r) => r.rate === TARGETS.rate);
  const lines: string[] = [`  layout: ${t.layout}`];
  if (at === undefined) lines.push(`  added p99 at ${TARGETS.rate} req/s: not run (--rates did not include it)`);
  else {
    const verdict = t.addedP99Met === "not measurable"
      ? `NOT MEASURABLE: ${at.note || "a path did not keep up"} (direct ${at.direct.throughput} req/s, gateway ${at.through.throughput} req/s; ` +
        `< ${KEPT_UP * 100} % of the rate, errors, or a core the gateway does not own ≥ ${MACHINE_BUSY * 100} % busy)`
      : t.addedP99Met ? "met" : "NOT MET";
    lines.push(`  added p99 ≤ ${TARGETS.maxAddedP99Ms} ms at ${TARGETS.rate} req/s on one core: ${signed(at.addedP99Ms)} ms pooled over the rounds — ${verdict}`);
    lines.push(`    median of the rounds' own added p99: ${signed(at.medianRoundAddedP99Ms)} ms (rounds: ${at.perRoundAddedP99Ms.map(signed).join(", ")} ms); added p50 ${signed(at.addedP50Ms)} ms, p90 ${signed(at.addedP90Ms)} ms`);
  }
  if (t.highestValidRate !== undefined && t.highestValidRate !== TARGETS.rate) {
    lines.push(`  highest rate both paths sustained: ${t.highestValidRate} req/s, where the gateway added p50 ${signed(t.addedP50AtHighestValidMs!)} ms, ` +
      `p99 ${signed(t.addedP99AtHighestValidMs!)} ms (${t.addedP99AtHighestValidMs! < 0 ? "negative: the direct path's slowest 1 % was slower, i.e. noise" : t.addedP99AtHighestValidMs! <= TARGETS.maxAddedP99Ms ? `within ${TARGETS.maxAddedP99Ms} ms` : `over ${TARGETS.maxAddedP99Ms} ms`})`);
  } else if (t.highestValidRate === undefined) lines.push(`  no rate was sustained by both paths: lower --rates, or a quieter machine`);
  if (t.gatewayCpuUsPerCallAtRate !== undefined && t.oneCoreUtilisationAtRate !== undefined) {
    lines.push(`  gateway CPU per call at ${TARGETS.rate} req/s: ${t.gatewayCpuUsPerCallAtRate} µs, i.e. ${Math.round(t.oneCoreUtilisationAtRate * 100)} % of one core ` +
      `for the gateway alone${t.core0BusyAtRate === undefined ? "" : ` (core 0 busy ${Math.round(t.core0BusyAtRate * 100)} %)`}` +
      `${t.oneCoreUtilisationAtRate >= 0.7 ? ": too busy for a 1 ms p99 (queueing), even on a core of its own" : ""}`);
  }
  const x = (r: number | undefined): string => (r === undefined ? "?" : `${r.toFixed(2)}×`);
  const verdict = t.scalingMet === undefined ? "?" : t.scalingMet ? "met" : "NOT MET";
  if (t.scalingMethod === "equal CPU budgets") {
    const q = Math.round(quota!.quota * 100);
    lines.push(`  near-linear scaling (read as ≥ ${TARGETS.minScaling}×): 2 workers ÷ 1 worker under equal CPU budgets = ${x(t.scaling)} — ${verdict}`);
    lines.push(`    (each worker limited to ${q} % of a core, one per core: scaling across two equal budgets of ${q} % of a core, not across two whole cores;`);
    lines.push(`     unquota'd on this shared machine: ${x(ratios.workers2OverWorkers1)})`);
  } else {
    lines.push(`  near-linear scaling (read as ≥ ${TARGETS.minScaling}×): 2 workers ÷ 1 worker (both Redis), unquota'd = ${x(t.scaling)} — ${verdict}` +
      ` (no CPU quotas${quota?.note === undefined ? "" : `: ${quota.note}`}; on a shared 2-core machine not a measure of the gateway alone)`);
  }
  return lines;
}
