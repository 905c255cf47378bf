/**
 * Scaling under equal CPU budgets. Two whole cores cannot be given to a gateway on a 2-core machine that also runs the
 * load generator, the upstream and redis-server, so the question "does a second worker double the throughput?" is
 * asked with budgets instead: config A = `--workers 1` (Redis), its process in a cgroup with a CFS quota of q of a
 * core, pinned to core 0; config B = `--workers 2` (Redis), worker 1 in its own q-cgroup on core 0 and worker 2 in its
 * own q-cgroup on core 1 (the primary only supervises: left alone). Everything else may use whatever is left of both
 * cores. B ÷ A near 2 means the workers scale; it is scaling across two equal budgets of q of a core, one per core —
 * not across two whole cores. The groups are removed when the phase ends (and on exit or a signal, by pinning.ts).
 */
import type { ClosedLoopResult } from "./load.js";
import type { Peers } from "./peers.js";
import { closedRounds, summarizeRuns, type ScalingConfig, type ScalingOptions, type ScalingRow, type WithCpu } from "./phases.js";
import { allCores, canPin, childPids, createQuota, harnessCores, pin, removeQuota, type CpuQuota } from "./pinning.js";
import { round } from "./stats.js";

export interface QuotaOptions extends ScalingOptions {
  /** Share of one core per gateway worker (0.4 = 40 %). */
  quota: number;
  periodUs: number;
  /** The rest of the run keeps the gateway on core 0 and the harness on the other cores: restored afterwards. */
  pinned: boolean;
}

export interface QuotaRow extends ScalingRow {
  config: "A" | "B";
  /** Cores' worth of CPU the gateway's workers may use: q × workers (undefined without quotas). */
  budgetCores: number | undefined;
  /** gatewayCores ÷ budgetCores: near 1 means the budget, not the load generator, limited the throughput. */
  budgetUse: number | undefined;
  /** Per quota group, the share of its CFS periods in which it was throttled during the measured runs. */
  throttledShares: number[];
}

export interface QuotaResult {
  /** Whether the quotas were applied (else: why not, and the configurations ran pinned but unquota'd). */
  applied: boolean;
  note: string | undefined;
  quota: number;
  periodUs: number;
  connections: number;
  rows: QuotaRow[];
  /** B ÷ A throughput. */
  ratio: number | undefined;
}

/** `one` must be a 1-worker gateway, `two` a 2-worker one, both on the same Redis (`redisPid`). */
export async function quotaPhase(peers: Peers, redisPid: number, one: ScalingConfig, two: ScalingConfig, o: QuotaOptions, progress: (line: string) => void): Promise<QuotaResult> {
  if (one.gateway?.workers !== 1 || two.gateway?.workers !== 2) throw new Error("bench: the quota phase needs a 1-worker and a 2-worker gateway");
  const workers = childPids(two.gateway.child.pid);
  if (workers.length !== 2) throw new Error(`bench: expected 2 cluster workers under pid ${two.gateway.child.pid}, found ${workers.length}`);
  const pinning = canPin();
  const harness = [peers.loadgen.pid, peers.upstream.pid, redisPid];
  const groups: CpuQuota[] = [];
  let note: string | undefined;
  const quotaUs = Math.round(o.quota * o.periodUs);
  for (let i = 0; i < 3 && note === undefined; i++) {
    const g = createQuota(quotaUs, o.periodUs);
    if (typeof g === "string") note = `no CPU quotas (${g}): configurations A and B ran without them, so this is not an equal-budget comparison`;
    else groups.push(g);
  }
  if (note !== undefined) for (const g of groups.splice(0)) removeQuota(g.dir);
  const [gA, gB1, gB2] = groups;
  const oneRoot = one.gateway.child.pid;
  try {
    if (pinning) {
      for (const pid of harness) pin(pid, allCores());
      pin(oneRoot, "0");
      pin(workers[0]!, "0");
      pin(workers[1]!, "1");
    } else note ??= "taskset unavailable: nothing pinned";
    gA?.add(oneRoot);
    gB1?.add(workers[0]!);
    gB2?.add(workers[1]!);
    const stat0 = groups.map((g) => g.stat());
    const configs: ScalingConfig[] = [
      { ...one, label: `A: 1 worker (Redis), ${Math.round(o.quota * 100)} % of core 0` },
      { ...two, label: `B: 2 workers (Redis), ${Math.round(o.quota * 100)} % of core 0 + ${Math.round(o.quota * 100)} % of core 1` },
    ];
    const runs: Map<string, WithCpu<ClosedLoopResult>[]> = await closedRounds(peers, configs, o, progress);
    const stat1 = groups.map((g) => g.stat());
    const throttled = stat1.map((s, i) => {
      const periods = s.periods - stat0[i]!.periods;
      return periods > 0 ? round((s.throttled - stat0[i]!.throttled) / periods, 2) : 0;
    });
    const rows: QuotaRow[] = summarizeRuns(configs, runs).map((r, i) => {
      const budget = groups.length === 3 ? round(o.quota * (i === 0 ? 1 : 2), 2) : undefined;
      return {
        ...r, config: i === 0 ? "A" : "B", budgetCores: budget,
        budgetUse: budget === undefined || r.gatewayCores === undefined ? undefined : round(r.gatewayCores / budget, 2),
        throttledShares: groups.length === 3 ? (i === 0 ? [throttled[0]!] : [throttled[1]!, throttled[2]!]) : [],
      };
    });
    const [a, b] = rows;
    return {
      applied: groups.length === 3, note, quota: o.quota, periodUs: o.periodUs, connections: o.connections, rows,
      ratio: a !== undefined && b !== undefined && a.throughput > 0 ? round(b.throughput / a.throughput, 2) : undefined,
    };
  } finally {
    for (const g of groups) removeQuota(g.dir);
    if (pinning) {
      // Back to the layout of the rest of the run.
      for (const pid of harness) pin(pid, o.pinned ? harnessCores() : allCores());
      pin(oneRoot, o.pinned ? "0" : allCores());
      for (const w of workers) pin(w, allCores());
    }
  }
}
