// Gateways sharing a real Redis: a nonce is accepted once across the fleet; a Redis that is down refuses calls
// (fail-closed) or lets them through with one logged bypass each (fail-open).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSampleHttpServer, type SampleHttpServer } from "../demo/http-server.js";
import { loadPolicy } from "../enforce/policy.js";
import { freePort, redisServerAvailable, startRedis, type RedisServer } from "../common/redis-server.js";
import { withFailOpen } from "./command.js";
import { createGateway, type Gateway } from "./server.js";
import { openReplayStore, type ClosableReplayStore } from "./store.js";
import { connectClient, policyDoc, post, signedMeta, toolCall } from "./test-peers.js";

const HAVE_REDIS = redisServerAvailable();
const IN_CI = !["", "0", "false"].includes((process.env["CI"] ?? "").toLowerCase());

if (!HAVE_REDIS && !IN_CI) {
  console.warn("gateway-redis.test.ts: redis-server is not on PATH, so the gateway tests against a real Redis are SKIPPED (with CI set they fail)");
}

describe.runIf(!HAVE_REDIS && IN_CI)("gateway with Redis in CI", () => {
  it("has redis-server on PATH", () => {
    expect.fail("redis-server is not on PATH; CI must install it (.ci/run does) so that the gateway fleet is tested");
  });
});

interface Running {
  gateway: Gateway;
  store: ClosableReplayStore;
  url: string;
  logged: Record<string, unknown>[];
}

describe.skipIf(!HAVE_REDIS)(`gateways sharing a real redis-server${HAVE_REDIS ? "" : " (SKIPPED: redis-server not on PATH)"}`, () => {
  let sample: SampleHttpServer;
  let sessionId: string;
  let closeClient: () => Promise<void>;
  const running: Running[] = [];
  const redises: RedisServer[] = [];

  async function gateway(redisUrl: string, policy = policyDoc()): Promise<Running> {
    const store = await openReplayStore(redisUrl);
    const logged: Record<string, unknown>[] = [];
    const gw = createGateway({ upstream: sample.url, policy: loadPolicy(policy), replayStore: store, log: (e) => logged.push(e) });
    const r = { gateway: gw, store, url: await gw.listen(0), logged };
    running.push(r);
    return r;
  }

  beforeAll(async () => {
    sample = await startSampleHttpServer();
    const { client, transport } = await connectClient(sample.url);
    sessionId = transport.sessionId!;
    closeClient = () => client.close();
  });
  afterAll(async () => {
    for (const r of running) {
      await r.gateway.close();
      await r.store.close();
    }
    await closeClient?.();
    await sample?.close();
    for (const r of redises) await r.stop();
  });

  it("accepts each nonce exactly once across two gateway instances, even when both get it at once", async () => {
    const redis = await startRedis();
    redises.push(redis);
    const [a, b] = [await gateway(redis.url), await gateway(redis.url)];
    sample.log.calls.length = 0;
    for (let i = 0; i < 10; i++) {
      const args = { path: `/fleet/${i}` };
      const body = toolCall(i, "delete_file", args, signedMeta("delete_file", args));
      const replies = await Promise.all([post(a!.url, body, sessionId), post(b!.url, body, sessionId)]);
      expect(replies.map((r) => r.status).sort()).toEqual([200, 401]);
      expect(replies.find((r) => r.status === 401)!.message?.error?.data?.reason).toBe("nonce_replay");
    }
    expect(sample.log.calls.map((c) => (c.arguments as { path: string }).path)).toEqual(Array.from({ length: 10 }, (_, i) => `/fleet/${i}`));
    // And sequentially: accepted by one, replayed at the other.
    const args = { path: "/fleet/seq" };
    const body = toolCall(99, "delete_file", args, signedMeta("delete_file", args));
    expect((await post(a!.url, body, sessionId)).status).toBe(200);
    const replay = await post(b!.url, body, sessionId);
    expect(replay.status).toBe(401);
    expect(replay.message?.error?.data?.reason).toBe("nonce_replay");
  });

  it("with Redis down refuses calls fail-closed (503) and lets them through fail-open with one bypass line each", async () => {
    const redis = await startRedis();
    redises.push(redis);
    const closed = await gateway(redis.url);
    const open = await gateway(redis.url, withFailOpen(policyDoc()));
    const overridden = await gateway(redis.url, { ...(withFailOpen(policyDoc())), tools: { delete_file: { failureMode: "closed" } } });
    const before = { path: "/up" };
    expect((await post(closed.url, toolCall(1, "delete_file", before, signedMeta("delete_file", before)), sessionId)).status).toBe(200);
    await redis.stop();
    sample.log.calls.length = 0;

    const args = { path: "/down" };
    const refused = await post(closed.url, toolCall(2, "delete_file", args, signedMeta("delete_file", args)), sessionId);
    expect(refused.status).toBe(503);
    expect(refused.message?.error?.data?.reason).toBe("replay_store_unavailable");
    expect(refused.message?.error?.data?.decision).toMatchObject({ decision: "deny", reason: "replay_store_unavailable" });
    expect((await post(overridden.url, toolCall(3, "delete_file", args, signedMeta("delete_file", args)), sessionId)).status).toBe(503);
    expect(sample.log.calls).toEqual([]);
    expect(closed.logged.filter((e) => e["event"] === "bypass")).toEqual([]);

    const through = await post(open.url, toolCall(4, "delete_file", args, signedMeta("delete_file", args)), sessionId);
    expect(through.status).toBe(200);
    expect(sample.log.calls).toEqual([{ tool: "delete_file", arguments: args }]);
    const bypasses = open.logged.filter((e) => e["event"] === "bypass");
    expect(bypasses).toHaveLength(1);
    expect(bypasses[0]!["decision"]).toMatchObject({ decision: "allow", bypass: true, reason: "replay_store_unavailable", requestId: 4 });
  });

  it("starts with Redis unreachable and refuses (fail-closed) until it can reach it", async () => {
    const port = await freePort();
    const down = await gateway(`redis://127.0.0.1:${port}`);
    const args = { path: "/never" };
    const r = await post(down.url, toolCall(1, "delete_file", args, signedMeta("delete_file", args)), sessionId);
    expect(r.status).toBe(503);
    expect(r.message?.error?.data?.reason).toBe("replay_store_unavailable");
  });
});
