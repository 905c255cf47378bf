/**
 * The three load shapes, run inside the load-generator process with pre-built bodies: open loop (a fixed request
 * schedule, whatever the replies do) and closed loop (N connections, each sending its next request when the previous
 * reply has arrived), both timed, over raw keep-alive sockets (raw-http.ts); and a race (N submissions of one body
 * released at once), a correctness check, over node:http.
 */
import { clientErrors, keepAliveAgent, outcomeOf, pingCall, post, postHeld, headersFor, REQUEST_TIMEOUT_MS, type Target } from "./client.js";
import { RawConnection, requestBytes, type RawReply } from "./raw-http.js";
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
  /** Most connections open at once. */
  socketsUsed: number;
  /** Connections opened in all (an open loop opens one whenever no idle one is free), and in the measured window. */
  socketsOpened: number;
  socketsOpenedMeasured: number;
  /** The whole machine from the first measured send to the last reply (Linux only). */
  machine: MachineShares | undefined;
  /** The latencies summarised in `latency`, in ms, for pooling rounds (dropped before the results are written). */
  samples?: number[];
}

function countError(kinds: Record<string, number>, kind: string): void {
  kinds[kind] = (kinds[kind] ?? 0) + 1;
}

/** The measured replies of one run: OK ones with their latency, the others counted by kind; the last one's time. */
class Tally {
  ok = 0;
  errors = 0;
  readonly errorKinds: Record<string, number> = {};
  readonly latencies: number[] = [];
  lastDone: number;

  constructor(lastDone = 0) {
    this.lastDone = lastDone;
  }

  record(reply: Parameters<typeof outcomeOfRaw>[0], error: Parameters<typeof outcomeOfRaw>[1], sent: number, done: number): void {
    this.lastDone = Math.max(this.lastDone, done);
    const outcome = outcomeOfRaw(reply, error);
    if (outcome === "ok") {
      this.ok++;
      this.latencies.push(done - sent);
    } else {
      this.errors++;
      countError(this.errorKinds, outcome);
    }
  }
}

/** The outcome of one raw request: `ok`, or an error kind (HTTP status and reason, or a client error). */
function outcomeOfRaw(reply: RawReply | undefined, error: string | undefined): string {
  return reply === undefined ? error ?? "client no reply" : outcomeOf({ status: reply.status, text: reply.body.toString("utf8") });
}

/** Raw connections to one target, with a sweep that fails requests left without a reply for REQUEST_TIMEOUT_MS. */
class Pool {
  readonly all = new Set<RawConnection>();
  opened = 0;
  mostOpen = 0;
  private readonly sweep: NodeJS.Timeout;
  private readonly port: number;
  private readonly host: string;

  constructor(target: Target) {
    const url = new URL(target.url);
    this.port = Number(url.port);
    this.host = url.hostname;
    this.sweep = setInterval(() => {
      const late = performance.now() - REQUEST_TIMEOUT_MS;
      for (const c of this.all) if (c.busy && c.sentAt < late) c.destroy(`client no response within ${REQUEST_TIMEOUT_MS} ms`);
    }, 250);
  }

  open(): RawConnection {
    const c = new RawConnection(this.port, this.host);
    this.opened++;
    this.all.add(c);
    c.socket.once("close", () => this.all.delete(c));
    if (this.all.size > this.mostOpen) this.mostOpen = this.all.size;
    return c;
  }

  close(): void {
    clearInterval(this.sweep);
    for (const c of this.all) c.destroy();
  }
}

/**
 * `bodies.length` requests on a fixed schedule at `rate`/s; the first `warm` are not measured. Each goes out on an
 * idle keep-alive connection if there is one (the most recently used: LIFO), otherwise on a new one (counted).
 */
export function openLoop(target: Target, bodies: Buffer[], rate: number, warm: number): Promise<OpenLoopResult> {
  const requests = bodies.map((b) => requestBytes(target, b));
  const pool = new Pool(target);
  const idle: RawConnection[] = [];
  const interval = 1000 / rate;
  const total = requests.length;
  const tally = new Tally();
  const lags: number[] = [];
  let pending = 0;
  let next = 0;
  let openedBeforeWindow = 0;
  let ticks: MachineTicks | undefined;
  const t0 = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = (): void => {
      pool.close();
      const windowMs = tally.lastDone - (t0 + warm * interval);
      const { ok, errors, errorKinds, latencies } = tally;
      resolve({
        rate, seconds: round((total - warm) / rate, 2), sent: total - warm, ok, errors, errorKinds,
        throughput: Math.round(ok / (windowMs / 1000)), latency: summarize(latencies), sendLag: summarize(lags),
        socketsUsed: pool.mostOpen, socketsOpened: pool.opened, socketsOpenedMeasured: pool.opened - openedBeforeWindow,
        machine: machineShares(ticks, machineTicks()), samples: latencies,
      });
    };
    const fire = (i: number): void => {
      const measured = i >= warm;
      if (i === warm) {
        ticks = machineTicks();
        openedBeforeWindow = pool.opened;
      }
      let c = idle.pop();
      while (c !== undefined && !c.reusable) c = idle.pop();
      c ??= pool.open();
      const conn = c;
      pending++;
      const sent = performance.now();
      if (measured) lags.push(sent - (t0 + i * interval));
      conn.send(requests[i]!, (reply, error) => {
        const done = performance.now();
        pending--;
        if (conn.reusable) idle.push(conn);
        if (measured) tally.record(reply, error, sent, done);
        if (next === total && pending === 0) finish();
      });
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
  /** Connections opened: `connections`, plus one for each that failed or closed and was replaced. */
  socketsOpened: number;
  /** The whole machine over the measured window (Linux only). */
  machine: MachineShares | undefined;
}

/**
 * `connections` raw keep-alive connections, each writing the next body as soon as its previous reply is complete; a
 * connection that fails or closes counts an error (in the window) and is replaced. With `reuse`, the bodies go round
 * again when they run out: for the direct path only (the upstream checks no nonce), which runs far faster than any
 * gateway and would otherwise need tens of thousands of signatures per run.
 */
export function closedLoop(target: Target, bodies: Buffer[], connections: number, warmupS: number, seconds: number, reuse = false): Promise<ClosedLoopResult> {
  const requests = bodies.map((b) => requestBytes(target, b));
  const pool = new Pool(target);
  const start = performance.now();
  const warmEnd = start + warmupS * 1000;
  const end = warmEnd + seconds * 1000;
  const tally = new Tally(warmEnd);
  let next = 0;
  let exhausted = false;
  let running = connections;
  let ticks: MachineTicks | undefined;
  let ticksEnd: MachineTicks | undefined;
  const window = setTimeout(() => {
    ticks = machineTicks();
    setTimeout(() => (ticksEnd = machineTicks()), end - performance.now()).unref();
  }, warmEnd - start).unref();
  return new Promise((resolve) => {
    const finish = (): void => {
      clearTimeout(window);
      pool.close();
      const windowS = ((exhausted ? tally.lastDone : end) - warmEnd) / 1000;
      const { ok, errors, errorKinds, latencies } = tally;
      resolve({
        connections, seconds: round(windowS, 2), completed: ok + errors, ok, errors, errorKinds,
        throughput: Math.round(ok / windowS), latency: summarize(latencies), exhausted, bodiesUsed: next,
        socketsOpened: pool.opened, machine: machineShares(ticks, ticksEnd ?? machineTicks()),
      });
    };
    const loop = (c: RawConnection): void => {
      if (performance.now() >= end || (!reuse && next >= requests.length)) {
        if (performance.now() < end) exhausted = true;
        if (--running === 0) finish();
        return;
      }
      const sent = performance.now();
      c.send(requests[next++ % requests.length]!, (reply, error) => {
        const done = performance.now();
        if (sent >= warmEnd && done <= end) tally.record(reply, error, sent, done);
        // A new connection's first write waits in its buffer until it connects.
        loop(c.reusable ? c : pool.open());
      });
    };
    for (let i = 0; i < connections; i++) loop(pool.open());
  });
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
