// The allow decision in `result._meta["org.mcp-trust/decision"]` of what the gateway relays: over the real SDK
// server answering with event streams and with JSON bodies, read by SDK clients, and over bare upstreams for the
// byte-level cases (other events untouched, Content-Length of the rewritten body, error results left alone).
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Decision } from "../../generated/types/decision.js";
import { DECISION_META_KEY } from "../enforce/decision.js";
import { loadPolicy } from "../enforce/policy.js";
import { createGateway } from "./server.js";
import { connectClient, ISS, policyDoc, post, signedMeta, startPeers, toolCall, type Peers } from "./test-peers.js";

const ARGS = { path: "/reports/q3.md" };
const decisionOf = (result: { _meta?: unknown } | undefined): Decision | undefined => (result?._meta as Record<string, Decision> | undefined)?.[DECISION_META_KEY];

describe.each([
  ["event-stream", false],
  ["JSON", true],
])("the decision on allow, SDK server answering with %s bodies", (_, jsonResponse) => {
  let peers: Peers;
  beforeAll(async () => {
    peers = await startPeers({ sample: { jsonResponse } });
  });
  afterAll(async () => {
    await peers?.close();
  });

  it("reaches the SDK client in result._meta, beside the tool's own result", async () => {
    const { client } = await connectClient(peers.url, true);
    try {
      const result = await client.callTool({ name: "delete_file", arguments: ARGS });
      expect(result.content).toEqual([{ type: "text", text: "deleted /reports/q3.md" }]);
      const decision = decisionOf(result);
      expect(decision).toMatchObject({ decision: "allow", tool: "delete_file", reason: null, agentId: "agent:test", operatorId: ISS });
      expect(decision?.checks.every((c) => c.result === "pass" || c.result === "skip")).toBe(true);
      expect(typeof decision?.requestId).toBe("number");
      // A tool that needs no evidence is allowed with every verification check skipped, and says so too.
      const ping = await client.callTool({ name: "ping", arguments: {} });
      expect(decisionOf(ping)).toMatchObject({ decision: "allow", tool: "ping", agentId: null });
      expect(decisionOf(ping)?.checks.filter((c) => c.result === "pass").map((c) => c.name)).toEqual(["evidence"]);
      // Other requests come back as the server wrote them.
      const tools = await client.listTools();
      expect(tools._meta).toBeUndefined();
    } finally {
      await client.close();
    }
  });

  it("carries the request's id as written (a string id stays a string)", async () => {
    const { client, transport } = await connectClient(peers.url);
    try {
      const r = await post(peers.url, toolCall("call-1", "delete_file", ARGS, signedMeta("delete_file", ARGS)), transport.sessionId);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toContain(jsonResponse ? "application/json" : "text/event-stream");
      const result = r.message?.result as { _meta?: unknown } | undefined;
      expect(decisionOf(result)).toMatchObject({ decision: "allow", requestId: "call-1" });
      if (jsonResponse) expect(r.headers.get("content-length")).toBe(String(Buffer.byteLength(r.text)));
    } finally {
      await client.close();
    }
  });
});

describe("the decision on allow, bare upstreams", () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await new Promise((r) => s.close(() => r(undefined)));
  });

  async function through(answer: (res: ServerResponse) => void): Promise<string> {
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () => answer(res));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const gateway = createGateway({ upstream: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`, policy: loadPolicy(policyDoc()), log: () => {} });
    const url = await gateway.listen(0);
    servers.push(gateway.server);
    return url;
  }

  it("rewrites only the response event of a stream; a progress event before it is relayed byte for byte", async () => {
    const progress = 'event: message\r\nid: 1\r\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":1}}\r\n\r\n';
    const url = await through((res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(progress);
      res.end('event: message\nid: 2\ndata: {"jsonrpc":"2.0","id":5,"result":{"content":[],"_meta":{"a":1}}}\n\n');
    });
    const r = await post(url, toolCall(5, "ping", {}));
    expect(r.text.startsWith(progress)).toBe(true);
    const rest = r.text.slice(progress.length).split("\n");
    expect(rest.slice(0, 2)).toEqual(["event: message", "id: 2"]);
    const message = JSON.parse(rest[2]!.slice("data: ".length));
    expect(message.result._meta.a).toBe(1);
    expect(message.result._meta[DECISION_META_KEY]).toMatchObject({ decision: "allow", requestId: 5, tool: "ping" });
  });

  it("relays a JSON error response, and a result with another id, unchanged", async () => {
    const bodies = ['{"jsonrpc":"2.0","id":5,"error":{"code":-32602,"message":"bad"}}', '{"jsonrpc":"2.0","id":6,"result":{}}', '{"jsonrpc":"2.0","id":5,"result":{},"id":5}'];
    let next = 0;
    const url = await through((res) => {
      const body = bodies[next++]!;
      res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
      res.end(body);
    });
    for (const body of bodies) expect((await post(url, toolCall(5, "ping", {}))).text).toBe(body);
  });

  it("adds the decision to a chunked JSON answer and sends it with its own Content-Length", async () => {
    const url = await through((res) => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.write('{"jsonrpc":"2.0","id":5,');
      setTimeout(() => res.end('"result":{"content":[{"type":"text","text":"caf\u00e9"}]}}'), 20);
    });
    const r = await post(url, toolCall(5, "ping", {}));
    expect(r.headers.get("content-length")).toBe(String(Buffer.byteLength(r.text)));
    expect(r.headers.get("transfer-encoding")).toBeNull();
    expect(r.message?.result).toMatchObject({ content: [{ type: "text", text: "caf\u00e9" }], _meta: { [DECISION_META_KEY]: { decision: "allow" } } });
  });

  it("does not touch the answer to anything but an allowed tools/call", async () => {
    const body = '{"jsonrpc":"2.0","id":5,"result":{"tools":[]}}';
    const url = await through((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    expect((await post(url, '{"jsonrpc":"2.0","id":5,"method":"tools/list"}')).text).toBe(body);
  });
});
