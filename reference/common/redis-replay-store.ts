import { createHash } from "node:crypto";
import type { RedisClientOptions, SetOptions } from "redis";
import { McpTrustError } from "./errors.js";
import type { ReplayStore } from "./replay.js";

export const DEFAULT_REDIS_KEY_PREFIX = "mcp-trust:nonce:";
export const DEFAULT_REDIS_TIMEOUT_MS = 250;
export const DEFAULT_REDIS_CONNECT_TIMEOUT_MS = 2000;

/** The part of a node-redis client the store uses; a `createClient()` client (v5 or later) satisfies it. */
export interface RedisSetClient {
  set(key: string, value: string, options: SetOptions): Promise<unknown>;
}

export interface RedisReplayStoreOptions {
  /** Prepended to the SHA-256 hex of each replay key (default `mcp-trust:nonce:`). */
  keyPrefix?: string;
  /** Longest a `consume` waits for Redis before refusing with `replay_store_unavailable` (default 250 ms). */
  timeoutMs?: number;
}

export interface RedisConnectOptions extends RedisReplayStoreOptions {
  /** Longest `connect` waits for the first connection, and each reconnect attempt may take (default 2000 ms). */
  connectTimeoutMs?: number;
  /** Further node-redis client options (TLS, credentials, database…); `url` and the timeouts above win. */
  client?: Omit<RedisClientOptions, "url">;
}

/** What a client made by `connect` also offers, kept minimal so that `redis` is imported only when it is used. */
interface OwnedClient extends RedisSetClient {
  readonly isOpen: boolean;
  on(event: "error", listener: (error: unknown) => void): unknown;
  connect(): Promise<unknown>;
  close(): Promise<void>;
  destroy(): void;
}

/**
 * A replay store for a fleet: every verifier sharing one Redis shares the nonces. One nonce is one
 * `SET <prefix><sha256(key)> 1 NX PX <ttl>`, atomic in Redis, so of any number of concurrent calls across processes
 * exactly one gets `OK`. The key is hashed so that its length and bytes are bounded whatever the issuer and nonce.
 *
 * Every failure — connection refused or lost, a closed client, an error reply, no answer within `timeoutMs` — is
 * `McpTrustError("replay_store_unavailable")`. There is no fallback to memory: a store private to one process would
 * let a nonce be replayed against another.
 *
 * @example
 * ```ts
 * const replayStore = await RedisReplayStore.connect("redis://redis.internal:6379");   // owns its client
 * const outcome = await verifyAttestation(bytes, call, { trustStore, replayStore });
 * await replayStore.close();
 * ```
 */
export class RedisReplayStore implements ReplayStore {
  readonly keyPrefix: string;
  readonly timeoutMs: number;
  readonly #client: RedisSetClient;
  #owned: OwnedClient | undefined;

  /**
   * Uses a node-redis client the caller made, connects and closes. Give it `disableOfflineQueue: true` so that
   * calls during an outage fail at once instead of waiting out `timeoutMs`.
   */
  constructor(client: RedisSetClient, options: RedisReplayStoreOptions = {}) {
    this.keyPrefix = options.keyPrefix ?? DEFAULT_REDIS_KEY_PREFIX;
    this.timeoutMs = positive(options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS, "timeoutMs");
    this.#client = client;
  }

  /**
   * Creates and connects a client of its own for `url` (`redis://…`, `rediss://…`), which `close` closes. Rejects
   * with `replay_store_unavailable` when no connection is made within `connectTimeoutMs`. Once connected, the
   * client reconnects after an outage on its own; calls made meanwhile are refused, not queued.
   *
   * A factory rather than a constructor argument because importing `redis` takes about half a second: it is loaded
   * here, on first use, not by everyone who imports mcp-trust, and not inside a call's `timeoutMs`.
   */
  static async connect(url: string, options: RedisConnectOptions = {}): Promise<RedisReplayStore> {
    const timeoutMs = positive(options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS, "timeoutMs");
    const connectTimeoutMs = positive(options.connectTimeoutMs ?? DEFAULT_REDIS_CONNECT_TIMEOUT_MS, "connectTimeoutMs");
    const { createClient } = await import("redis");
    const extra = options.client ?? {};
    const client: OwnedClient = createClient({
      ...extra,
      url,
      disableOfflineQueue: true,
      // node-redis only times out a command still waiting to be written; the wait for a reply is bounded in consume.
      commandOptions: { ...extra.commandOptions, timeout: timeoutMs },
      socket: {
        ...extra.socket,
        connectTimeout: connectTimeoutMs,
        // node-redis gives up for good after a connect timeout by default; a fleet's store must come back.
        reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000),
      },
    });
    // Without a listener an 'error' event (emitted on every failed reconnect) would crash the process.
    client.on("error", () => {});
    const store = new RedisReplayStore(client, options);
    store.#owned = client;
    const connecting = client.connect();
    try {
      await within(connecting, connectTimeoutMs, "connecting to Redis");
    } catch (e) {
      connecting.catch(() => {});
      client.destroy();
      throw asUnavailable(e, "could not connect to Redis");
    }
    return store;
  }

  async consume(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(expiresAtMs - nowMs));
    if (!Number.isFinite(ttl)) throw new RangeError("consume needs a finite expiry and clock");
    const redisKey = this.keyPrefix + createHash("sha256").update(key).digest("hex");
    let reply: unknown;
    try {
      reply = await within(
        // A client that throws instead of rejecting is folded into the same path.
        Promise.resolve().then(() => this.#client.set(redisKey, "1", { condition: "NX", expiration: { type: "PX", value: ttl } })),
        this.timeoutMs,
        "consuming a nonce in Redis",
      );
    } catch (e) {
      throw asUnavailable(e, "Redis did not consume the nonce");
    }
    if (reply === null) return false;
    if (String(reply) === "OK") return true;
    throw new McpTrustError("replay_store_unavailable", "Redis answered SET NX with neither OK nor nil");
  }

  /** Closes the client `connect` made (pending calls are refused); a caller's own client is left to the caller. */
  async close(): Promise<void> {
    const client = this.#owned;
    if (client === undefined) return;
    try {
      if (client.isOpen) await within(client.close(), this.timeoutMs, "closing the Redis connection");
    } catch {
      // Closing is best effort: destroy below releases the socket either way.
    } finally {
      client.destroy();
    }
  }
}

function positive(value: number, name: string): number {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be a positive number of milliseconds, got ${value}`);
  return value;
}

/**
 * `promise`, or a `replay_store_unavailable` rejection once `ms` have passed; the timer never outlives the call.
 * An event loop busy for longer than `ms` (a burst of verifications) runs expired timers before it reads sockets, so
 * a reply already received would lose to its own timeout, refusing a call whose nonce Redis did consume: the
 * timeout gives the loop's I/O phase one turn (setImmediate runs after it) before it rejects.
 */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      immediate = setImmediate(() => reject(new McpTrustError("replay_store_unavailable", `${what} took longer than ${ms} ms`)));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
    clearImmediate(immediate);
  });
}

function asUnavailable(e: unknown, message: string): McpTrustError {
  if (e instanceof McpTrustError && e.reason === "replay_store_unavailable") return e;
  return new McpTrustError("replay_store_unavailable", message, { cause: e });
}
