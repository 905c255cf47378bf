// The gateway's replay store: in memory for one process, or Redis for a fleet (and for several workers).
import { McpTrustError } from "../common/errors.js";
import { RedisReplayStore } from "../common/redis-replay-store.js";
import { MemoryReplayStore, type ReplayStore } from "../common/replay.js";

export interface ClosableReplayStore extends ReplayStore {
  close(): Promise<void>;
}

const RETRY_MS = 1000;

/**
 * A Redis replay store that also survives a Redis that is down when the gateway starts: until the first connection
 * is made every call is refused with `replay_store_unavailable` (or bypassed, under fail-open) and a new connection is
 * tried every second. Once connected, the node-redis client reconnects on its own after an outage.
 */
export class ReconnectingRedisStore implements ClosableReplayStore {
  readonly #url: string;
  readonly #onRetryFailure: (error: unknown) => void;
  #store: RedisReplayStore | undefined;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  private constructor(url: string, onRetryFailure: (error: unknown) => void) {
    this.#url = url;
    this.#onRetryFailure = onRetryFailure;
  }

  /** Connects once, waiting for it; on failure reports it and keeps trying in the background. */
  static async open(url: string, onFailure: (error: unknown) => void = () => {}): Promise<ReconnectingRedisStore> {
    const store = new ReconnectingRedisStore(url, onFailure);
    await store.#attempt();
    return store;
  }

  get connected(): boolean {
    return this.#store !== undefined;
  }

  consume(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    if (this.#store === undefined) return Promise.reject(new McpTrustError("replay_store_unavailable", "not connected to Redis yet"));
    return this.#store.consume(key, expiresAtMs, nowMs);
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#store?.close();
  }

  async #attempt(): Promise<void> {
    try {
      const store = await RedisReplayStore.connect(this.#url);
      if (this.#closed) await store.close();
      else this.#store = store;
    } catch (e) {
      this.#onRetryFailure(e);
      if (!this.#closed) {
        this.#timer = setTimeout(() => void this.#attempt(), RETRY_MS);
        this.#timer.unref();
      }
    }
  }
}

/** The store for `--redis URL`, else one in memory. */
export async function openReplayStore(redisUrl: string | undefined, onRedisFailure?: (error: unknown) => void): Promise<ClosableReplayStore> {
  if (redisUrl !== undefined) return ReconnectingRedisStore.open(redisUrl, onRedisFailure);
  const memory = new MemoryReplayStore();
  return { consume: (key, expiresAtMs, nowMs) => memory.consume(key, expiresAtMs, nowMs), close: async () => {} };
}
