/**
 * The benchmark's child processes: the upstream and the load generator (node:child_process.fork, IPC), and gateways
 * (`node dist/bin/mcp-trust.js gateway …`, exactly as an operator starts one). Every child is started detached, as
 * the leader of its own process group, so that a gateway's cluster workers can be ended with it. Everything started
 * here is stopped by {@link stopAll} — called by run.ts on success, error and SIGINT/SIGTERM — and, as a last
 * resort, SIGKILLed on process exit.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly proc: ChildProcess;
  /** The last few KB of the child's stdout and stderr, for error messages. */
  output(): string;
  /** SIGTERM, up to `graceMs` to exit, then SIGKILL of the whole process group. */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<Child>();

process.once("exit", () => {
  for (const child of live) killGroup(child.pid, "SIGKILL");
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

function track(name: string, proc: ChildProcess): Child {
  if (proc.pid === undefined) throw new Error(`bench: could not start ${name}`);
  const pid = proc.pid;
  let out = "";
  const collect = (chunk: Buffer): void => {
    out = (out + chunk.toString()).slice(-6000);
  };
  proc.stdout?.on("data", collect);
  proc.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    proc.once("exit", () => resolve());
  });
  const child: Child = {
    name,
    pid,
    proc,
    output: () => out,
    async stop(graceMs = 5000) {
      if (!live.has(child)) return;
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill("SIGTERM");
        await Promise.race([exited, sleep(graceMs)]);
      }
      // Whatever is left of the group (a cluster worker whose primary was killed, a child that ignored SIGTERM).
      killGroup(pid, "SIGKILL");
      await Promise.race([exited, sleep(2000)]);
      live.delete(child);
    },
  };
  live.add(child);
  return child;
}

/** A node child running `module` (compiled JS) with an IPC channel. */
export function forkNode(name: string, module: string | URL, args: string[] = []): Child {
  return track(name, fork(module, args, { detached: true, stdio: ["ignore", "pipe", "pipe", "ipc"] }));
}

/** A command (no IPC). */
export function spawnCommand(name: string, command: string, args: string[]): Child {
  return track(name, spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] }));
}

/** Resolves when the child's output matches `pattern`; rejects if it exits first or after `timeoutMs`. */
export async function waitForOutput(child: Child, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = pattern.exec(child.output());
    if (m !== null) return m;
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) break;
    await sleep(20);
  }
  throw new Error(`bench: ${child.name} did not become ready:\n${child.output()}`);
}

/** Stops every child still running, the most recently started first. */
export async function stopAll(): Promise<void> {
  for (const child of [...live].reverse()) await child.stop();
}

let nextId = 1;

/** One request over a forked child's IPC channel, answered by `{ id, result }` or `{ id, error }`. */
export function ask<T>(child: Child, message: Record<string, unknown>, timeoutMs = 120_000): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const onMessage = (m: { id?: number; result?: T; error?: string }): void => {
      if (m?.id !== id) return;
      done();
      if (m.error !== undefined) reject(new Error(`bench: ${child.name}: ${m.error}`));
      else resolve(m.result as T);
    };
    const onExit = (): void => {
      done();
      reject(new Error(`bench: ${child.name} exited while asked ${String(message["cmd"])}:\n${child.output()}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`bench: ${child.name} did not answer ${String(message["cmd"])} within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      child.proc.off("message", onMessage);
      child.proc.off("exit", onExit);
    };
    child.proc.on("message", onMessage);
    child.proc.once("exit", onExit);
    child.proc.send({ ...message, id });
  });
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

/** One live process as /proc/N/stat gives it. */
export interface ProcessStat {
  pid: number;
  ppid: number;
  pgrp: number;
  /** CPU seconds (user + system) used so far. */
  cpuSeconds: number;
}

/** Every live process (Linux /proc); undefined where there is no /proc. */
export function processStats(): ProcessStat[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  const out: ProcessStat[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "latin1");
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command name (which may hold spaces and parentheses): state ppid pgrp … utime(14) stime(15).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.push({ pid: Number(entry), ppid: Number(fields[1]), pgrp: Number(fields[2]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
  }
  return out;
}

/**
 * CPU seconds (user + system) used so far by each live process of the process group `pgid` — a gateway and its
 * cluster workers — by pid. Linux /proc only; undefined elsewhere. A worker that exited takes its time with it.
 */
export function groupCpu(pgid: number): Map<number, number> | undefined {
  const all = processStats();
  return all === undefined ? undefined : new Map(all.filter((p) => p.pgrp === pgid).map((p) => [p.pid, p.cpuSeconds]));
}

/** The sum of {@link groupCpu}. */
export function groupCpuSeconds(pgid: number): number | undefined {
  const byPid = groupCpu(pgid);
  return byPid === undefined ? undefined : [...byPid.values()].reduce((a, b) => a + b, 0);
}
