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

/** Jiffies of all CPUs together, from the first line of Linux /proc/stat. */
export interface MachineTicks {
  busy: number;
  steal: number;
  total: number;
}

export function machineTicks(): MachineTicks | undefined {
  try {
    const line = readFileSync("/proc/stat", "latin1").split("\n", 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal (guest time is already counted in user)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy, steal: steal!, total: busy + idle! + iowait! };
  } catch {
    return undefined;
  }
}

/** Between two readings: the share of all CPUs' time that was busy (anything but idle) and stolen by the hypervisor. */
export interface MachineShares {
  busyShare: number;
  stealShare: number;
}

export function machineShares(a: MachineTicks | undefined, b: MachineTicks | undefined): MachineShares | undefined {
  if (a === undefined || b === undefined || b.total <= a.total) return undefined;
  const total = b.total - a.total;
  return { busyShare: round((b.busy - a.busy) / total, 3), stealShare: round((b.steal - a.steal) / total, 3) };
}
