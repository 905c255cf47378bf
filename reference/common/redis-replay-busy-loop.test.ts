// The store's timeout on an event loop that was busy for longer than it (a burst of verifications): a reply that
// arrived meanwhile must win over the timeout that expired meanwhile, or a call whose nonce Redis consumed would be
// refused. The reply travels over a real loopback socket, as a Redis reply does, so it is read in the loop's I/O
// phase: the client writes into one end and its SET is answered when those bytes are read at the other end, which the
// kernel delivers while the loop is still busy.
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisReplayStore, type RedisSetClient } from "./redis-replay-store.js";

describe("RedisReplayStore timeout after a busy event loop", () => {
  let server: Server;
  let writer: Socket;
  let reader: Socket;
  beforeAll(async () => {
    const accepted = new Promise<Socket>((r) => (server = createServer(r)));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    writer = connect({ host: "127.0.0.1", port: (server.address() as { port: number }).port });
    reader = await accepted;
  });
  afterAll(async () => {
    writer.destroy();
    reader.destroy();
    await new Promise((r) => server.close(r));
  });

  /** A client whose SET is answered "OK" once the byte it wrote is read at the socket's other end. */
  const loopbackClient: RedisSetClient = {
    set: () =>
      new Promise((resolve) => {
        reader.once("data", () => resolve("OK"));
        writer.write("x");
      }),
  };

  it("takes a reply that is already in when the expired timeout gets to run", async () => {
    const store = new RedisReplayStore(loopbackClient, { timeoutMs: 50 });
    const consumed = store.consume("nonce-1", Date.now() + 60_000, Date.now());
    // The store issues the SET in a microtask: let it, then hold the loop far past the timeout.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const until = Date.now() + 200;
    while (Date.now() < until) {
      // busy
    }
    await expect(consumed).resolves.toBe(true);
  });

  it("still refuses a reply that does not come", async () => {
    const store = new RedisReplayStore({ set: () => new Promise(() => {}) }, { timeoutMs: 30 });
    await expect(store.consume("nonce-2", Date.now() + 60_000, Date.now())).rejects.toMatchObject({ reason: "replay_store_unavailable" });
  });
});
