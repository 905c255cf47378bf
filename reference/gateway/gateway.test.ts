// The gateway between real peers: an SDK McpServer behind StreamableHTTPServerTransport (stateful sessions), the
// gateway in front of it, SDK clients and raw HTTP for crafted requests. Every refusal is checked by reason, HTTP
// status and the server's call log (no refused call reaches a handler).
import { connect } from "node:net";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRUST_ERROR_CODE } from "../../generated/constants.js";
import { connectClient, FINGERPRINT, OTHER_FINGERPRINT, post, signedMeta, startPeers, toolCall, type Peers } from "./test-peers.js";

const ARGS = { path: "/reports/q3.md" };

describe("gateway in front of the sample MCP server", () => {
  let peers: Peers;
  let sessionId: string;
  let closeClient: () => Promise<void>;

  beforeAll(async () => {
    peers = await startPeers({ gateway: { maxBodyBytes: 64 * 1024, requestTimeoutMs: 1000 } });
    const { client, transport } = await connectClient(peers.url);
    sessionId = transport.sessionId!;
    closeClient = () => client.close();
  });
  afterAll(async () => {
    await closeClient?.();
    await peers?.close();
  });
  beforeEach(() => {
    peers.sample.log.calls.length = 0;
  });

  const expectRefused = (r: Awaited<ReturnType<typeof post>>, status: number, reason: string, id: unknown = 1) => {
    expect(r.status).toBe(status);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect(r.message?.error?.code).toBe(TRUST_ERROR_CODE);
    expect(r.message?.error?.data?.reason).toBe(reason);
    expect(r.message?.error?.data?.requestId).toEqual(id);
    expect(r.message?.id).toEqual(id);
  };

  it("lets a signed call through the SDK client signer and runs the handler once", async () => {
    const { client } = await connectClient(peers.url, true);
    try {
      const result = await client.callTool({ name: "delete_file", arguments: ARGS });
      expect(result.content).toEqual([{ type: "text", text: "deleted /reports/q3.md" }]);
      expect(peers.sample.log.calls).toEqual([{ tool: "delete_file", arguments: ARGS }]);
    } finally {
      await client.close();
    }
  });

  it("refuses arguments changed after signing (403 args_commitment_mismatch) with the decision", async () => {
    const signed = toolCall(1, "delete_file", ARGS, signedMeta("delete_file", ARGS));
    const tampered = signed.replace('"/reports/q3.md"', '"/etc/passwd"');
    expect(tampered).not.toBe(signed);
    const r = await post(peers.url, tampered, sessionId);
    expectRefused(r, 403, "args_commitment_mismatch");
    expect(r.message?.error?.data?.decision).toMatchObject({ decision: "deny", reason: "args_commitment_mismatch", tool: "delete_file" });
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("refuses an attestation for another tool (403 tool_mismatch)", async () => {
    expectRefused(await post(peers.url, toolCall(1, "delete_file", ARGS, signedMeta("delete_file", ARGS, { signedTool: "read_file" })), sessionId), 403, "tool_mismatch");
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("refuses an attestation for another server (403 server_mismatch)", async () => {
    expectRefused(await post(peers.url, toolCall(1, "delete_file", ARGS, signedMeta("delete_file", ARGS, { serverFingerprint: OTHER_FINGERPRINT })), sessionId), 403, "server_mismatch");
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("refuses an expired attestation (401 expired)", async () => {
    const meta = signedMeta("delete_file", ARGS, { iatMs: Date.now() - 3_600_000, expSeconds: 60 });
    expectRefused(await post(peers.url, toolCall("a-1", "delete_file", ARGS, meta), sessionId), 401, "expired", "a-1");
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("accepts a nonce once and refuses its replay (401 nonce_replay)", async () => {
    const body = toolCall(7, "delete_file", ARGS, signedMeta("delete_file", ARGS));
    const first = await post(peers.url, body, sessionId);
    expect(first.status).toBe(200);
    expect(first.message?.result).toMatchObject({ content: [{ type: "text", text: "deleted /reports/q3.md" }] });
    expectRefused(await post(peers.url, body, sessionId), 401, "nonce_replay", 7);
    expect(peers.sample.log.calls).toHaveLength(1);
  });

  it("refuses a call without evidence on a tool that requires it (401 attestation_required), also through the SDK", async () => {
    expectRefused(await post(peers.url, toolCall(1, "delete_file", ARGS), sessionId), 401, "attestation_required");
    const { client } = await connectClient(peers.url);
    try {
      await expect(client.callTool({ name: "read_file", arguments: ARGS })).rejects.toThrow(/attestation_required/);
    } finally {
      await client.close();
    }
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("lets an unsigned call through to a tool whose policy is evidence: []", async () => {
    const { client } = await connectClient(peers.url);
    try {
      expect((await client.callTool({ name: "ping", arguments: {} })).content).toEqual([{ type: "text", text: "pong" }]);
    } finally {
      await client.close();
    }
    expect(peers.sample.log.calls).toEqual([{ tool: "ping", arguments: {} }]);
  });

  it("refuses a number written with a fraction inside the attestation (400 envelope_malformed)", async () => {
    const body = toolCall(1, "delete_file", ARGS, signedMeta("delete_file", ARGS, { expSeconds: 300 })).replace('"expSeconds":300', '"expSeconds":300.0');
    expectRefused(await post(peers.url, body, sessionId), 400, "envelope_malformed");
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("refuses a body over the bound with 413 limit_exceeded, declared or chunked", async () => {
    const big = toolCall(1, "delete_file", { path: "x".repeat(70 * 1024) });
    expectRefused(await post(peers.url, big, sessionId), 413, "limit_exceeded", null);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(8 * 1024).fill(0x20));
        controller.close();
      },
    });
    const response = await fetch(peers.url, { method: "POST", headers: { "content-type": "application/json", "mcp-session-id": sessionId }, body: chunked, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { data: { reason: string } } }).error.data.reason).toBe("limit_exceeded");
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("refuses malformed JSON (400 json_invalid), duplicate members included", async () => {
    expectRefused(await post(peers.url, '{"jsonrpc":"2.0","id":1,"method":"tools/call",', sessionId), 400, "json_invalid", null);
    // Two readers that keep different duplicates would see two different calls.
    const twice = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"ping","name":"delete_file","arguments":{"path":"/x"}}}';
    expectRefused(await post(peers.url, twice, sessionId), 400, "json_invalid", null);
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("refuses a batch holding a tools/call (400 request_malformed) and forwards one without", async () => {
    const batch = `[${toolCall(1, "ping", {})},{"jsonrpc":"2.0","id":2,"method":"ping"}]`;
    expectRefused(await post(peers.url, batch, sessionId), 400, "request_malformed", null);
    const harmless = await post(peers.url, '[{"jsonrpc":"2.0","id":2,"method":"ping"}]', sessionId);
    expect(harmless.status).not.toBe(400);
    expect(harmless.message?.error?.data?.reason).toBeUndefined();
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("decides a tools/call notification too (no id): it never reaches the server unverified", async () => {
    const r = await post(peers.url, JSON.stringify({ jsonrpc: "2.0", method: "tools/call", params: { name: "delete_file", arguments: ARGS } }), sessionId);
    expectRefused(r, 401, "attestation_required", null);
    expect(peers.sample.log.calls).toEqual([]);
  });

  it("passes other methods through untouched: the server answers an unknown method itself", async () => {
    const r = await post(peers.url, '{"jsonrpc":"2.0","id":41,"method":"mcp-trust/no-such-method","params":{}}', sessionId);
    expect(r.status).toBe(200);
    expect(r.message).toMatchObject({ id: 41, error: { code: -32601 } });
    const pong = await post(peers.url, '{"jsonrpc":"2.0","id":42,"method":"ping"}', sessionId);
    expect(pong.message).toMatchObject({ id: 42, result: {} });
  });

  it("passes the session's GET event stream through unbuffered and DELETE terminates the session", async () => {
    const { client, transport } = await connectClient(peers.url);
    const sid = transport.sessionId!;
    const received = new Promise<void>((resolve) => client.setNotificationHandler(ToolListChangedNotificationSchema, () => resolve()));
    // The client opens the standalone GET stream after initialization; the server's notification travels on it.
    await new Promise((r) => setTimeout(r, 200));
    peers.sample.sessions.get(sid)!.sendToolListChanged();
    await received;
    await transport.terminateSession();
    expect(peers.sample.sessions.has(sid)).toBe(false);
    const after = await post(peers.url, '{"jsonrpc":"2.0","id":1,"method":"ping"}', sid);
    expect(after.status).toBe(404);
    await client.close();
  });

  it("returns the upstream's Mcp-Session-Id on initialize and 404s paths other than the MCP endpoint", async () => {
    const init = await post(peers.url, JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } } }));
    expect(init.status).toBe(200);
    expect(init.headers.get("mcp-session-id")).toMatch(/^[0-9a-f-]{36}$/);
    const elsewhere = await post(peers.url.replace(/\/mcp$/, "/other"), toolCall(1, "delete_file", ARGS), sessionId);
    expect(elsewhere.status).toBe(404);
    const put = await fetch(peers.url, { method: "PUT", body: "{}" });
    expect(put.status).toBe(405);
  });

  it("answers 408 to a client that trickles its body, and keeps serving others", async () => {
    const { port } = new URL(peers.url);
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(`POST /mcp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"jsonrpc"`);
      });
      let data = "";
      socket.on("data", (d) => (data += d.toString()));
      socket.on("close", () => resolve(data));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await post(peers.url, '{"jsonrpc":"2.0","id":3,"method":"ping"}', sessionId)).message).toMatchObject({ id: 3, result: {} });
  });

  it("states the server fingerprint it enforces", () => {
    expect(peers.gateway.enforcer.policy.serverFingerprint).toBe(FINGERPRINT);
  });
});
