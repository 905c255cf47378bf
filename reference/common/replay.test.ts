import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { McpTrustError } from "./errors.js";
import { DirectoryReplayStore, MemoryReplayStore, replayKey } from "./replay.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "mcp-trust-replay-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function reasonOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof McpTrustError) return e.reason;
    throw e;
  }
  return undefined;
}

describe("MemoryReplayStore", () => {
  it("lets exactly one of many concurrent consumes of a key win", async () => {
    const store = new MemoryReplayStore();
    const keys = Array.from({ length: 20 }, (_, i) => replayKey("https://issuer.example", `nonce-${i}`));
    const calls = keys.flatMap((key) => Array.from({ length: 50 }, async () => ({ key, won: await store.consume(key, 60_000, 0) })));
    const results = await Promise.all(calls);
    for (const key of keys) expect(results.filter((r) => r.key === key && r.won)).toHaveLength(1);
  });

  it("remembers a key until its expiry and lets it be used again after", () => {
    const store = new MemoryReplayStore();
    expect(store.consume("k", 1000, 0)).toBe(true);
    expect(store.consume("k", 1000, 999)).toBe(false);
    expect(store.consume("k", 1000, 1000)).toBe(false);
    expect(store.consume("k", 5000, 1001)).toBe(true);
    expect(store.consume("k", 5000, 4000)).toBe(false);
  });

  it("refuses a new nonce with replay_store_unavailable when full, instead of forgetting a live one", () => {
    const store = new MemoryReplayStore({ maxEntries: 3 });
    for (const key of ["a", "b", "c"]) expect(store.consume(key, 10_000, 0)).toBe(true);
    expect(reasonOf(() => store.consume("d", 10_000, 5))).toBe("replay_store_unavailable");
    // A replay is still recognised as one while full, and nothing live was dropped to make room.
    expect(store.consume("a", 10_000, 6)).toBe(false);
    expect(store.size).toBe(3);
    // Once the held nonces have expired (and their bucket has passed), new ones fit again.
    expect(store.consume("d", 30_000, 12_000)).toBe(true);
    expect(store.size).toBe(1);
  });

  it("rejects a maxEntries that is not a positive integer", () => {
    for (const maxEntries of [0, -1, 1.5, Number.NaN]) expect(() => new MemoryReplayStore({ maxEntries })).toThrow(RangeError);
  });

  it("keeps memory bounded over 100 000 distinct expiring keys", () => {
    const store = new MemoryReplayStore({ maxEntries: 2000 });
    let largest = 0;
    let accepted = 0;
    let seed = 1;
    for (let now = 0; now < 100_000; now++) {
      seed = (seed * 48271) % 2147483647;
      // Lifetimes of 1–300 ms, so expiries arrive out of insertion order.
      if (store.consume(`nonce-${now}`, now + 1 + (seed % 300), now)) accepted++;
      largest = Math.max(largest, store.size);
    }
    expect(accepted).toBe(100_000);
    // At most 300 ms of live keys plus the one-second bucket that has not been swept yet.
    expect(largest).toBeLessThanOrEqual(1300);
  });

  it("sweeps everything after a clock jump and ignores a clock that goes back", () => {
    const store = new MemoryReplayStore({ maxEntries: 10_000 });
    for (let i = 0; i < 5000; i++) store.consume(`k${i}`, 1_000 + i * 37, 0);
    store.consume("late", 1e13, 1e12);
    expect(store.size).toBe(1);
    expect(store.consume("late", 1e13, 5)).toBe(false);
    expect(store.consume("old", 10, 5)).toBe(true);
    expect(store.consume("old", 10, 6)).toBe(false);
  });
});

describe("DirectoryReplayStore", () => {
  it("remembers a key across store instances until its expiry", () => {
    const dir = join(tmp, "basic");
    expect(new DirectoryReplayStore(dir).consume("k", 1000, 0)).toBe(true);
    expect(new DirectoryReplayStore(dir).consume("k", 1000, 1000)).toBe(false);
    expect(new DirectoryReplayStore(dir).consume("k", 5000, 1001)).toBe(true);
    expect(new DirectoryReplayStore(dir).consume("k", 5000, 2000)).toBe(false);
  });

  it("lets exactly one of N parallel processes consume each key, fresh or expired", async () => {
    const dir = join(tmp, "parallel");
    const keys = Array.from({ length: 40 }, (_, i) => `https://issuer.example\nnonce-${i}`);
    // Half the keys start out consumed and expired, so the processes also race to replace an expired file.
    const seed = new DirectoryReplayStore(dir);
    for (const key of keys.slice(0, 20)) expect(seed.consume(key, 1, 0)).toBe(true);
    const results = await raceChildren(
      6,
      `const { DirectoryReplayStore } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "reference/common/replay.ts")).href)});
      const store = new DirectoryReplayStore(${JSON.stringify(dir)});
      const keys = ${JSON.stringify(keys)};
      process.stdout.write("ready\\n");
      process.stdin.once("data", () => {
        process.stdout.write(JSON.stringify(keys.map((k) => store.consume(k, 60_000, 1_000))) + "\\n");
        process.exit(0);
      });`,
    );
    keys.forEach((key, i) => expect(results.filter((r) => r[i]).length, key).toBe(1));
  });

  it("refuses with replay_store_unavailable when the directory cannot be created", () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "");
    expect(reasonOf(() => new DirectoryReplayStore(join(file, "replay")))).toBe("replay_store_unavailable");
  });

  it("refuses with replay_store_unavailable when the directory cannot be written", () => {
    const dir = join(tmp, "vanishing");
    const store = new DirectoryReplayStore(dir);
    expect(store.consume("k", 1000, 0)).toBe(true);
    // Replacing the directory by a file fails every open, even for root (which permission bits would not stop).
    rmSync(dir, { recursive: true });
    writeFileSync(dir, "");
    expect(reasonOf(() => store.consume("k2", 1000, 0))).toBe("replay_store_unavailable");
  });
});

/** Runs `n` copies of `code` at once; each prints "ready", waits for a line on stdin, then prints its JSON answer. */
async function raceChildren(n: number, code: string): Promise<boolean[][]> {
  const children = Array.from({ length: n }, () => spawnScript(code));
  await Promise.all(children.map((c) => c.line()));
  for (const c of children) c.go();
  return Promise.all(children.map(async (c) => JSON.parse(await c.line()) as boolean[]));
}

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
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
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
        if ((await Promise.race([more, exited.then(() => "exit" as const)])) === "exit" && !out.includes("\n")) {
          throw new Error(`child exited early: ${err}`);
        }
      }
    },
    go() {
      child.stdin.write("go\n");
    },
  };
}
