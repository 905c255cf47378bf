// The transport identity headers over real peers: an SDK Client → the gateway → the sample McpServer, with a policy
// requiring actor + cap-token (+ a jwt agent identity on read_file, an agent intent on ping). Every refusal is
// checked for its HTTP status, its reason and decision, and for never reaching the server's handlers.
import { request as httpRequest } from "node:http";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTransportEvidence, transportEvidenceHeaders, transportEvidenceTransport, type TransportEvidence } from "../client/transport-evidence.js";
import { redisServerAvailable, startRedis, type RedisServer } from "../common/redis-server.js";
import { startSampleHttpServer, type SampleHttpServer } from "../demo/http-server.js";
import { DECISION_META_KEY, type Decision } from "../enforce/decision.js";
import { loadPolicy } from "../enforce/policy.js";
import { createGateway, type Gateway } from "./server.js";
import { openReplayStore, type ClosableReplayStore } from "./store.js";
import { connectClient, post, toolCall, type RpcReply } from "./test-peers.js";
import { ACTOR, agentJwt, capToken, forwardedChain, IDP, rogueKey, ROOT_ISS, transportPolicyDoc } from "./test-transport.js";

type Args = Record<string, string>;

/** A tools/call body whose `_meta` carries `evidence` as evidence items. */
function callWith(id: number, tool: string, args: Args, evidence: TransportEvidence): string {
  return toolCall(id, tool, args, attachTransportEvidence(undefined, evidence));
}

/** POSTs with node:http so that a header can be sent as several raw lines (an array value is one line per member). */
function rawPost(url: string, body: string, headers: Record<string, string | string[]>): Promise<RpcReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let message: RpcReply["message"];
        try {
          message = JSON.parse(text);
        } catch {
          message = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: new Headers(), message, text });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const checksOf = (d: Decision | undefined): Record<string, string> => Object.fromEntries((d?.checks ?? []).map((c) => [c.name, c.result]));

describe("gateway: transport identity headers over real peers", () => {
  let sample: SampleHttpServer;
  let gateway: Gateway;
  let url: string;
  let sessionId: string;
  let closeClient: () => Promise<void>;

  beforeAll(async () => {
    sample = await startSampleHttpServer();
    gateway = createGateway({ upstream: sample.url, policy: loadPolicy(transportPolicyDoc()), log: () => {} });
    url = await gateway.listen(0);
    const { client, transport } = await connectClient(url);
    sessionId = transport.sessionId!;
    closeClient = () => client.close();
  });
  afterAll(async () => {
    await closeClient?.();
    await gateway?.close();
    await sample?.close();
  });

  it("allows an SDK client's call with evidence in _meta and mirrored headers; the decision names the actor and the root issuer", async () => {
    const evidence: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()] };
    const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: transportEvidenceHeaders(evidence) } });
    const client = new Client({ name: "transport-test", version: "0.0.0" });
    await client.connect(transportEvidenceTransport(transport, evidence));
    try {
      sample.log.calls.length = 0;
      const result = await client.callTool({ name: "delete_file", arguments: { path: "/q3.md" } });
      const decision = (result._meta as Record<string, unknown>)[DECISION_META_KEY] as Decision;
      expect(decision).toMatchObject({ decision: "allow", reason: null, agentId: ACTOR, operatorId: ROOT_ISS, tool: "delete_file" });
      expect(checksOf(decision)).toMatchObject({ headers: "pass", evidence: "pass", "cap-token": "pass", actor: "pass", nonce: "pass", envelope: "skip", "agent-identity": "skip" });
      expect(decision.checks.map((c) => c.name).slice(0, 3)).toEqual(["headers", "evidence", "envelope"]);
      expect(sample.log.calls).toEqual([{ tool: "delete_file", arguments: { path: "/q3.md" } }]);

      // A jwt agent identity (read_file): agentId and operatorId are the identity's.
      const withIdentity: TransportEvidence = { ...evidence, capTokens: [await capToken()], agentIdentity: { type: "jwt", credential: await agentJwt({ sub: ACTOR }) } };
      const read = await post(url, callWith(2, "read_file", { path: "/q3.md" }, withIdentity), transport.sessionId, transportEvidenceHeaders(withIdentity));
      expect(read.status).toBe(200);
      const readDecision = (read.message?.result as { _meta: Record<string, Decision> })._meta[DECISION_META_KEY];
      expect(readDecision).toMatchObject({ decision: "allow", agentId: ACTOR, operatorId: IDP });
      expect(checksOf(readDecision)["agent-identity"]).toBe("pass");
    } finally {
      await client.close();
    }
  });

  it("refuses a forged cap token (401 signature_invalid) and never runs the handler", async () => {
    sample.log.calls.length = 0;
    const forged: TransportEvidence = { actor: ACTOR, capTokens: [await capToken({}, rogueKey)] };
    const r = await post(url, callWith(3, "delete_file", { path: "/x" }, forged), sessionId, transportEvidenceHeaders(forged));
    expect(r.status).toBe(401);
    expect(r.message?.error?.data?.reason).toBe("signature_invalid");
    const decision = r.message?.error?.data?.decision as Decision | undefined;
    expect(decision).toMatchObject({ decision: "deny", reason: "signature_invalid", agentId: null });
    expect(decision?.checks.find((c) => c.name === "cap-token")).toEqual({ name: "cap-token", result: "fail", reason: "signature_invalid" });
    expect(sample.log.calls).toEqual([]);
  });

  it("refuses MCP-Cap-Token sent as two raw header lines (400 header_duplicated)", async () => {
    sample.log.calls.length = 0;
    const token = await capToken();
    const evidence: TransportEvidence = { actor: ACTOR, capTokens: [token] };
    const mirrored = transportEvidenceHeaders(evidence)["MCP-Cap-Token"]!;
    const r = await rawPost(url, callWith(4, "delete_file", { path: "/x" }, evidence), { "mcp-session-id": sessionId, "MCP-Cap-Token": [mirrored, mirrored] });
    expect(r.status).toBe(400);
    expect(r.message?.error?.data?.reason).toBe("header_duplicated");
    expect(checksOf(r.message?.error?.data?.decision as Decision)).toMatchObject({ headers: "fail", evidence: "skip", "cap-token": "skip" });
    // The same token once is fine: the duplicate, not the value, was refused.
    const once = await rawPost(url, callWith(5, "delete_file", { path: "/x" }, evidence), { "mcp-session-id": sessionId, "MCP-Cap-Token": mirrored });
    expect(once.status).toBe(200);
    expect(sample.log.calls).toHaveLength(1);
  });

  it("refuses a header that disagrees with its _meta twin (400 header_mismatch)", async () => {
    sample.log.calls.length = 0;
    const evidence: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()] };
    const r = await post(url, callWith(6, "delete_file", { path: "/x" }, evidence), sessionId, transportEvidenceHeaders({ ...evidence, actor: "user:mallory@example.com" }));
    expect(r.status).toBe(400);
    expect(r.message?.error?.data?.reason).toBe("header_mismatch");
    expect(sample.log.calls).toEqual([]);
  });

  it("refuses a forwarded chain whose child widens the parent's scope (403 scope_escalation)", async () => {
    sample.log.calls.length = 0;
    const widened: TransportEvidence = { actor: ACTOR, capTokens: await forwardedChain("tools/call:delete_file tools/call:read_file") };
    const r = await post(url, callWith(7, "delete_file", { path: "/x" }, widened), sessionId, transportEvidenceHeaders(widened));
    expect(r.status).toBe(403);
    expect(r.message?.error?.data?.reason).toBe("scope_escalation");
    const narrowed: TransportEvidence = { actor: ACTOR, capTokens: await forwardedChain("tools/call:delete_file") };
    const ok = await post(url, callWith(8, "delete_file", { path: "/y" }, narrowed), sessionId, transportEvidenceHeaders(narrowed));
    expect(ok.status).toBe(200);
    expect(sample.log.calls).toEqual([{ tool: "delete_file", arguments: { path: "/y" } }]);
  });

  it("answers a call outside the declared intent with a challenge decision (intent_out_of_scope)", async () => {
    sample.log.calls.length = 0;
    const evidence: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()], intent: { purpose: "archive the Q3 report", scope: ["tools/call:delete_file"] } };
    const r = await post(url, callWith(9, "ping", {}, evidence), sessionId, transportEvidenceHeaders(evidence));
    expect(r.status).toBe(403);
    expect(r.message?.error?.data?.reason).toBe("intent_out_of_scope");
    const decision = r.message?.error?.data?.decision as Decision | undefined;
    expect(decision?.decision).toBe("challenge");
    expect(decision?.checks.find((c) => c.name === "agent-intent")).toEqual({ name: "agent-intent", result: "fail", reason: "intent_out_of_scope" });
    const inScope = { ...evidence, capTokens: [await capToken()], intent: { purpose: "check the server", scope: ["tools/call:ping"] } };
    expect((await post(url, callWith(10, "ping", {}, inScope), sessionId, transportEvidenceHeaders(inScope))).status).toBe(200);
    expect(sample.log.calls.map((c) => c.tool)).toEqual(["ping"]);
  });

  it("refuses missing evidence, an actor that is not the token's subject, and an unverifiable identity", async () => {
    sample.log.calls.length = 0;
    const missing = await post(url, callWith(11, "delete_file", { path: "/x" }, { actor: ACTOR }), sessionId);
    expect([missing.status, missing.message?.error?.data?.reason]).toEqual([401, "evidence_required"]);
    const other: TransportEvidence = { actor: "user:bob@example.com", capTokens: [await capToken()] };
    const mismatch = await post(url, callWith(12, "delete_file", { path: "/x" }, other), sessionId);
    expect([mismatch.status, mismatch.message?.error?.data?.reason]).toEqual([403, "actor_mismatch"]);
    const badIdentity: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()], agentIdentity: { type: "jwt", credential: await agentJwt({ aud: "https://other.example/mcp" }) } };
    const identity = await post(url, callWith(13, "read_file", { path: "/x" }, badIdentity), sessionId);
    expect([identity.status, identity.message?.error?.data?.reason]).toEqual([403, "audience_mismatch"]);
    expect(sample.log.calls).toEqual([]);
  });

  it("refuses a single-use cap token presented twice to one gateway (401 nonce_replay)", async () => {
    sample.log.calls.length = 0;
    const evidence: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()] };
    expect((await post(url, callWith(14, "delete_file", { path: "/once" }, evidence), sessionId)).status).toBe(200);
    // A new request around the same token (new id, other arguments): the token's jti, not the request, is spent.
    const again = await post(url, callWith(15, "delete_file", { path: "/twice" }, evidence), sessionId);
    expect([again.status, again.message?.error?.data?.reason]).toEqual([401, "nonce_replay"]);
    expect(sample.log.calls).toEqual([{ tool: "delete_file", arguments: { path: "/once" } }]);
    // read_file does not make its tokens single-use: the same kind of token serves two calls.
    const reusable: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()], agentIdentity: { type: "jwt", credential: await agentJwt({ sub: ACTOR }) } };
    expect((await post(url, callWith(16, "read_file", { path: "/a" }, reusable), sessionId)).status).toBe(200);
    expect((await post(url, callWith(17, "read_file", { path: "/a" }, reusable), sessionId)).status).toBe(200);
  });
});

const HAVE_REDIS = redisServerAvailable();

// Skipped only outside CI: with CI set a missing tool fails these tests instead of hiding them.
describe.skipIf(!HAVE_REDIS && !process.env["CI"])("gateways sharing a real redis-server: single-use cap tokens", () => {
  let sample: SampleHttpServer;
  let redis: RedisServer;
  const stores: ClosableReplayStore[] = [];
  const gateways: Gateway[] = [];

  beforeAll(async () => {
    sample = await startSampleHttpServer();
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const g of gateways) await g.close();
    for (const s of stores) await s.close();
    await sample?.close();
    await redis?.stop();
  });

  it("accepts a single-use token's jti once across two gateways, even when both get it at once", async () => {
    const urls: string[] = [];
    for (let i = 0; i < 2; i++) {
      const store = await openReplayStore(redis.url);
      stores.push(store);
      const g = createGateway({ upstream: sample.url, policy: loadPolicy(transportPolicyDoc()), replayStore: store, log: () => {} });
      gateways.push(g);
      urls.push(await g.listen(0));
    }
    const { client, transport } = await connectClient(urls[0]!);
    try {
      sample.log.calls.length = 0;
      for (let i = 0; i < 5; i++) {
        const evidence: TransportEvidence = { actor: ACTOR, capTokens: [await capToken()] };
        const body = callWith(100 + i, "delete_file", { path: `/fleet/${i}` }, evidence);
        const replies = await Promise.all(urls.map((u) => post(u, body, transport.sessionId)));
        expect(replies.map((r) => r.status).sort()).toEqual([200, 401]);
        expect(replies.find((r) => r.status === 401)!.message?.error?.data?.reason).toBe("nonce_replay");
      }
      expect(sample.log.calls.map((c) => (c.arguments as Args)["path"])).toEqual([0, 1, 2, 3, 4].map((i) => `/fleet/${i}`));
    } finally {
      await client.close();
    }
  });
});
