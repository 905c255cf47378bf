import { readFileSync } from "node:fs";
import { cpus } from "node:os";

/**
 * The timing harness: every call timed on its own with process.hrtime.bigint(), run one after the other on the main
 * thread (one core, no workers, no concurrency), so latency percentiles and throughput come from the same calls.
 * Each loop also records how much of its wall time the thread could not run (see {@link Summary.lostShare}), so that
 * a run on a busy machine says so instead of passing off the neighbours' load as the verifier's cost.
 */

/** Nanosecond latencies of individual calls plus the wall time of the loops that made them. */
export class Samples {
  readonly #ns: number[] = [];
  #wallNs = 0;
  #cpuUs = 0;
  #waitNs = 0;
  #stolenNs = 0;
  #lostKnown = true;

  add(run: Timed): void {
    for (const x of run.latencies) this.#ns.push(x);
    this.#wallNs += run.wallNs;
    this.#cpuUs += run.cpuUs;
    if (run.waitNs === undefined || run.stolenNs === undefined) this.#lostKnown = false;
    else {
      this.#waitNs += run.waitNs;
      this.#stolenNs += run.stolenNs;
    }
  }

  summary(): Summary {
    const sorted = Float64Array.from(this.#ns).sort();
    const n = sorted.length;
    const at = (q: number): number => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
    let sum = 0;
    for (const x of sorted) sum += x;
    const share = (ns: number): number => round(ns / this.#wallNs, 3);
    return {
      iterations: n,
      seconds: round(this.#wallNs / 1e9, 3),
      // Wall time of the loop, not the sum of latencies: the timer's own cost counts against the code, not for it.
      opsPerSec: Math.round(n / (this.#wallNs / 1e9)),
      meanUs: round(sum / n / 1e3, 2),
      p50Us: round(at(0.5) / 1e3, 2),
      p99Us: round(at(0.99) / 1e3, 2),
      maxUs: round(sorted[n - 1]! / 1e3, 1),
      cpuUsPerOp: round(this.#cpuUs / n, 2),
      ...(this.#lostKnown
        ? { waitedShare: share(this.#waitNs), stolenShare: share(this.#stolenNs), lostShare: share(this.#waitNs + this.#stolenNs) }
        : {}),
    };
  }
}

export interface Summary {
  iterations: number;
  seconds: number;
  opsPerSec: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  /** Process CPU time per call, all threads (the GC's helpers included). */
  cpuUsPerOp: number;
  /** Share of the wall time the main thread was runnable but queued behind another process (Linux schedstat). */
  waitedShare?: number;
  /** Share of the wall time the hypervisor ran someone else on this machine's CPUs (Linux steal time, per CPU). */
  stolenShare?: number;
  /**
   * waitedShare + stolenShare: roughly the share of the wall time the verifier wanted a core and had none. Above a
   * few per cent, throughput is understated and p99 inflated; absent where Linux /proc is not available.
   */
  lostShare?: number;
}

/** One timed loop: per-call latencies, the loop's wall time, the process CPU time it used and the time it lost. */
export interface Timed {
  latencies: Float64Array;
  wallNs: number;
  cpuUs: number;
  waitNs: number | undefined;
  stolenNs: number | undefined;
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function cpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

const CPUS = cpus().length;

/** Nanoseconds the calling thread has spent waiting on a run queue (undefined where Linux /proc is missing). */
function runQueueWaitNs(): number | undefined {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "latin1").split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** Steal time of the whole machine per CPU, in nanoseconds (USER_HZ is 100 on Linux). */
function stolenNsPerCpu(): number | undefined {
  try {
    const fields = readFileSync("/proc/stat", "latin1").slice(0, 200).split("\n")[0]!.trim().split(/\s+/);
    const ticks = Number(fields[8]);
    return Number.isFinite(ticks) ? (ticks * 1e7) / CPUS : undefined;
  } catch {
    return undefined;
  }
}

interface Mark {
  cpu: number;
  wait: number | undefined;
  stolen: number | undefined;
  t: bigint;
}

function mark(): Mark {
  return { wait: runQueueWaitNs(), stolen: stolenNsPerCpu(), cpu: cpuUs(), t: process.hrtime.bigint() };
}

function since(m: Mark, latencies: Float64Array, failures: number): Timed {
  const wallNs = Number(process.hrtime.bigint() - m.t);
  const cpu = cpuUs() - m.cpu;
  const wait = runQueueWaitNs();
  const stolen = stolenNsPerCpu();
  if (failures > 0) throw new Error(`bench: ${failures} of ${latencies.length} calls did not verify; the numbers would be meaningless`);
  return {
    latencies,
    wallNs,
    cpuUs: cpu,
    waitNs: wait === undefined || m.wait === undefined ? undefined : wait - m.wait,
    stolenNs: stolen === undefined || m.stolen === undefined ? undefined : stolen - m.stolen,
  };
}

/** Times `fn(i)` for i in [from, to), awaiting each call before the next (the public API is async). */
export async function timeAsync(from: number, to: number, fn: (i: number) => Promise<boolean>): Promise<Timed> {
  const latencies = new Float64Array(to - from);
  let failures = 0;
  const m = mark();
  for (let i = from; i < to; i++) {
    const t0 = process.hrtime.bigint();
    const ok = await fn(i);
    latencies[i - from] = Number(process.hrtime.bigint() - t0);
    if (!ok) failures++;
  }
  return since(m, latencies, failures);
}

/** Times `fn(i)` for i in [from, to), synchronously. */
export function timeSync(from: number, to: number, fn: (i: number) => boolean): Timed {
  const latencies = new Float64Array(to - from);
  let failures = 0;
  const m = mark();
  for (let i = from; i < to; i++) {
    const t0 = process.hrtime.bigint();
    const ok = fn(i);
    latencies[i - from] = Number(process.hrtime.bigint() - t0);
    if (!ok) failures++;
  }
  return since(m, latencies, failures);
}

/**
 * Mean nanoseconds per call of one batch, for the step breakdown: steps of a microsecond or less would be dominated by
 * the timer if each call were timed alone. Promises are awaited, so an async step is timed until it settles.
 */
export async function batchMeanNs(n: number, fn: (i: number) => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const r = fn(i);
    if (r instanceof Promise) await r;
  }
  return Number(process.hrtime.bigint() - start) / n;
}
