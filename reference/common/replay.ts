import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * Where consumed nonces are remembered. `consume` must be atomic: of any number of concurrent calls with one key
 * before `expiresAtMs`, exactly one returns true. Verifiers call it only after every other check has passed,
 * so a refused call never burns a nonce.
 */
export interface ReplayStore {
  consume(key: string, expiresAtMs: number, nowMs: number): boolean | Promise<boolean>;
}

/** The replay key of an envelope: nonces are scoped to their issuer. */
export function replayKey(iss: string, nonce: string): string {
  return `${iss}\n${nonce}`;
}

/** In-process store: one Map, expired entries swept as the map grows. Serves one process. */
export class MemoryReplayStore implements ReplayStore {
  readonly #seen = new Map<string, number>();
  #sweepAt = 1024;

  consume(key: string, expiresAtMs: number, nowMs: number): boolean {
    const until = this.#seen.get(key);
    if (until !== undefined && until >= nowMs) return false;
    this.#seen.set(key, expiresAtMs);
    if (this.#seen.size >= this.#sweepAt) this.#sweep(nowMs);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #sweep(nowMs: number): void {
    for (const [k, until] of this.#seen) if (until < nowMs) this.#seen.delete(k);
    this.#sweepAt = Math.max(1024, this.#seen.size * 2);
  }
}

/**
 * A store shared by processes on one machine through a directory: one file per consumed key, created with O_EXCL so
 * that exactly one process wins. Used by the CLI (`--replay-dir`) and by conformance cases that span several calls.
 */
export class DirectoryReplayStore implements ReplayStore {
  readonly #dir: string;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.#dir = dir;
  }

  consume(key: string, expiresAtMs: number, nowMs: number): boolean {
    const file = join(this.#dir, createHash("sha256").update(key).digest("hex"));
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, "wx");
        try {
          writeSync(fd, String(expiresAtMs));
        } finally {
          closeSync(fd);
        }
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        const until = Number(readFileSync(file, "utf8"));
        if (!(until < nowMs)) return false;
        rmSync(file, { force: true });
      }
    }
    return false;
  }
}
