import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { McpTrustError } from "./errors.js";

/**
 * Where consumed nonces are remembered. `consume` must be atomic: of any number of concurrent calls with one key
 * before `expiresAtMs`, exactly one returns true. Verifiers call it only after every other check has passed,
 * so a refused call never burns a nonce. A store that cannot answer throws (or rejects with)
 * `McpTrustError("replay_store_unavailable")`; it never answers `true` when unsure.
 */
export interface ReplayStore {
  consume(key: string, expiresAtMs: number, nowMs: number): boolean | Promise<boolean>;
}

/** The replay key of an envelope: nonces are scoped to their issuer. */
export function replayKey(iss: string, nonce: string): string {
  return `${iss}\n${nonce}`;
}

export const DEFAULT_MAX_REPLAY_ENTRIES = 1_000_000;

export interface MemoryReplayStoreOptions {
  /** Most unexpired nonces held at once (default 1 000 000); past it, new nonces are refused. */
  maxEntries?: number;
}

// Expiry times are grouped into buckets of this width so that a sweep drops whole buckets and never looks at a
// live entry. An entry is released at most this long after it expires.
const BUCKET_MS = 1000;

/**
 * In-process store with bounded memory: serves one process. Expired entries are swept bucket by bucket as the clock
 * passes them, O(1) amortised per call. When `maxEntries` unexpired nonces are held, a new nonce is refused with
 * `replay_store_unavailable` rather than evicting a live one, which would let that one be replayed.
 */
export class MemoryReplayStore implements ReplayStore {
  readonly maxEntries: number;
  readonly #seen = new Map<string, number>();
  // Bucket id (floor(expiresAt / BUCKET_MS)) → keys inserted with an expiry in it. A key consumed again after it
  // expired may be listed in an older bucket too; dropping that bucket checks the key's current expiry first.
  readonly #buckets = new Map<number, string[]>();
  // Every bucket below this id has been dropped; undefined until the first call fixes where the clock starts.
  #swept: number | undefined;

  constructor(options: MemoryReplayStoreOptions = {}) {
    const max = options.maxEntries ?? DEFAULT_MAX_REPLAY_ENTRIES;
    if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`maxEntries must be a positive integer, got ${max}`);
    this.maxEntries = max;
  }

  consume(key: string, expiresAtMs: number, nowMs: number): boolean {
    if (Number.isNaN(expiresAtMs) || !Number.isFinite(nowMs)) throw new RangeError("consume needs a numeric expiry and a finite clock");
    const swept = this.#sweep(nowMs);
    const until = this.#seen.get(key);
    if (until !== undefined && until >= nowMs) return false;
    if (until === undefined && this.#seen.size >= this.maxEntries) {
      throw new McpTrustError("replay_store_unavailable", `the in-memory replay store holds ${this.maxEntries} unexpired nonces`);
    }
    this.#seen.set(key, expiresAtMs);
    // An expiry the sweep has already passed goes into the next bucket to drop, so that it is still released.
    const id = Math.max(Math.floor(expiresAtMs / BUCKET_MS), swept);
    const bucket = this.#buckets.get(id);
    if (bucket === undefined) this.#buckets.set(id, [key]);
    else bucket.push(key);
    return true;
  }

  /** Nonces currently remembered, including any expired within the last bucket width. */
  get size(): number {
    return this.#seen.size;
  }

  /** Drops every bucket that lies wholly before `nowMs`; returns the lowest bucket id still kept. */
  #sweep(nowMs: number): number {
    const due = Math.floor(nowMs / BUCKET_MS);
    const from = this.#swept;
    // A clock that goes backwards sweeps nothing; entries already dropped were expired at a later time.
    if (from !== undefined && due <= from) return from;
    if (from !== undefined) {
      // Step bucket by bucket when that is cheaper than visiting every bucket (after a long idle, or a clock jump).
      if (due - from <= this.#buckets.size) for (let id = from; id < due; id++) this.#drop(id, nowMs);
      else for (const id of this.#buckets.keys()) if (id < due) this.#drop(id, nowMs);
    }
    this.#swept = due;
    return due;
  }

  #drop(id: number, nowMs: number): void {
    const keys = this.#buckets.get(id);
    if (keys === undefined) return;
    this.#buckets.delete(id);
    for (const key of keys) {
      const until = this.#seen.get(key);
      if (until !== undefined && until < nowMs) this.#seen.delete(key);
    }
  }
}

/**
 * A store shared by processes on one machine through a directory: one file per consumed key holding its expiry,
 * created with O_EXCL so that exactly one process wins. Used by the CLI (`--replay-dir`) and by conformance cases
 * that span several calls. A directory that cannot be created, read or written is `replay_store_unavailable`.
 */
export class DirectoryReplayStore implements ReplayStore {
  readonly #dir: string;

  constructor(dir: string) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new McpTrustError("replay_store_unavailable", "the replay directory cannot be created", { cause: e });
    }
    this.#dir = dir;
  }

  consume(key: string, expiresAtMs: number, nowMs: number): boolean {
    const file = join(this.#dir, createHash("sha256").update(key).digest("hex"));
    try {
      if (createExclusive(file, expiresAtMs)) return true;
      if (!(readExpiry(file) < nowMs)) return false;
      return replaceExpired(file, expiresAtMs, nowMs);
    } catch (e) {
      if (e instanceof McpTrustError) throw e;
      throw new McpTrustError("replay_store_unavailable", "the replay directory cannot be read or written", { cause: e });
    }
  }
}

/**
 * Two processes that both find one expired file must not both delete and recreate it: the second delete would
 * remove the first one's fresh file and both would accept. Only the holder of `<file>.lock` replaces it; the others
 * answer "seen", since one of them wins. A lock left by a crashed process keeps that one key refused, which is
 * fail-closed and harmless for single-use nonces.
 */
function replaceExpired(file: string, expiresAtMs: number, nowMs: number): boolean {
  const lock = `${file}.lock`;
  if (!createExclusive(lock, nowMs)) return false;
  try {
    if (!(readExpiry(file) < nowMs)) return false;
    rmSync(file, { force: true });
    return createExclusive(file, expiresAtMs);
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Creates `file` holding `value`; false when it exists. */
function createExclusive(file: string, value: number): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, String(value));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * The expiry recorded in `file`. A file that is empty or unreadable as a number is another process between create
 * and write (or one that crashed there), and a missing one is being replaced: both count as unexpired.
 */
function readExpiry(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return Infinity;
    throw e;
  }
  const until = text.trim() === "" ? NaN : Number(text);
  return Number.isNaN(until) ? Infinity : until;
}
