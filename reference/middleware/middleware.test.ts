// The middleware with real peers: the sample McpServer behind protectTransport, driven by an SDK Client with
// signingTransport, over stdio (a child process) and over Streamable HTTP (in-process, loopback).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { TRUST_ERROR_CODE } from "../../generated/constants.js";
import type { Policy } from "../../generated/types/policy.js";
import { validateDecision } from "../../generated/validators/decision.js";
import { validateTrustError } from "../../generated/validators/error.js";
import { signingTransport } from "../client/signing-transport.js";
import type { CallLog } from "../demo/sample-server.js";
import { DECISION_META_KEY, type Decision } from "../enforce/decision.js";
import { Enforcer } from "../enforce/enforcer.js";
import { loadPolicy } from "../enforce/policy.js";
import { guardToolArguments } from "./guard.js";
import { startHttpFixture, type HttpFixture } from "./http-server-fixture.js";
import { failingReplayStore } from "./stdio-server-fixture.js";
import { CAPABILITY, mapOutgoing, onToolCalls, OTHER_FINGERPRINT, refusal, replaying, signerOptions, SUB, testPolicy } from "./test-support.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./stdio-server-fixture.ts", import.meta.url));

interface Running {
  /** A connected Client whose transport is `wrap(raw transport)` (default: a signer with the test options). */
  connect(wrap?: (t: Transport) => Transport): Promise<Client>;
  calls(): CallLog["calls"];
  decisions(): Decision[];
  bypasses(): Decision[] | undefined;
  close(): Promise<void>;
}

interface Peer {
  name: string;
  start(policy: Policy, options?: { failingStore?: boolean }): Promise<Running>;
}

const signed = (t: Transport): Transport => signingTransport(t, signerOptions());
const readLines = <T>(path: string): T[] => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T) : []);

const stdioPeer: Peer = {
  name: "stdio (child process)",
  async start(policy, options = {}) {
    const dir = mkdtempSync(join(tmpdir(), "mcp-trust-stdio-"));
    const policyPath = join(dir, "policy.json");
    writeFileSync(policyPath, JSON.stringify(policy));
    const callLog = join(dir, "calls.jsonl");
    const decisionLog = join(dir, "decisions.jsonl");
    const clients: Client[] = [];
    const stderr: string[] = [];
    return {
      async connect(wrap = signed) {
        const transport = new StdioClientTransport({
          command: process.execPath,
          args: ["--import", "tsx", FIXTURE, policyPath],
          cwd: ROOT,
          env: { ...getDefaultEnvironment(), MCP_TRUST_CALL_LOG: callLog, MCP_TRUST_DECISION_LOG: decisionLog, ...(options.failingStore === true ? { MCP_TRUST_REPLAY_STORE: "failing" } : {}) },
          stderr: "pipe",
        });
        transport.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
        const client = new Client({ name: "test-agent", version: "0.0.0" });
        try {
          await client.connect(wrap(transport));
        } catch (e) {
          throw new Error(`stdio fixture did not start: ${(e as Error).message}\n${stderr.join("")}`);
        }
        clients.push(client);
        return client;
      },
      calls: () => readLines(callLog),
      decisions: () => readLines(decisionLog),
      bypasses: () => undefined, // onBypass runs in the child; its decisions carry bypass: true
      async close() {
        await Promise.allSettled(clients.map((c) => c.close()));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const httpPeer: Peer = {
  name: "Streamable HTTP (loopback)",
  async start(policy, options = {}) {
    const decisions: Decision[] = [];
    const bypasses: Decision[] = [];
    const enforcer = new Enforcer(loadPolicy(policy), { onBypass: (d) => bypasses.push(d), ...(options.failingStore === true ? { replayStore: failingReplayStore } : {}) });
    const fixture: HttpFixture = await startHttpFixture({ enforcer, onDecision: (d) => decisions.push(d) });
    const clients: Client[] = [];
    return {
      async connect(wrap = signed) {
        const client = new Client({ name: "test-agent", version: "0.0.0" });
        await client.connect(wrap(new StreamableHTTPClientTransport(fixture.url)));
        clients.push(client);
        return client;
      },
      calls: () => fixture.log.calls,
      decisions: () => decisions,
      bypasses: () => bypasses,
      async close() {
        await Promise.allSettled(clients.map((c) => c.close()));
        await fixture.close();
      },
    };
  },
};

function expectTrustError(e: Awaited<ReturnType<typeof refusal>>, reason: string): void {
  expect(e.code).toBe(TRUST_ERROR_CODE);
  expect(e.data.reason).toBe(reason);
  expect(e.data.decision["decision"]).toBe("deny");
  expect(e.data.decision["reason"]).toBe(reason);
  expect(e.data.decision["requestId"]).toBe(e.data.requestId);
  expect(validateDecision(e.data.decision), JSON.stringify(validateDecision.errors)).toBe(true);
  expect(validateTrustError({ code: e.code, message: "refused", data: e.data }), JSON.stringify(validateTrustError.errors)).toBe(true);
}

describe.each([stdioPeer, httpPeer])("protectTransport + signingTransport over $name", (peer) => {
  let running: Running;
  let current: Running[] = [];
  const start = async (policy: Policy = testPolicy(), options?: { failingStore?: boolean }): Promise<Running> => {
    const r = await peer.start(policy, options);
    current.push(r);
    return r;
  };
  beforeAll(async () => {
    running = await peer.start(testPolicy());
  });
  afterAll(async () => {
    await running.close();
  });
  afterEach(async () => {
    await Promise.allSettled(current.map((r) => r.close()));
    current = [];
  });

  it("allows a signed call, runs the handler with its arguments, and returns the decision in result._meta", async () => {
    const r = await start();
    const client = await r.connect();
    const result = await client.callTool({ name: "delete_file", arguments: { path: "/tmp/q3.txt", recursive: false } });
    expect(result.content).toEqual([{ type: "text", text: "deleted /tmp/q3.txt" }]);
    const decision = (result._meta as Record<string, Decision>)[DECISION_META_KEY]!;
    expect(decision.decision).toBe("allow");
    expect(decision.agentId).toBe(SUB);
    expect(decision.checks.every((c) => c.result === "pass")).toBe(true);
    expect(validateDecision(decision), JSON.stringify(validateDecision.errors)).toBe(true);
    expect(r.calls()).toEqual([{ tool: "delete_file", arguments: { path: "/tmp/q3.txt", recursive: false } }]);
    expect(r.decisions().map((d) => d.decision)).toEqual(["allow"]);
  });

  it("passes other requests through (tools/list) and accepts hash commitments and SEP-2787 carriage", async () => {
    const client = await running.connect((t) => signingTransport(t, signerOptions({ commitment: "hash", sep2787Compat: true })));
    expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual(["delete_file", "ping", "read_file"]);
    const result = await client.callTool({ name: "read_file", arguments: { path: "/etc/motd" } });
    expect((result._meta as Record<string, Decision>)[DECISION_META_KEY]!.decision).toBe("allow");
  });

  it("refuses arguments changed after signing (args_commitment_mismatch); the handler never runs", async () => {
    const r = await start();
    const client = await r.connect((t) => signingTransport(mapOutgoing(t, onToolCalls((p) => (p.arguments!["path"] = "/etc/passwd"))), signerOptions()));
    expectTrustError(await refusal(client.callTool({ name: "delete_file", arguments: { path: "/tmp/q3.txt" } })), "args_commitment_mismatch");
    expect(r.calls()).toEqual([]);
  });

  it("refuses an attestation for another tool (tool_mismatch)", async () => {
    const r = await start();
    // Signed for read_file, renamed to delete_file on the way.
    const client = await r.connect((t) => signingTransport(mapOutgoing(t, onToolCalls((p) => (p["name"] = "delete_file"))), signerOptions()));
    expectTrustError(await refusal(client.callTool({ name: "read_file", arguments: { path: "/tmp/q3.txt" } })), "tool_mismatch");
    expect(r.calls()).toEqual([]);
  });

  it("refuses an attestation for another server (server_mismatch)", async () => {
    const r = await start();
    const client = await r.connect((t) => signingTransport(t, signerOptions({ serverFingerprint: OTHER_FINGERPRINT })));
    expectTrustError(await refusal(client.callTool({ name: "read_file", arguments: { path: "/tmp/q3.txt" } })), "server_mismatch");
    expect(r.calls()).toEqual([]);
  });

  it("refuses an expired attestation (expired)", async () => {
    const r = await start();
    const client = await r.connect((t) => signingTransport(t, signerOptions({ expSeconds: 60, now: () => Date.now() - 3_600_000 })));
    expectTrustError(await refusal(client.callTool({ name: "read_file", arguments: { path: "/tmp/q3.txt" } })), "expired");
    expect(r.calls()).toEqual([]);
  });

  it("refuses a captured request sent again (nonce_replay); only the first runs", async () => {
    const r = await start();
    const client = await r.connect((t) => signingTransport(mapOutgoing(t, replaying()), signerOptions()));
    await client.callTool({ name: "read_file", arguments: { path: "/tmp/q3.txt" } });
    expectTrustError(await refusal(client.callTool({ name: "read_file", arguments: { path: "/tmp/other.txt" } })), "nonce_replay");
    expect(r.calls()).toEqual([{ tool: "read_file", arguments: { path: "/tmp/q3.txt" } }]);
  });

  it("refuses an unsigned call to a tool that requires evidence (attestation_required)", async () => {
    const r = await start();
    const client = await r.connect((t) => t);
    expectTrustError(await refusal(client.callTool({ name: "delete_file", arguments: { path: "/tmp/q3.txt" } })), "attestation_required");
    expect(r.calls()).toEqual([]);
  });

  it("lets an unsigned call through to a tool whose policy requires no evidence", async () => {
    const r = await start();
    const client = await r.connect((t) => t);
    const result = await client.callTool({ name: "ping" });
    expect(result.content).toEqual([{ type: "text", text: "pong" }]);
    const decision = (result._meta as Record<string, Decision>)[DECISION_META_KEY]!;
    expect(decision.decision).toBe("allow");
    expect(decision.checks.find((c) => c.name === "signature")!.result).toBe("skip");
    expect(r.calls()).toEqual([{ tool: "ping", arguments: {} }]);
  });

  it("enforces the tool's requiredCapability (capability_mismatch)", async () => {
    const r = await start();
    const client = await r.connect((t) => signingTransport(t, signerOptions({ requestedCapability: "filesystem.read" })));
    expectTrustError(await refusal(client.callTool({ name: "delete_file", arguments: { path: "/tmp/q3.txt" } })), "capability_mismatch");
    const other = await r.connect((t) => signingTransport(t, signerOptions({ requestedCapability: CAPABILITY })));
    await other.callTool({ name: "delete_file", arguments: { path: "/tmp/q3.txt" } });
    expect(r.calls()).toEqual([{ tool: "delete_file", arguments: { path: "/tmp/q3.txt" } }]);
  });

  it("fails closed when the replay store is down (replay_store_unavailable); the handler never runs", async () => {
    const r = await start(testPolicy({ failureMode: "closed" }), { failingStore: true });
    const client = await r.connect();
    const e = await refusal(client.callTool({ name: "read_file", arguments: { path: "/tmp/q3.txt" } }));
    expectTrustError(e, "replay_store_unavailable");
    expect((e.data.decision["checks"] as { name: string; result: string }[]).find((c) => c.name === "nonce")!.result).toBe("error");
    expect(r.calls()).toEqual([]);
  });

  it("fails open when the policy says so: the call runs and the decision records the bypass", async () => {
    const r = await start(testPolicy({ failureMode: "open" }), { failingStore: true });
    const client = await r.connect();
    const result = await client.callTool({ name: "read_file", arguments: { path: "/tmp/q3.txt" } });
    const decision = (result._meta as Record<string, Decision>)[DECISION_META_KEY]!;
    expect(decision).toMatchObject({ decision: "allow", bypass: true, reason: "replay_store_unavailable" });
    expect(r.calls()).toEqual([{ tool: "read_file", arguments: { path: "/tmp/q3.txt" } }]);
    expect(r.decisions()).toMatchObject([{ decision: "allow", bypass: true }]);
    const bypasses = r.bypasses();
    if (bypasses !== undefined) expect(bypasses).toMatchObject([{ bypass: true, tool: "read_file" }]);
  });
});

describe("protectTransport over Streamable HTTP: what the wrapper forwards", () => {
  it("keeps extra (authInfo, requestInfo) and the session while the app calls inner.handleRequest", async () => {
    const seen: { authInfo?: unknown; header?: unknown; sessionId?: string | undefined }[] = [];
    const createMcpServer = (log: CallLog): McpServer => {
      const server = new McpServer({ name: "extra-probe", version: "0.0.0" });
      server.registerTool("read_file", { inputSchema: z.object({ path: z.string() }).strict() }, async (args, extra) => {
        log.calls.push({ tool: "read_file", arguments: args });
        seen.push({ authInfo: extra.authInfo, header: extra.requestInfo?.headers["x-probe"], sessionId: extra.sessionId });
        return { content: [{ type: "text", text: "ok" }] };
      });
      return server;
    };
    const enforcer = new Enforcer(loadPolicy(testPolicy()));
    const authInfo = { token: "opaque", clientId: "agent-client", scopes: ["tools"] };
    const fixture = await startHttpFixture({ enforcer, createMcpServer, authInfo });
    const client = new Client({ name: "test-agent", version: "0.0.0" });
    try {
      const transport = new StreamableHTTPClientTransport(fixture.url, { requestInit: { headers: { "x-probe": "kept" } } });
      await client.connect(signed(transport));
      await client.callTool({ name: "read_file", arguments: { path: "/a" } });
      expect(seen).toEqual([{ authInfo, header: "kept", sessionId: transport.sessionId }]);
      // The app drives the SDK transport; its onmessage is the interceptor, not the SDK's dispatcher.
      const inner = fixture.transports.get(transport.sessionId!)!;
      const wrapper = fixture.wrappers.get(transport.sessionId!)!;
      expect(wrapper.onmessage).toBeTypeOf("function");
      expect(inner.onmessage).toBeTypeOf("function");
      expect(inner.onmessage).not.toBe(wrapper.onmessage);
      expect(wrapper.sessionId).toBe(transport.sessionId);
      expect(fixture.log.calls).toEqual([{ tool: "read_file", arguments: { path: "/a" } }]);
    } finally {
      await client.close();
      await fixture.close();
    }
  });

  it("lets guardToolArguments refuse, as a JSON-RPC trust error, arguments the SDK's parsing changed", async () => {
    const createMcpServer = (log: CallLog): McpServer => {
      const server = new McpServer({ name: "guarded", version: "0.0.0" });
      // A plain z.object strips members it does not know: the handler would get less than was signed.
      server.registerTool("read_file", { inputSchema: z.object({ path: z.string() }) }, guardToolArguments(async (args) => {
        log.calls.push({ tool: "read_file", arguments: args });
        return { content: [{ type: "text", text: "ok" }] };
      }));
      return server;
    };
    const fixture = await startHttpFixture({ enforcer: new Enforcer(loadPolicy(testPolicy())), createMcpServer });
    const client = new Client({ name: "test-agent", version: "0.0.0" });
    try {
      await client.connect(signed(new StreamableHTTPClientTransport(fixture.url)));
      await client.callTool({ name: "read_file", arguments: { path: "/a" } });
      const e = await refusal(client.callTool({ name: "read_file", arguments: { path: "/a", mode: "w" } }));
      expect(e.code).toBe(TRUST_ERROR_CODE);
      expect(e.data.reason).toBe("args_commitment_mismatch");
      expect(fixture.log.calls).toEqual([{ tool: "read_file", arguments: { path: "/a" } }]);
    } finally {
      await client.close();
      await fixture.close();
    }
  });
});
