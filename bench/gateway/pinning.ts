/**
 * Where the bench's processes run. On two cores shared unpinned, the load generator, the upstream and the gateway
 * take turns on both, and at 1 000 req/s everything saturates together; pinned, the 1-worker gateways have core 0 to
 * themselves and everything else (load generator, upstream, redis-server) runs on the other cores, so core 0's busy
 * share is the gateway's. And CPU quotas (cgroup v1 `cpu` controller) give each gateway worker an equal budget for
 * the scaling comparison, since two whole cores cannot be given to a gateway on a 2-core machine that also runs the
 * load generator. Linux only: `taskset` (util-linux) and /sys/fs/cgroup/cpu, as root.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { processStats } from "./procs.js";

/** The cores left for everything but the gateway: 1 on a 2-core machine, 1-(n-1) on more. */
export function harnessCores(): string {
  const n = cpus().length;
  return n <= 2 ? "1" : `1-${n - 1}`;
}

export function allCores(): string {
  return `0-${cpus().length - 1}`;
}

/** Whether pinning can be done here: at least two cores and a working `taskset`. */
export function canPin(): boolean {
  return cpus().length >= 2 && spawnSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" }).status === 0;
}

/** Sets the CPU affinity of every thread of `pid` (threads it starts later inherit it). Throws if taskset fails. */
export function pin(pid: number, cores: string): void {
  const r = spawnSync("taskset", ["-a", "-p", "-c", cores, String(pid)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench: taskset -a -p -c ${cores} ${pid} failed: ${r.stderr || r.error?.message}`);
}

/** Live child processes of `pid` (a gateway primary's cluster workers), in pid order. */
export function childPids(pid: number): number[] {
  return (processStats() ?? []).filter((p) => p.ppid === pid).map((p) => p.pid).sort((a, b) => a - b);
}

const CGROUP_CPU = "/sys/fs/cgroup/cpu";
const created = new Set<string>();
let nextGroup = 0;

/** A cgroup v1 `cpu` group with a CFS quota: its processes together get at most `quotaUs` per `periodUs`. */
export interface CpuQuota {
  dir: string;
  add(pid: number): void;
  /** Throttling statistics so far (`cpu.stat`): periods, throttled periods, throttled time in seconds. */
  stat(): { periods: number; throttled: number; throttledS: number };
}

/** Creates a quota'd group, or returns why it cannot (no cgroup v1 cpu controller, not root, …). */
export function createQuota(quotaUs: number, periodUs: number): CpuQuota | string {
  const dir = `${CGROUP_CPU}/mcp-trust-bench-${process.pid}-${++nextGroup}`;
  try {
    mkdirSync(dir);
  } catch (e) {
    return `cannot create ${dir}: ${(e as Error).message}`;
  }
  created.add(dir);
  try {
    writeFileSync(`${dir}/cpu.cfs_period_us`, String(periodUs));
    writeFileSync(`${dir}/cpu.cfs_quota_us`, String(quotaUs));
  } catch (e) {
    removeQuota(dir);
    return `cannot set the quota of ${dir}: ${(e as Error).message}`;
  }
  return {
    dir,
    // Writing a pid to cgroup.procs moves all of that process's threads.
    add: (pid) => writeFileSync(`${dir}/cgroup.procs`, String(pid)),
    stat: () => {
      const s = Object.fromEntries(readFileSync(`${dir}/cpu.stat`, "latin1").trim().split("\n").map((l) => l.split(" ") as [string, string]));
      return { periods: Number(s["nr_periods"]), throttled: Number(s["nr_throttled"]), throttledS: Number(s["throttled_time"]) / 1e9 };
    },
  };
}

/** Moves whatever is left in the group back to the root group and removes it. Synchronous: runs on exit too. */
export function removeQuota(dir: string): void {
  try {
    for (const pid of readFileSync(`${dir}/cgroup.procs`, "latin1").split("\n").filter((l) => l !== "")) {
      try {
        writeFileSync(`${CGROUP_CPU}/cgroup.procs`, pid);
      } catch {
        // Exited meanwhile.
      }
    }
    rmdirSync(dir);
  } catch {
    // Already gone, or never fully made.
  }
  created.delete(dir);
}

/** Removes every group this process created (run.ts calls it on success, error and signals; and on exit). */
export function removeAllQuotas(): void {
  for (const dir of [...created]) removeQuota(dir);
}

process.once("exit", removeAllQuotas);
