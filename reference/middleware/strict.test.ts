// The raw-text rules in the in-process middleware, with real SDK peers: the sample McpServer behind protectTransport
// over StrictStdioServerTransport (a child process, written to byte by byte) and behind a StreamableHTTPServerTransport
// fed by handleStrictRequest. Every case is refused by reason, and the call log proves no handler ran; the same
// bytes through the SDK's own stdio transport are accepted, so the strict reader is what refuses them.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRUST_ERROR_CODE } from "../../generated/constants.js";
import { attachAttestation } from "../attestation/carriage.js";
import { identityProjection, signAttestation } from "../attestation/sign.js";
import { signingTransport } from "../client/signing-transport.js";
import type { JsonValue } from "../common/strict-json.js";
import { createSampleServer, type CallLog } from "../demo/sample-server.js";
import { DECISION_META_KEY, type Decision } from "../enforce/decision.js";
import { Enforcer } from "../enforce/enforcer.js";
import { loadPolicy } from "../enforce/policy.js";
import { protectTransport } from "./protect-transport.js";
import { handleStrictRequest } from "./strict-http.js";
import { CAPABILITY, ISS, KID, SERVER_FINGERPRINT, signerKey, signerOptions, SUB, testPolicy } from "./test-support.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./stdio-server-fixture.ts", import.meta.url));

type Args = { [key: string]: JsonValue };

/** A signed tools/call for delete_file as JSON text, ready for byte-level edits. */
function signedCall(id: number, args: Args): string {
  const envelope = signAttestation({
    alg: "ES256", key: signerKey, iss: ISS, sub: SUB, secretVersion: KID, intent: "strict test", requestedCapability: CAPABILITY,
    toolCalls: [{ name: "delete_file", serverFingerprint: SERVER_FINGERPRINT, argsProjection: identityProjection(args) }],
  });
  const _meta = attachAttestation(undefined, envelope as unknown as JsonValue);
  return JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "delete_file", arguments: args, _meta } });
}

/** The bad frames every strict transport must refuse, with the reason it must give. */
function badCalls(id: number): { name: string; body: string; reason: string }[] {
  const args = { path: "/reports/q3.md" };
  const good = signedCall(id, args);
  return [
    // JSON.parse keeps the last member: the handler would run for /etc/passwd under a signature over /reports/q3.md
    // if it got that far; the arguments check would catch this one, the strict reader catches it first.
    { name: "a duplicate member in the arguments", body: good.replace('"arguments":{"path":"/reports/q3.md"}', '"arguments":{"path":"/reports/q3.md","path":"/etc/passwd"}'), reason: "json_invalid" },
    // A signed, valid call but for how one integer of the evidence is written: JSON.parse reads 300.
    { name: "300.0 for an integer of the evidence", body: good.replace('"expSeconds":300', '"expSeconds":300.0'), reason: "envelope_malformed" },
    { name: "a lone surrogate", body: good.replace('"/reports/q3.md"', '"/reports/q3\\ud800.md"'), reason: "json_invalid" },
    { name: "nesting deeper than the limit", body: good.replace('"arguments":{"path":"/reports/q3.md"}', `"arguments":{"path":"/reports/q3.md","deep":${"[".repeat(40)}${"]".repeat(40)}}`), reason: "limit_exceeded" },
  ];
}

const readLines = <T>(path: string): T[] => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T) : []);

interface RawPeer {
  child: ChildProcessWithoutNullStreams;
  /** Writes `frame` and a newline, and resolves with the response whose id is `id`. */
  request(frame: string | Buffer, id: number | null): Promise<Record<string, any>>;
}

/** The stdio fixture as a child process spoken to in raw frames (no SDK client in between). */
async function rawStdio(policyPath: string, env: Record<string, string>): Promise<RawPeer> {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, policyPath], { cwd: ROOT, env: { ...getDefaultEnvironment(), ...env } });
  let buffer = "";
  const waiting: { id: number | null; resolve: (m: Record<string, any>) => void }[] = [];
  const stderr: string[] = [];
  child.stderr.on("data", (c: Buffer) => stderr.push(c.toString()));
  child.stdout.on("data", (c: Buffer) => {
    buffer += c.toString();
    for (let nl = buffer.indexOf("\n"); nl !== -1; nl = buffer.indexOf("\n")) {
      const message = JSON.parse(buffer.slice(0, nl)) as Record<string, any>;
      buffer = buffer.slice(nl + 1);
      const i = waiting.findIndex((w) => w.id === (message["id"] ?? null));
      if (i !== -1) waiting.splice(i, 1)[0]!.resolve(message);
    }
  });
  const peer: RawPeer = {
    child,
    request(frame, id) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no response to ${id}; stderr: ${stderr.join("")}`)), 10_000);
        waiting.push({ id, resolve: (m) => (clearTimeout(timer), resolve(m)) });
        child.stdin.write(Buffer.concat([Buffer.from(frame), Buffer.from("\n")]));
      });
    },
  };
  const init = await peer.request(JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } } }), 0);
  expect(init["result"]).toBeDefined();
  child.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
  return peer;
}

describe("StrictStdioServerTransport behind protectTransport (child process, raw frames)", () => {
  let dir: string;
  let policyPath: string;
  const children: ChildProcessWithoutNullStreams[] = [];
  const start = async (stdio: "strict" | "sdk"): Promise<{ peer: RawPeer; calls: () => CallLog["calls"]; decisions: () => Decision[] }> => {
    const callLog = join(dir, `calls-${randomUUID()}.jsonl`);
    const decisionLog = join(dir, `decisions-${randomUUID()}.jsonl`);
    const peer = await rawStdio(policyPath, { MCP_TRUST_CALL_LOG: callLog, MCP_TRUST_DECISION_LOG: decisionLog, ...(stdio === "strict" ? { MCP_TRUST_STDIO: "strict" } : {}) });
    children.push(peer.child);
    return { peer, calls: () => readLines(callLog), decisions: () => readLines(decisionLog) };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mcp-trust-strict-"));
    policyPath = join(dir, "policy.json");
    writeFileSync(policyPath, JSON.stringify(testPolicy()));
  });
  afterAll(() => {
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses each bad frame with the registered error and its reason, and no handler runs", async () => {
    const { peer, calls, decisions } = await start("strict");
    let id = 10;
    for (const bad of badCalls(0)) {
      const frameId = ++id;
      const response = await peer.request(bad.body.replace('"id":0', `"id":${frameId}`), frameId);
      expect({ case: bad.name, reason: response["error"]?.data?.reason }).toEqual({ case: bad.name, reason: bad.reason });
      expect(response["error"].code).toBe(TRUST_ERROR_CODE);
      expect(response["error"].data.requestId).toBe(frameId);
      expect(response["error"].data.decision).toMatchObject({ decision: "deny", reason: bad.reason });
    }
    expect(calls()).toEqual([]);
    expect(decisions().map((d) => d.reason)).toEqual(badCalls(0).map((b) => b.reason));
    // The same transport still serves a good call, with the decision in its result.
    const ok = await peer.request(signedCall(99, { path: "/reports/q3.md" }), 99);
    expect(ok["result"]?._meta?.[DECISION_META_KEY]).toMatchObject({ decision: "allow" });
    expect(calls()).toEqual([{ tool: "delete_file", arguments: { path: "/reports/q3.md" } }]);
  });

  it("answers bytes that are not JSON with a parse error (id null) and stays up", async () => {
    const { peer } = await start("strict");
    const response = await peer.request(Buffer.from([0x7b, 0xff, 0x7d]), null);
    expect(response["error"]).toMatchObject({ code: -32700, data: { reason: "json_invalid", requestId: null } });
    const list = await peer.request('{"jsonrpc":"2.0","id":5,"method":"tools/list"}', 5);
    expect(list["result"]?.tools?.length).toBe(3);
  });

  it("the SDK's own stdio transport lets the 300.0 frame through (what the strict transport is for)", async () => {
    const { peer, calls } = await start("sdk");
    const bad = badCalls(7).find((b) => b.reason === "envelope_malformed")!;
    const response = await peer.request(bad.body, 7);
    expect(response["result"]?._meta?.[DECISION_META_KEY]?.decision).toBe("allow");
    expect(calls()).toHaveLength(1);
  });

  it("serves an SDK Client with the client signer end to end", async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: ["--import", "tsx", FIXTURE, policyPath], cwd: ROOT, env: { ...getDefaultEnvironment(), MCP_TRUST_STDIO: "strict" } });
    const client = new Client({ name: "strict-test", version: "0.0.0" });
    await client.connect(signingTransport(transport, signerOptions()));
    try {
      const result = await client.callTool({ name: "delete_file", arguments: { path: "/a" } });
      expect(result.content).toEqual([{ type: "text", text: "deleted /a" }]);
      expect((result._meta as Record<string, Decision>)[DECISION_META_KEY]?.decision).toBe("allow");
    } finally {
      await client.close();
    }
  });
});

describe("handleStrictRequest in front of StreamableHTTPServerTransport (SDK server, raw HTTP)", () => {
  let http: Server;
  let url: string;
  const log: CallLog = { calls: [] };
  const decisions: Decision[] = [];

  beforeAll(async () => {
    const enforcer = new Enforcer(loadPolicy(testPolicy()));
    const transports = new Map<string, StreamableHTTPServerTransport>();
    http = createServer((req, res) => {
      const sid = req.headers["mcp-session-id"];
      void (async () => {
        let transport = typeof sid === "string" ? transports.get(sid) : undefined;
        if (transport === undefined) {
          const created: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({ sessionIdGenerator: randomUUID, enableJsonResponse: true, onsessioninitialized: (id) => transports.set(id, created) });
          await createSampleServer(log).server.connect(protectTransport(created, { enforcer, onDecision: (d) => decisions.push(d) }));
          transport = created;
        }
        await handleStrictRequest(transport, req, res, { maxBodyBytes: 64 * 1024, onDecision: (d) => decisions.push(d) });
      })();
    });
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`;
  });
  afterAll(async () => {
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  });

  const headers = (sessionId?: string): Record<string, string> => ({ "content-type": "application/json", accept: "application/json, text/event-stream", "mcp-protocol-version": "2025-06-18", ...(sessionId === undefined ? {} : { "mcp-session-id": sessionId }) });
  const post = async (body: string | Uint8Array, sessionId?: string) => {
    const r = await fetch(url, { method: "POST", headers: headers(sessionId), body });
    return { status: r.status, sessionId: r.headers.get("mcp-session-id"), message: (await r.json()) as Record<string, any> };
  };

  it("refuses each bad body with HTTP 400 and the registered error, and no handler runs; good bodies reach the SDK", async () => {
    const init = await post(JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } } }));
    expect(init.status).toBe(200);
    const sessionId = init.sessionId!;
    expect((await fetch(url, { method: "POST", headers: headers(sessionId), body: '{"jsonrpc":"2.0","method":"notifications/initialized"}' })).status).toBe(202);
    let id = 20;
    for (const bad of badCalls(0)) {
      const r = await post(bad.body.replace('"id":0', `"id":${++id}`), sessionId);
      expect({ case: bad.name, reason: r.message["error"]?.data?.reason }).toEqual({ case: bad.name, reason: bad.reason });
      // Refused for its bytes here (400), or by the protected transport after the SDK took the strict body (200).
      expect(r.status).toBe(bad.reason === "envelope_malformed" ? 200 : 400);
      expect(r.message["error"].code).toBe(TRUST_ERROR_CODE);
      expect(r.message["error"].data.requestId).toBe(id);
    }
    expect(log.calls).toEqual([]);
    expect(decisions.map((d) => d.reason)).toEqual(badCalls(0).map((b) => b.reason));
    const ok = await post(signedCall(50, { path: "/x" }), sessionId);
    expect(ok.message["result"]?._meta?.[DECISION_META_KEY]).toMatchObject({ decision: "allow", requestId: 50 });
    expect(log.calls).toEqual([{ tool: "delete_file", arguments: { path: "/x" } }]);
  });

  it("answers a body over the bound with 413 limit_exceeded", async () => {
    const r = await post(`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":"${"x".repeat(70_000)}"}}`);
    expect(r.status).toBe(413);
    expect(r.message["error"].data.reason).toBe("limit_exceeded");
  });
});
