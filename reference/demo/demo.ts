// `mcp-trust demo`: the sample MCP server, the gateway in front of it and an agent making signed (and not so signed)
// calls, all on loopback with embedded defaults. Exit 0 when every call got its expected decision.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import { attachAttestation } from "../attestation/carriage.js";
import { identityProjection, signAttestation } from "../attestation/sign.js";
import { sha256Digest } from "../common/digest.js";
import { generateKeyPair } from "../common/keys.js";
import type { JsonValue } from "../common/strict-json.js";
import { DECISION_META_KEY } from "../enforce/decision.js";
import { loadPolicy } from "../enforce/policy.js";
import { parseFlags } from "../cli/io.js";
import { createGateway } from "../gateway/server.js";
import { startSampleHttpServer } from "./http-server.js";

const ISS = "https://issuer.example/agents";
const KID = "demo-es256";

type Args = { [key: string]: JsonValue };

interface DemoCall {
  label: string;
  tool: string;
  args: Args;
  meta?: Record<string, unknown>;
  expected: { decision: "allow" | "deny"; reason: string | null; status: number };
}

interface Row {
  call: DemoCall;
  decision: string;
  reason: string | null;
  status: number;
  ms: number;
  ok: boolean;
}

export async function demoCommand(argv: string[]): Promise<number> {
  parseFlags(argv, {});
  const { privateKey, publicJwk } = generateKeyPair("ES256");
  const serverFingerprint = sha256Digest(new TextEncoder().encode("mcp-trust demo: sample server"));
  const policy = loadPolicy({
    server: { fingerprint: serverFingerprint },
    trustStore: { issuers: { [ISS]: { keys: [{ ...publicJwk, kid: KID, alg: "ES256" }] } } },
    algorithms: ["ES256"],
    tools: { delete_file: { issuers: [ISS] }, ping: { evidence: [] } },
  });
  const sign = (tool: string, args: Args): Record<string, unknown> =>
    attachAttestation(undefined, signAttestation({
      alg: "ES256", key: privateKey, iss: ISS, sub: "agent:demo", secretVersion: KID, intent: "tidy up the Q3 reports",
      toolCalls: [{ name: tool, serverFingerprint, argsProjection: identityProjection(args) }],
    }) as unknown as JsonValue);

  const report = { path: "/reports/q3-draft.md" };
  const signedDelete = sign("delete_file", report);
  const calls: DemoCall[] = [
    { label: "signed delete_file", tool: "delete_file", args: report, meta: signedDelete, expected: { decision: "allow", reason: null, status: 200 } },
    { label: "unsigned delete_file", tool: "delete_file", args: report, expected: { decision: "deny", reason: "attestation_required", status: 401 } },
    { label: "tampered arguments", tool: "delete_file", args: { path: "/etc/passwd" }, meta: sign("delete_file", { path: "/reports/q3-final.md" }), expected: { decision: "deny", reason: "args_commitment_mismatch", status: 403 } },
    { label: "wrong tool (signed read_file)", tool: "delete_file", args: report, meta: sign("read_file", report), expected: { decision: "deny", reason: "tool_mismatch", status: 403 } },
    { label: "replay of call 1", tool: "delete_file", args: report, meta: signedDelete, expected: { decision: "deny", reason: "nonce_replay", status: 401 } },
    { label: "unsigned ping (no evidence required)", tool: "ping", args: {}, expected: { decision: "allow", reason: null, status: 200 } },
  ];

  const sample = await startSampleHttpServer();
  const gateway = createGateway({ upstream: sample.url, policy });
  const rows: Row[] = [];
  let client: Client | undefined;
  try {
    const gatewayUrl = await gateway.listen(0, "127.0.0.1");
    // The SDK client throws on a refused call; the gateway's JSON-RPC error is read from the HTTP response.
    let last: { status: number; body: string | undefined } = { status: 0, body: undefined };
    const recording: FetchLike = async (url, init) => {
      const response = await fetch(url, init);
      if (init?.method === "POST") last = { status: response.status, body: response.ok ? undefined : await response.clone().text() };
      return response;
    };
    client = new Client({ name: "mcp-trust-demo-agent", version: "0.1.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(gatewayUrl), { fetch: recording }));
    process.stdout.write(`mcp-trust demo: agent → gateway ${gatewayUrl} → sample MCP server ${sample.url}\n\n`);
    for (const call of calls) rows.push(await run(client, call, () => last));
  } finally {
    await client?.close().catch(() => {});
    await gateway.close();
    await sample.close();
  }

  printTable(rows);
  const ran = sample.log.calls.map((c) => c.tool);
  const handlersOk = ran.join(",") === "delete_file,ping";
  const passed = rows.filter((r) => r.ok).length;
  process.stdout.write(`\n${passed}/${rows.length} calls got their expected decision.\n`);
  process.stdout.write(`The server's handlers ran ${ran.length} time(s) (${ran.join(", ") || "none"})${handlersOk ? ": no refused call reached a handler." : ", expected delete_file, ping."}\n`);
  return passed === rows.length && handlersOk ? 0 : 1;
}

async function run(client: Client, call: DemoCall, last: () => { status: number; body: string | undefined }): Promise<Row> {
  const started = performance.now();
  let decision: string;
  let reason: string | null = null;
  try {
    const result = await client.callTool({ name: call.tool, arguments: call.args, ...(call.meta === undefined ? {} : { _meta: call.meta }) });
    // An allowed call's result carries the gateway's decision; a result without one is reported, not assumed.
    const allowed = (result._meta as Record<string, { decision?: string; reason?: string | null } | undefined> | undefined)?.[DECISION_META_KEY];
    decision = allowed?.decision ?? "no decision in result._meta";
    reason = allowed?.reason ?? null;
  } catch {
    decision = "error";
    try {
      const error = (JSON.parse(last().body ?? "") as { error?: { data?: { reason?: string; decision?: { decision?: string } } } }).error;
      reason = error?.data?.reason ?? null;
      decision = error?.data?.decision?.decision ?? "error";
    } catch {
      // not the gateway's JSON-RPC error: reported as is
    }
  }
  const ms = performance.now() - started;
  const status = last().status;
  const ok = decision === call.expected.decision && reason === call.expected.reason && status === call.expected.status;
  return { call, decision, reason, status, ms, ok };
}

function printTable(rows: Row[]): void {
  const header = ["#", "call", "decision", "reason", "HTTP", "latency", "expected"];
  const lines = rows.map((r, i) => [
    String(i + 1),
    r.call.label,
    r.decision,
    r.reason ?? "-",
    String(r.status),
    `${r.ms.toFixed(1)} ms`,
    r.ok ? "ok" : `MISMATCH: wanted ${r.call.expected.decision} ${r.call.expected.reason ?? "-"} ${r.call.expected.status}`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const format = (cells: string[]): string => cells.map((cell, c) => (c === 4 || c === 5 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd();
  process.stdout.write(`${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${lines.map(format).join("\n")}\n`);
}
