/**
 * The three load shapes, run inside the load-generator process over keep-alive connections with pre-built bodies:
 * open loop (a fixed request schedule, whatever the replies do), closed loop (N connections, each sending its next
 * request when the previous reply has arrived) and a race (N submissions of one body released at once).
 */
import { clientErrors, keepAliveAgent, outcomeOf, pingCall, post, postHeld, headersFor, type Target } from "./client.js";
import { machineShares, machineTicks, round, summarize, type LatencySummary, type MachineShares, type MachineTicks } from "./stats.js";

export interface OpenLoopResult {
  rate: number;
  seconds: number;
  /** Requests in the measured window (after the warm-up). */
  sent: number;
  ok: number;
  errors: number;
  errorKinds: Record<string, number>;
  /** OK replies to measured requests ÷ (last measured reply − first measured scheduled send). */
  throughput: number;
  /** Send → end of reply, measured requests that succeeded. */
  latency: LatencySummary;
  /** How late requests left against their schedule (timer granularity and the generator's own load). */
  sendLag: LatencySummary;
  /** Most keep-alive sockets the agent held at once. */
  socketsUsed: number;
  /** The whole machine from the first measured send to the last reply (Linux only). */
  machine: MachineShares | undefined;
  /** The latencies summarised in `latency`, in ms, for pooling rounds (dropped before the results are written). */
  samples?: number[];
}

function countError(kinds: Record<string, number>, kind: string): void {
  kinds[kind] = (kinds[kind] ?? 0) + 1;
}

/** `bodies.length` requests on a fixed schedule at `rate`/s; the first `warm` are not measured. */
export function openLoop(target: Target, bodies: Buffer[], rate: number, warm: number): Promise<OpenLoopResult> {
  const agent = keepAliveAgent(1024);
  const url = new URL(target.url);
  const headers = headersFor(target);
  const interval = 1000 / rate;
  const total = bodies.length;
  const latencies: number[] = [];
  const lags: number[] = [];
  const errorKinds: Record<string, number> = {};
  let ok = 0;
  let errors = 0;
  let pending = 0;
  let next = 0;
  let lastDone = 0;
  let socketsUsed = 0;
  let ticks: MachineTicks | undefined;
  const t0 = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = (): void => {
      agent.destroy();
      const windowMs = lastDone - (t0 + warm * interval);
      resolve({
        rate, seconds: round((total - warm) / rate, 2), sent: total - warm, ok, errors, errorKinds,
        throughput: Math.round(ok / (windowMs / 1000)), latency: summarize(latencies), sendLag: summarize(lags), socketsUsed,
        machine: machineShares(ticks, machineTicks()), samples: latencies,
      });
    };
    const fire = (i: number): void => {
      const sent = performance.now();
      const measured = i >= warm;
      if (i === warm) ticks = machineTicks();
      if (measured) lags.push(sent - (t0 + i * interval));
      pending++;
      post(agent, url, headers, bodies[i]!)
        .then((r) => outcomeOf(r), (e: Error) => clientErrors(e))
        .then((outcome) => {
          const done = performance.now();
          pending--;
          if (measured) {
            lastDone = Math.max(lastDone, done);
            if (outcome === "ok") {
              ok++;
              latencies.push(done - sent);
            } else {
              errors++;
              countError(errorKinds, outcome);
            }
          }
          if (next === total && pending === 0) finish();
        });
      const sockets = Object.values(agent.sockets).reduce((n, list) => n + (list?.length ?? 0), 0);
      if (sockets > socketsUsed) socketsUsed = sockets;
    };
    const tick = (): void => {
      const now = performance.now();
      while (next < total && t0 + next * interval <= now) fire(next++);
      if (next < total) setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, t0 - performance.now()));
  });
}

export interface ClosedLoopResult {
  connections: number;
  seconds: number;
  /** Replies completed within the measured window (after the warm-up). */
  completed: number;
  ok: number;
  errors: number;
  errorKinds: Record<string, number>;
  /** OK replies per second over the measured window. */
  throughput: number;
  latency: LatencySummary;
  /** The pre-signed bodies ran out before the window ended (the window is then shortened to the last reply). */
  exhausted: boolean;
  bodiesUsed: number;
  /** The whole machine over the measured window (Linux only). */
  machine: MachineShares | undefined;
}

/** `connections` loops, each posting the next body as soon as its previous reply has arrived. */
export async function closedLoop(target: Target, bodies: Buffer[], connections: number, warmupS: number, seconds: number): Promise<ClosedLoopResult> {
  const agent = keepAliveAgent(connections);
  const url = new URL(target.url);
  const headers = headersFor(target);
  const start = performance.now();
  const warmEnd = start + warmupS * 1000;
  const end = warmEnd + seconds * 1000;
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  let next = 0;
  let ok = 0;
  let errors = 0;
  let exhausted = false;
  let lastDone = warmEnd;
  let ticks: MachineTicks | undefined;
  let ticksEnd: MachineTicks | undefined;
  const window = setTimeout(() => {
    ticks = machineTicks();
    setTimeout(() => (ticksEnd = machineTicks()), end - performance.now()).unref();
  }, warmEnd - start).unref();
  const loop = async (): Promise<void> => {
    for (;;) {
      if (performance.now() >= end) return;
      if (next >= bodies.length) {
        exhausted = true;
        return;
      }
      const body = bodies[next++]!;
      const sent = performance.now();
      const outcome = await post(agent, url, headers, body).then((r) => outcomeOf(r), (e: Error) => clientErrors(e));
      const done = performance.now();
      if (sent < warmEnd || done > end) continue;
      lastDone = Math.max(lastDone, done);
      if (outcome === "ok") {
        ok++;
        latencies.push(done - sent);
      } else {
        errors++;
        countError(errorKinds, outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  clearTimeout(window);
  agent.destroy();
  const windowS = ((exhausted ? lastDone : end) - warmEnd) / 1000;
  return {
    connections, seconds: round(windowS, 2), completed: ok + errors, ok, errors, errorKinds,
    throughput: Math.round(ok / windowS), latency: summarize(latencies), exhausted, bodiesUsed: next,
    machine: machineShares(ticks, ticksEnd ?? machineTicks()),
  };
}

export interface RaceResult {
  submissions: number;
  gateways: number;
  /** Replies that carried the tool's result. */
  accepted: number;
  /** Refusals, by HTTP status and reason (expected: all `HTTP 401 nonce_replay`). */
  refused: Record<string, number>;
}

/**
 * `n` submissions of the one `body`, spread round-robin over `targets`: every connection is opened first (with
 * unsigned pings), every request is written but for its last byte, then all last bytes are sent in one go.
 */
export async function race(targets: Target[], body: Buffer, n: number): Promise<RaceResult> {
  const per = targets.map((t, i) => ({ target: t, url: new URL(t.url), headers: headersFor(t), agent: keepAliveAgent(n), count: Math.floor(n / targets.length) + (i < n % targets.length ? 1 : 0) }));
  try {
    await Promise.all(per.flatMap((p) => Array.from({ length: p.count }, () => post(p.agent, p.url, p.headers, pingCall()))));
    const held = per.flatMap((p) => Array.from({ length: p.count }, () => postHeld(p.agent, p.url, p.headers, body)));
    await new Promise((r) => setTimeout(r, 200));
    for (const h of held) h.release();
    const outcomes = await Promise.all(held.map((h) => h.reply.then((r) => outcomeOf(r), (e: Error) => clientErrors(e))));
    const refused: Record<string, number> = {};
    for (const o of outcomes) if (o !== "ok") countError(refused, o);
    return { submissions: n, gateways: targets.length, accepted: outcomes.filter((o) => o === "ok").length, refused };
  } finally {
    for (const p of per) p.agent.destroy();
  }
}
