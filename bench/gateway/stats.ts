import { readFileSync } from "node:fs";

/** Latency percentiles, in milliseconds, of one measured series. */
export interface LatencySummary {
  count: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Nearest-rank percentiles (p99 of 1 000 samples is the 990th smallest). */
export function summarize(ms: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(ms).sort();
  const n = sorted.length;
  if (n === 0) return { count: 0, meanMs: NaN, p50Ms: NaN, p90Ms: NaN, p99Ms: NaN, maxMs: NaN };
  const at = (q: number): number => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  let sum = 0;
  for (const x of sorted) sum += x;
  return { count: n, meanMs: round(sum / n), p50Ms: round(at(0.5)), p90Ms: round(at(0.9)), p99Ms: round(at(0.99)), maxMs: round(sorted[n - 1]!) };
}

/** Jiffies from Linux /proc/stat: all CPUs together, and each core (`cpu0`, `cpu1`, …) on its own. */
export interface MachineTicks {
  busy: number;
  steal: number;
  total: number;
  /** By core number: with the gateway pinned to core 0, core 0's busy share is the gateway's. */
  cores: { busy: number; total: number }[];
}

function ticksOf(line: string): { busy: number; steal: number; total: number } {
  // cpuN user nice system idle iowait irq softirq steal (guest time is already counted in user)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy, steal: steal!, total: busy + idle! + iowait! };
}

export function machineTicks(): MachineTicks | undefined {
  try {
    const lines = readFileSync("/proc/stat", "latin1").split("\n");
    const cores: { busy: number; total: number }[] = [];
    for (const line of lines) {
      const m = /^cpu(\d+) /.exec(line);
      if (m !== null) cores[Number(m[1])] = ticksOf(line);
    }
    return { ...ticksOf(lines[0]!), cores };
  } catch {
    return undefined;
  }
}

/**
 * Between two readings: the share of all CPUs' time that was busy (anything but idle) and stolen by the hypervisor,
 * and each core's busy share.
 */
export interface MachineShares {
  busyShare: number;
  stealShare: number;
  coreBusyShares: number[];
}

export function machineShares(a: MachineTicks | undefined, b: MachineTicks | undefined): MachineShares | undefined {
  if (a === undefined || b === undefined || b.total <= a.total) return undefined;
  const total = b.total - a.total;
  const coreBusyShares = b.cores.map((c, i) => {
    const before = a.cores[i];
    return before === undefined || c.total <= before.total ? 0 : round((c.busy - before.busy) / (c.total - before.total), 3);
  });
  return { busyShare: round((b.busy - a.busy) / total, 3), stealShare: round((b.steal - a.steal) / total, 3), coreBusyShares };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const n = s.length;
  return n === 0 ? NaN : n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};
