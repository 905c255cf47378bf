import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { McpTrustError } from "./errors.js";
import { DEFAULT_REDIS_KEY_PREFIX, RedisReplayStore } from "./redis-replay-store.js";
import { freePort, redisServerAvailable, startRedis, type RedisServer } from "./redis-server.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HAVE_REDIS = redisServerAvailable();
const IN_CI = !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());
const SLACK_MS = 250; // scheduling noise on a loaded machine, on top of a configured timeout

if (!HAVE_REDIS && !IN_CI) {
  console.warn("redis-replay-store.test.ts: redis-server is not on PATH, so the tests against a real Redis are SKIPPED (with CI set they fail)");
}

async function reasonOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    if (e instanceof McpTrustError) return e.reason;
    throw e;
  }
  return undefined;
}

/** How long `p` takes to settle, and the reason it was refused with. */
async function timed(p: Promise<unknown>): Promise<{ reason: string | undefined; ms: number }> {
  const start = performance.now();
  const reason = await reasonOf(p);
  return { reason, ms: performance.now() - start };
}

/** A server of the test's own, stopped when the test ends even if it failed or timed out half-way. */
async function ownRedis(): Promise<RedisServer> {
  const server = await startRedis();
  onTestFinished(() => server.stop());
  return server;
}

const redisKey = (key: string, prefix = DEFAULT_REDIS_KEY_PREFIX): string => prefix + createHash("sha256").update(key).digest("hex");

describe.runIf(!HAVE_REDIS && IN_CI)("RedisReplayStore in CI", () => {
  it("has redis-server on PATH", () => {
    expect.fail("redis-server is not on PATH; CI must install it (.ci/run does) so that the Redis replay store is tested");
  });
});

describe.skipIf(!HAVE_REDIS)(`RedisReplayStore against a real redis-server${HAVE_REDIS ? "" : " (SKIPPED: redis-server not on PATH)"}`, () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("lets exactly one of 50 concurrent consumes of one key win, on one client and across five", async () => {
    const one = await RedisReplayStore.connect(redis.url);
    const five = await Promise.all(Array.from({ length: 5 }, () => RedisReplayStore.connect(redis.url)));
    try {
      const single = await Promise.all(Array.from({ length: 50 }, () => one.consume("iss\nsingle", Date.now() + 60_000, Date.now())));
      expect(single.filter(Boolean)).toHaveLength(1);
      const spread = await Promise.all(Array.from({ length: 50 }, (_, i) => five[i % 5]!.consume("iss\nspread", Date.now() + 60_000, Date.now())));
      expect(spread.filter(Boolean)).toHaveLength(1);
    } finally {
      await Promise.all([one, ...five].map((s) => s.close()));
    }
  });

  it("accepts each nonce exactly once across two node processes with their own clients", async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `https://issuer.example\nnonce-${i}`);
    const code = `
      const { RedisReplayStore } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "reference/common/redis-replay-store.ts")).href)});
      const store = await RedisReplayStore.connect(${JSON.stringify(redis.url)}, { timeoutMs: 2000 });
      const keys = ${JSON.stringify(keys)};
      process.stdout.write("ready\\n");
      process.stdin.once("data", async () => {
        const now = Date.now();
        const won = await Promise.all(keys.map((k) => store.consume(k, now + 60_000, now)));
        process.stdout.write(JSON.stringify(won) + "\\n");
        await store.close();
        process.exit(0);
      });`;
    const children = [spawnScript(code), spawnScript(code)];
    await Promise.all(children.map((c) => c.line()));
    for (const c of children) c.go();
    const [a, b] = await Promise.all(children.map(async (c) => JSON.parse(await c.line()) as boolean[]));
    keys.forEach((key, i) => expect(Number(a![i]) + Number(b![i]), key).toBe(1));
  });

  it("stores SET NX PX under the prefixed SHA-256 of the key, and frees the key when the TTL runs out", async () => {
    const store = await RedisReplayStore.connect(redis.url);
    const raw = createClient({ url: redis.url });
    await raw.connect();
    try {
      const now = Date.now();
      expect(await store.consume("iss\nshort", now + 150, now)).toBe(true);
      expect(await store.consume("iss\nshort", now + 150, now)).toBe(false);
      const pttl = await raw.pTTL(redisKey("iss\nshort"));
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(150);
      await sleep(300);
      expect(await store.consume("iss\nshort", Date.now() + 150, Date.now())).toBe(true);
      // An expiry already reached still takes the minimum TTL of 1 ms rather than an invalid one.
      expect(await store.consume("iss\npast", now - 10, now)).toBe(true);
      await sleep(20);
      expect(await raw.exists(redisKey("iss\npast"))).toBe(0);
    } finally {
      await store.close();
      raw.destroy();
    }
  });

  it("keeps stores with different key prefixes apart", async () => {
    const a = await RedisReplayStore.connect(redis.url, { keyPrefix: "fleet-a:" });
    const b = await RedisReplayStore.connect(redis.url, { keyPrefix: "fleet-b:" });
    try {
      const now = Date.now();
      expect(await a.consume("iss\nshared", now + 60_000, now)).toBe(true);
      expect(await b.consume("iss\nshared", now + 60_000, now)).toBe(true);
      expect(await a.consume("iss\nshared", now + 60_000, now)).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("uses a caller's client without closing it", async () => {
    const client = createClient({ url: redis.url, disableOfflineQueue: true });
    await client.connect();
    const store = new RedisReplayStore(client);
    const now = Date.now();
    expect(await store.consume("iss\ncaller", now + 60_000, now)).toBe(true);
    expect(await store.consume("iss\ncaller", now + 60_000, now)).toBe(false);
    await store.close();
    expect(client.isReady).toBe(true);
    client.destroy();
    expect(await reasonOf(store.consume("iss\ncaller-2", now + 60_000, now))).toBe("replay_store_unavailable");
  });

  it("refuses after close", async () => {
    const store = await RedisReplayStore.connect(redis.url);
    await store.close();
    expect(await reasonOf(store.consume("iss\nclosed", Date.now() + 60_000, Date.now()))).toBe("replay_store_unavailable");
  });

  it("refuses with replay_store_unavailable within the timeout once Redis is stopped, and never hangs", async () => {
    const own = await ownRedis();
    const store = await RedisReplayStore.connect(own.url, { timeoutMs: 250 });
    onTestFinished(() => store.close());
    expect(await store.consume("iss\nbefore", Date.now() + 60_000, Date.now())).toBe(true);
    await own.stop();
    for (let i = 0; i < 3; i++) {
      const { reason, ms } = await timed(store.consume(`iss\nafter-${i}`, Date.now() + 60_000, Date.now()));
      expect(reason).toBe("replay_store_unavailable");
      expect(ms).toBeLessThan(250 + SLACK_MS);
    }
  });

  it("refuses with replay_store_unavailable when Redis stops answering, then recovers when it answers again", async () => {
    const own = await ownRedis();
    const store = await RedisReplayStore.connect(own.url, { timeoutMs: 200 });
    onTestFinished(() => store.close());
    expect(await store.consume("iss\nbefore", Date.now() + 60_000, Date.now())).toBe(true);
    process.kill(own.pid, "SIGSTOP");
    const { reason, ms } = await timed(store.consume("iss\nfrozen", Date.now() + 60_000, Date.now()));
    expect(reason).toBe("replay_store_unavailable");
    expect(ms).toBeGreaterThanOrEqual(150);
    expect(ms).toBeLessThan(200 + SLACK_MS);
    process.kill(own.pid, "SIGCONT");
    // The late reply to the abandoned SET must not be taken as the answer to a later one.
    expect(await store.consume("iss\nthawed", Date.now() + 60_000, Date.now())).toBe(true);
    expect(await store.consume("iss\nthawed", Date.now() + 60_000, Date.now())).toBe(false);
  });
});

describe("RedisReplayStore without a reachable Redis", () => {
  it("refuses to connect to an unreachable port with replay_store_unavailable within connectTimeoutMs", async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const { reason, ms } = await timed(RedisReplayStore.connect(url, { connectTimeoutMs: 300 }));
    expect(reason).toBe("replay_store_unavailable");
    expect(ms).toBeLessThan(300 + SLACK_MS + 1000); // the first import of `redis` is part of it
  });

  it("refuses a call on a caller's client that cannot reach Redis within timeoutMs", async () => {
    const client = createClient({ url: `redis://127.0.0.1:${await freePort()}`, socket: { reconnectStrategy: 20 } });
    client.on("error", () => {});
    const connecting = client.connect().catch(() => {});
    const store = new RedisReplayStore(client, { timeoutMs: 150 });
    try {
      const { reason, ms } = await timed(store.consume("iss\nunreachable", Date.now() + 60_000, Date.now()));
      expect(reason).toBe("replay_store_unavailable");
      expect(ms).toBeLessThan(150 + SLACK_MS);
      // A client that was never connected at all is refused too.
      const never = new RedisReplayStore(createClient({ url: "redis://127.0.0.1:1" }));
      expect(await reasonOf(never.consume("iss\nnever", Date.now() + 60_000, Date.now()))).toBe("replay_store_unavailable");
    } finally {
      client.destroy();
      await connecting;
    }
  });
});

function spawnScript(code: string): { line(): Promise<string>; go(): void } {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
  // Also when the test fails or times out half-way.
  onTestFinished(() => {
    child.kill("SIGKILL");
  });
  let out = "";
  let err = "";
  const waiting: Array<() => void> = [];
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
    waiting.splice(0).forEach((f) => f());
  });
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<"exit">((resolve) => child.once("exit", () => resolve("exit")));
  return {
    async line() {
      for (;;) {
        const i = out.indexOf("\n");
        if (i >= 0) {
          const line = out.slice(0, i);
          out = out.slice(i + 1);
          return line;
        }
        const more = new Promise<"more">((resolve) => waiting.push(() => resolve("more")));
        if ((await Promise.race([more, exited])) === "exit" && !out.includes("\n")) throw new Error(`child exited early: ${err}`);
      }
    },
    go() {
      child.stdin.write("go\n");
    },
  };
}
