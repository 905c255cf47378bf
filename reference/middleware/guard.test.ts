// In-process behaviour of the protected transport and the handler guard, with a real SDK Client and McpServer over
// the SDK's InMemoryTransport (which hands message objects across by reference, so mutation after delivery is real).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { TRUST_ERROR_CODE } from "../../generated/constants.js";
import { validateDecision } from "../../generated/validators/decision.js";
import { signingTransport } from "../client/signing-transport.js";
import { MemoryReplayStore, type ReplayStore } from "../common/replay.js";
import type { CallLog } from "../demo/sample-server.js";
import { DECISION_META_KEY, type Decision } from "../enforce/decision.js";
import { Enforcer, type EnforcerOptions } from "../enforce/enforcer.js";
import { loadPolicy } from "../enforce/policy.js";
import { currentVerifiedCall, guardToolArguments } from "./guard.js";
import { protectTransport } from "./protect-transport.js";
import { refusal, signerOptions, testPolicy } from "./test-support.js";

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

/** Tools whose input schemas change the arguments (strip, default) beside one that does not. */
function guardedServer(log: CallLog, seen: unknown[] = []): McpServer {
  const server = new McpServer({ name: "guarded", version: "0.0.0" });
  const record = (tool: string) => (args: unknown) => {
    log.calls.push({ tool, arguments: args });
    seen.push(currentVerifiedCall()?.tool);
    return text(`ran ${tool}`);
  };
  server.registerTool("strict_tool", { inputSchema: z.object({ path: z.string() }).strict() }, guardToolArguments(async (args) => record("strict_tool")(args)));
  // A plain z.object strips unknown members: the handler would get less than was signed.
  server.registerTool("lenient_tool", { inputSchema: z.object({ path: z.string() }) }, guardToolArguments(async (args) => record("lenient_tool")(args)));
  server.registerTool("defaulting_tool", { inputSchema: z.object({ path: z.string(), mode: z.string().default("r") }) }, guardToolArguments(async (args) => record("defaulting_tool")(args)));
  server.registerTool("no_schema", {}, guardToolArguments(async () => record("no_schema")({})));
  // Unguarded: shows what the transport alone guarantees.
  server.registerTool("plain_tool", { inputSchema: z.object({ path: z.string() }).strict() }, async (args) => record("plain_tool")(args));
  return server;
}

/** A replay store that holds every consume until released: a slow Redis. */
class GatedStore implements ReplayStore {
  readonly #inner = new MemoryReplayStore();
  #open!: () => void;
  readonly gate = new Promise<void>((resolve) => (this.#open = resolve));
  waiting = 0;
  release(): void {
    this.#open();
  }
  async consume(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    this.waiting++;
    await this.gate;
    return this.#inner.consume(key, expiresAtMs, nowMs);
  }
}

interface Setup {
  client: Client;
  log: CallLog;
  seen: unknown[];
  decisions: Decision[];
  serverErrors: Error[];
  clientTransport: Transport;
}

const open: Client[] = [];
afterEach(async () => {
  await Promise.allSettled(open.splice(0).map((c) => c.close()));
});

async function setup(options: { enforcerOptions?: EnforcerOptions; enforcer?: Enforcer; protect?: boolean; serverSide?: (t: Transport) => Transport; onDecision?: (d: Decision) => void } = {}): Promise<Setup> {
  const log: CallLog = { calls: [] };
  const seen: unknown[] = [];
  const decisions: Decision[] = [];
  const serverErrors: Error[] = [];
  const server = guardedServer(log, seen);
  server.server.onerror = (e) => serverErrors.push(e);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const enforcer = options.enforcer ?? new Enforcer(loadPolicy(testPolicy()), options.enforcerOptions ?? {});
  const inner = (options.serverSide ?? ((t) => t))(serverTransport);
  const onDecision = options.onDecision ?? ((d: Decision) => decisions.push(d));
  await server.connect(options.protect === false ? inner : protectTransport(inner, { enforcer, onDecision }));
  const client = new Client({ name: "test-agent", version: "0.0.0" });
  const signed = signingTransport(clientTransport, signerOptions());
  await client.connect(signed);
  open.push(client);
  return { client, log, seen, decisions, serverErrors, clientTransport: signed };
}

describe("guardToolArguments", () => {
  it("runs a handler whose arguments are the verified ones, inside the verified call's context", async () => {
    const s = await setup();
    const result = await s.client.callTool({ name: "strict_tool", arguments: { path: "/a" } });
    expect(result.content).toEqual(text("ran strict_tool").content);
    expect(s.log.calls).toEqual([{ tool: "strict_tool", arguments: { path: "/a" } }]);
    expect(s.seen).toEqual(["strict_tool"]);
    const noSchema = await s.client.callTool({ name: "no_schema" });
    expect((noSchema._meta as Record<string, Decision>)[DECISION_META_KEY]!.decision).toBe("allow");
  });

  it.each([
    ["lenient_tool", { path: "/a", note: "signed, then stripped by the schema" }],
    ["defaulting_tool", { path: "/a" }],
  ])("refuses %s when the SDK's input parsing changed the verified arguments", async (name, args) => {
    const s = await setup();
    const e = await refusal(s.client.callTool({ name, arguments: args }));
    expect(e.code).toBe(TRUST_ERROR_CODE);
    expect(e.data.reason).toBe("args_commitment_mismatch");
    expect(e.data.decision).toMatchObject({ decision: "deny", reason: "args_commitment_mismatch", agentId: null });
    const checks = e.data.decision["checks"] as { name: string; result: string }[];
    expect(checks.find((c) => c.name === "arguments")!.result).toBe("fail");
    expect(checks.find((c) => c.name === "nonce")!.result).toBe("pass"); // it was consumed by the allow
    expect(validateDecision(e.data.decision)).toBe(true);
    expect(s.log.calls).toEqual([]);
    expect(s.decisions.map((d) => d.decision)).toEqual(["allow", "deny"]);
  });

  it("refuses a guarded handler reached without the middleware (McpServer reports it as an isError result)", async () => {
    const s = await setup({ protect: false });
    const result = await s.client.callTool({ name: "strict_tool", arguments: { path: "/a" } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain("did not pass through the mcp-trust middleware");
    expect(s.log.calls).toEqual([]);
  });
});

describe("protectTransport in process", () => {
  it("forwards its own copy of the verified params: a change to the delivered message after delivery is not seen", async () => {
    // A transport that keeps a reference to each message it delivers and changes it right after.
    const tamperAfterDelivery = (inner: Transport): Transport => {
      const proxy = new Proxy(inner, {
        set(target, prop, value) {
          if (prop !== "onmessage" || typeof value !== "function") return Reflect.set(target, prop, value);
          target.onmessage = (m: JSONRPCMessage, extra) => {
            value(m, extra);
            const msg = m as { method?: string; params?: { arguments?: Record<string, unknown> } };
            if (msg.method === "tools/call") msg.params!.arguments!["path"] = "/etc/passwd";
          };
          return true;
        },
      });
      return proxy;
    };
    const s = await setup({ serverSide: tamperAfterDelivery });
    await s.client.callTool({ name: "plain_tool", arguments: { path: "/a" } });
    expect(s.log.calls).toEqual([{ tool: "plain_tool", arguments: { path: "/a" } }]);
  });

  it("does not hold other messages behind a slow decision", async () => {
    const store = new GatedStore();
    const s = await setup({ enforcerOptions: { replayStore: store } });
    const call = s.client.callTool({ name: "strict_tool", arguments: { path: "/a" } });
    await expect.poll(() => store.waiting).toBe(1);
    expect((await s.client.listTools()).tools.length).toBe(5);
    await s.client.ping();
    expect(s.log.calls).toEqual([]);
    store.release();
    await call;
    expect(s.log.calls).toEqual([{ tool: "strict_tool", arguments: { path: "/a" } }]);
  });

  it("drops a request cancelled while it is being decided: the handler never runs", async () => {
    const store = new GatedStore();
    const s = await setup({ enforcerOptions: { replayStore: store } });
    const abort = new AbortController();
    const call = s.client.callTool({ name: "strict_tool", arguments: { path: "/a" } }, undefined, { signal: abort.signal });
    await expect.poll(() => store.waiting).toBe(1);
    abort.abort("changed my mind");
    await expect(call).rejects.toBeDefined();
    store.release();
    await expect.poll(() => s.decisions.length).toBe(1);
    await s.client.ping();
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for a forwarded request to reach its handler
    expect(s.decisions.map((d) => d.decision)).toEqual(["allow"]);
    expect(s.log.calls).toEqual([]);
  });

  it("answers an enforcer failure with an internal error and never forwards the request", async () => {
    const broken = { decide: async () => Promise.reject(new Error("bug")) } as unknown as Enforcer;
    const s = await setup({ enforcer: broken });
    const e = await refusal(s.client.callTool({ name: "strict_tool", arguments: { path: "/a" } }));
    expect(e.code).toBe(-32603);
    expect(s.log.calls).toEqual([]);
    expect(s.serverErrors.map((x) => x.message)).toContain("bug");
  });

  it("is not changed by an onDecision hook that throws", async () => {
    const s = await setup({ onDecision: () => { throw new Error("audit sink down"); } });
    await s.client.callTool({ name: "strict_tool", arguments: { path: "/a" } });
    expect(s.log.calls.length).toBe(1);
    expect(s.serverErrors.map((x) => x.message)).toContain("audit sink down");
  });

  it("drops a tools/call notification (no id)", async () => {
    const s = await setup();
    await s.clientTransport.send({ jsonrpc: "2.0", method: "tools/call", params: { name: "strict_tool", arguments: { path: "/a" } } });
    await s.client.ping();
    expect(s.log.calls).toEqual([]);
    expect(s.serverErrors.map((x) => x.message)).toContain("dropped a tools/call notification (no id)");
  });

});
