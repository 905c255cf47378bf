// The transport identity evidence through the in-process middleware, over real peers: the stdio fixture as a child
// process (evidence in _meta only: stdio has no headers), and Streamable HTTP through handleStrictRequest, which
// hands the protected transport the raw header lines so that duplicated and mismatching mirrors are refused.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTransportEvidence, transportEvidenceHeaders, transportEvidenceTransport, type TransportEvidence } from "../client/transport-evidence.js";
import { createSampleServer, type CallLog } from "../demo/sample-server.js";
import { DECISION_META_KEY, type Decision } from "../enforce/decision.js";
import { Enforcer } from "../enforce/enforcer.js";
import { loadPolicy } from "../enforce/policy.js";
import { ACTOR, capToken, ROOT_ISS, transportPolicyDoc } from "../gateway/test-transport.js";
import { protectTransport } from "./protect-transport.js";
import { handleStrictRequest } from "./strict-http.js";
import { refusal } from "./test-support.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./stdio-server-fixture.ts", import.meta.url));

const decisionOf = (result: { _meta?: Record<string, unknown> }): Decision => result._meta?.[DECISION_META_KEY] as Decision;
const checksOf = (d: Decision | Record<string, unknown>): Record<string, string> => Object.fromEntries(((d as Decision).checks ?? []).map((c) => [c.name, c.result]));

describe("stdio middleware (child process): transport evidence in _meta only", () => {
  let dir: string;
  let client: Client;
  let evidence: TransportEvidence;
  const calls = (): CallLog["calls"] => (existsSync(join(dir, "calls.jsonl")) ? readFileSync(join(dir, "calls.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : []);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mcp-trust-transport-stdio-"));
    writeFileSync(join(dir, "policy.json"), JSON.stringify(transportPolicyDoc()));
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ["--import", "tsx", FIXTURE, join(dir, "policy.json")],
      cwd: ROOT,
      env: { ...getDefaultEnvironment(), MCP_TRUST_CALL_LOG: join(dir, "calls.jsonl"), MCP_TRUST_STDIO: "strict" },
      stderr: "pipe",
    });
    client = new Client({ name: "transport-stdio-test", version: "0.0.0" });
    // The evidence of each call is read at send time, so that every test sets its own.
    await client.connect(transportEvidenceTransport(transport, () => evidence));
  }, 30_000);
  afterAll(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("allows a call whose actor is the cap token's subject; the decision names them and skips the header check", async () => {
    evidence = { actor: ACTOR, capTokens: [await capToken()] };
    const result = await client.callTool({ name: "delete_file", arguments: { path: "/q3.md" } });
    const decision = decisionOf(result);
    expect(decision).toMatchObject({ decision: "allow", agentId: ACTOR, operatorId: ROOT_ISS });
    expect(checksOf(decision)).toMatchObject({ headers: "skip", evidence: "pass", "cap-token": "pass", actor: "pass", nonce: "pass" });
    expect(calls()).toEqual([{ tool: "delete_file", arguments: { path: "/q3.md" } }]);
  });

  it("refuses an actor that is not the cap token's subject (actor_mismatch); the handler never runs", async () => {
    evidence = { actor: "user:mallory@example.com", capTokens: [await capToken()] };
    const e = await refusal(client.callTool({ name: "delete_file", arguments: { path: "/other.md" } }));
    expect(e.data.reason).toBe("actor_mismatch");
    expect(e.data.decision).toMatchObject({ decision: "deny", reason: "actor_mismatch", agentId: null });
    expect(checksOf(e.data.decision)).toMatchObject({ "cap-token": "pass", actor: "fail", nonce: "skip" });
    expect(calls()).toHaveLength(1);
  });
});

describe("Streamable HTTP middleware (handleStrictRequest): raw header lines reach the enforcer", () => {
  let http: Server;
  let url: URL;
  const log: CallLog = { calls: [] };
  const transports = new Map<string, StreamableHTTPServerTransport>();

  beforeAll(async () => {
    const enforcer = new Enforcer(loadPolicy(transportPolicyDoc()));
    http = createServer((req, res) => {
      void (async () => {
        const sid = req.headers["mcp-session-id"];
        let transport = typeof sid === "string" ? transports.get(sid) : undefined;
        if (transport === undefined) {
          const created: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({ sessionIdGenerator: randomUUID, enableJsonResponse: true, onsessioninitialized: (id) => void transports.set(id, created) });
          await createSampleServer(log).server.connect(protectTransport(created, { enforcer }));
          transport = created;
        }
        await handleStrictRequest(transport, req, res);
      })().catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
  });
  afterAll(async () => {
    for (const t of transports.values()) await t.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  });

  it("allows mirrored headers, refuses a mismatching mirror (header_mismatch) and a duplicated one (header_duplicated)", async () => {
    const evidence: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()] };
    const good = new StreamableHTTPClientTransport(url, { requestInit: { headers: transportEvidenceHeaders(evidence) } });
    const client = new Client({ name: "transport-http-test", version: "0.0.0" });
    await client.connect(transportEvidenceTransport(good, evidence));
    try {
      log.calls.length = 0;
      const result = await client.callTool({ name: "delete_file", arguments: { path: "/a" } });
      expect(decisionOf(result)).toMatchObject({ decision: "allow", agentId: ACTOR });
      expect(checksOf(decisionOf(result))["headers"]).toBe("pass");

      // Headers from another principal than the body's evidence.
      const fresh: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()] };
      const lying = new StreamableHTTPClientTransport(url, { requestInit: { headers: transportEvidenceHeaders({ ...fresh, actor: "user:mallory@example.com" }) } });
      const liar = new Client({ name: "transport-http-liar", version: "0.0.0" });
      await liar.connect(transportEvidenceTransport(lying, fresh));
      try {
        const e = await refusal(liar.callTool({ name: "delete_file", arguments: { path: "/b" } }));
        expect(e.data.reason).toBe("header_mismatch");
        expect(checksOf(e.data.decision)).toMatchObject({ headers: "fail", evidence: "skip" });
      } finally {
        await liar.close();
      }

      // Two MCP-Actor lines, sent raw in the good client's session.
      const body = JSON.stringify({ jsonrpc: "2.0", id: 77, method: "tools/call", params: { name: "delete_file", arguments: { path: "/c" }, _meta: attachTransportEvidence(undefined, fresh) } });
      const mirrored = transportEvidenceHeaders(fresh)["MCP-Actor"]!;
      const dup = await new Promise<{ status: number; json: { error?: { data?: { reason?: string } } } }>((resolve, reject) => {
        const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", "mcp-session-id": good.sessionId!, "MCP-Actor": [mirrored, mirrored] } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) }));
        });
        req.on("error", reject);
        req.end(body);
      });
      expect(dup.json.error?.data?.reason).toBe("header_duplicated");
      expect(log.calls).toEqual([{ tool: "delete_file", arguments: { path: "/a" } }]);
    } finally {
      await client.close();
    }
  });
});
