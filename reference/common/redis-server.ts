// A throwaway redis-server on a free loopback port, for the Redis tests and the gateway benchmark. Built (the bench
// imports it) but exported from no index: not part of the library's API.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { connect, createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface RedisServer {
  url: string;
  port: number;
  /** The server's process id, for tests that freeze it (SIGSTOP) to play an unresponsive Redis. */
  pid: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;
const running = new Set<ChildProcess>();
// A test run that dies before its afterAll must not leave servers behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Whether `redis-server` can be run from PATH. */
export function redisServerAvailable(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

/** A loopback port nothing listens on right now (another process may still take it before it is used). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no port assigned"))));
    });
  });
}

/** Starts `redis-server` without persistence on a free loopback port and resolves once it answers PING. */
export async function startRedis(): Promise<RedisServer> {
  let lastFailure = "";
  // The free port can be taken between choosing it and redis binding it; another one is tried then.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    let output = "";
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    let spawnFailed = false;
    const exited = new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      // A failed spawn emits 'error' and no 'exit'.
      child.once("error", (e) => {
        spawnFailed = true;
        collect(Buffer.from(String(e)));
        resolve();
      });
    });
    if (await answersPing(port, child, () => spawnFailed)) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        pid: child.pid!,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
          await exited;
          running.delete(child);
        },
      };
    }
    child.kill("SIGKILL");
    await exited;
    running.delete(child);
    lastFailure = output;
  }
  throw new Error(`redis-server did not start:\n${lastFailure}`);
}

async function answersPing(port: number, child: ChildProcess, spawnFailed: () => boolean): Promise<boolean> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnFailed() || child.exitCode !== null || child.signalCode !== null) return false;
    if (await ping(port)) return true;
    await sleep(50);
  }
  return false;
}

/** One PING over a raw socket, so that readiness does not depend on the client under test. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    let reply = "";
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG"));
    });
  });
}
