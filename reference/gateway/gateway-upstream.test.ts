// The gateway's side towards the upstream: exact bytes and allow-listed headers forwarded, streams relayed as they
// come, a dead or silent upstream answered with 502 upstream_unavailable, and graceful shutdown.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startSampleHttpServer } from "../demo/http-server.js";
import { loadPolicy } from "../enforce/policy.js";
import { createGateway, type Gateway } from "./server.js";
import { connectClient, policyDoc, post, reply, signedMeta, startPeers, toolCall } from "./test-peers.js";
import { freePort } from "../common/redis-server.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** A bare HTTP upstream that records what it receives and answers as `answer` says. */
async function recordingUpstream(answer: (req: IncomingMessage, res: import("node:http").ServerResponse) => void): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      answer(req, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`, seen, server };
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function gatewayFor(upstream: string, extra: Partial<Parameters<typeof createGateway>[0]> = {}): Promise<{ gateway: Gateway; url: string; logged: Record<string, unknown>[] }> {
  const logged: Record<string, unknown>[] = [];
  const gateway = createGateway({ upstream, policy: loadPolicy(policyDoc()), log: (e) => logged.push(e), ...extra });
  const url = await gateway.listen(0);
  cleanup.push(() => gateway.close());
  return { gateway, url, logged };
}

describe("gateway towards its upstream", () => {
  it("forwards the verified bytes exactly, with only the allow-listed headers, and relays the answer's headers", async () => {
    const up = await recordingUpstream((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "mcp-session-id": "s-123", "x-upstream": "yes", connection: "keep-alive" });
      res.end('{"jsonrpc":"2.0","id":1,"result":{}}');
    });
    cleanup.push(() => new Promise((r) => up.server.close(() => r())));
    const { url } = await gatewayFor(up.url);
    const args = { path: "/reports/q3.md", note: "caf\u00e9 \u2603", n: 1.5e3 };
    // Whitespace, member order and escapes the canonical form would change: the upstream must get these bytes.
    const body = toolCall(1, "delete_file", args, signedMeta("delete_file", args)).replace('"arguments":{', '"arguments":  {').replace("\u2603", "\\u2603");
    const r = await post(url, body, "s-123", { authorization: "Bearer t0k", "mcp-protocol-version": "2025-06-18", cookie: "secret=1", "x-forwarded-for": "1.2.3.4", "last-event-id": "e-9" });
    expect(r.status).toBe(200);
    expect(r.headers.get("mcp-session-id")).toBe("s-123");
    expect(r.headers.get("x-upstream")).toBe("yes");
    expect(up.seen).toHaveLength(1);
    expect(up.seen[0]!.body.equals(Buffer.from(body))).toBe(true);
    expect(up.seen[0]!.url).toBe("/mcp");
    const h = up.seen[0]!.headers;
    expect(h).toMatchObject({ authorization: "Bearer t0k", "mcp-session-id": "s-123", "mcp-protocol-version": "2025-06-18", "last-event-id": "e-9", "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
    expect(h["cookie"]).toBeUndefined();
    expect(h["x-forwarded-for"]).toBeUndefined();
  });

  it("relays an event stream event by event, without waiting for its end", async () => {
    let finish: () => void = () => {};
    const up = await recordingUpstream((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      res.write('event: message\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}\n\n');
      finish = () => res.end('event: message\ndata: {"jsonrpc":"2.0","id":1,"result":{}}\n\n');
    });
    cleanup.push(() => new Promise((r) => up.server.close(() => r())));
    const { url } = await gatewayFor(up.url);
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "text/event-stream" }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}' });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain("notifications/progress");
    finish();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toContain('"result":{}');
  });

  it("breaks the client's stream when the upstream breaks off mid-stream, instead of ending it as if complete", async () => {
    const up = await recordingUpstream((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: message\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}\n\n', () => setTimeout(() => res.socket?.destroy(), 50));
    });
    cleanup.push(() => new Promise((r) => up.server.close(() => r())));
    const { url } = await gatewayFor(up.url);
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "text/event-stream" }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}' });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("answers 502 upstream_unavailable when the upstream sends no headers in time", async () => {
    const up = await recordingUpstream(() => {}); // never answers
    cleanup.push(async () => {
      up.server.closeAllConnections();
      await new Promise((r) => up.server.close(() => r(undefined)));
    });
    const { url, logged } = await gatewayFor(up.url, { upstreamTimeoutMs: 300 });
    const started = Date.now();
    const r = await post(url, '{"jsonrpc":"2.0","id":5,"method":"ping"}');
    expect(r.status).toBe(502);
    expect(r.message?.error?.data).toMatchObject({ reason: "upstream_unavailable", requestId: 5 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(logged.some((e) => e["event"] === "upstream_unavailable" && e["failure"] === "timeout")).toBe(true);
  });

  it("answers 502 upstream_unavailable for a dead upstream, stays up, and recovers when the server comes back", async () => {
    const port = await freePort();
    const { url } = await gatewayFor(`http://127.0.0.1:${port}/mcp`);
    const args = { path: "/a" };
    const r = await post(url, toolCall(3, "delete_file", args, signedMeta("delete_file", args)));
    expect(r.status).toBe(502);
    expect(r.message?.error?.data).toMatchObject({ reason: "upstream_unavailable", requestId: 3 });
    const get = await fetch(url, { headers: { accept: "text/event-stream" } });
    expect(get.status).toBe(502);
    expect((await reply(get)).message?.error?.data?.reason).toBe("upstream_unavailable");
    expect((await post(url, "{nope")).message?.error?.data?.reason).toBe("json_invalid");
    // The same gateway serves again once a server listens there.
    const sample = await startSampleHttpServer({ port });
    cleanup.push(() => sample.close());
    const { client } = await connectClient(url, true);
    try {
      expect((await client.callTool({ name: "delete_file", arguments: args })).content).toEqual([{ type: "text", text: "deleted /a" }]);
    } finally {
      await client.close();
    }
  });

  it("on shutdown stops taking connections, finishes an in-flight call, then resolves", async () => {
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const inHandler = new Promise<void>((r) => (entered = r));
    const peers = await startPeers({
      sample: {
        beforeAnswer: (tool) =>
          tool === "delete_file"
            ? new Promise<void>((r) => {
                release = r;
                entered();
              })
            : Promise.resolve(),
      },
    });
    cleanup.push(() => peers.close());
    const { client } = await connectClient(peers.url, true);
    const call = client.callTool({ name: "delete_file", arguments: { path: "/slow" } });
    await inHandler;
    const closed = peers.gateway.close();
    let closedYet = false;
    void closed.then(() => (closedYet = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closedYet).toBe(false);
    await expect(fetch(peers.url, { method: "POST", body: "{}" })).rejects.toThrow();
    release();
    expect((await call).content).toEqual([{ type: "text", text: "deleted /slow" }]);
    await closed;
    expect(peers.sample.log.calls).toEqual([{ tool: "delete_file", arguments: { path: "/slow" } }]);
    await client.close().catch(() => {});
  });

  it("on shutdown drops what is still in flight after the grace period", async () => {
    const peers = await startPeers({ sample: { beforeAnswer: () => new Promise(() => {}) }, gateway: { shutdownGraceMs: 200 } });
    cleanup.push(() => peers.close());
    const { client, transport } = await connectClient(peers.url);
    const args = { path: "/stuck" };
    const call = post(peers.url, toolCall(1, "delete_file", args, signedMeta("delete_file", args)), transport.sessionId).then(
      (r) => (r.message === undefined ? "dropped" : "answered"),
      () => "dropped",
    );
    while (peers.sample.log.calls.length === 0) await new Promise((r) => setTimeout(r, 10));
    const started = Date.now();
    await peers.gateway.close();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await call).toBe("dropped");
    await client.close().catch(() => {});
  });
});
