// Test helper: real peers for the gateway's tests — the sample MCP server over Streamable HTTP, a gateway in front of
// it, SDK clients, a signer and a raw JSON-RPC poster. Not part of the library's API (and not built).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { attachAttestation } from "../attestation/carriage.js";
import { identityProjection, signAttestation } from "../attestation/sign.js";
import { signingTransport } from "../client/signing-transport.js";
import { generateKeyPair } from "../common/keys.js";
import type { JsonValue } from "../common/strict-json.js";
import { loadPolicy, type Policy } from "../enforce/policy.js";
import { startSampleHttpServer, type SampleHttpServer, type SampleHttpServerOptions } from "../demo/http-server.js";
import { createGateway, type Gateway, type GatewayOptions } from "./server.js";

export const ISS = "https://issuer.example/agents";
export const KID = "gw-es256";
export const FINGERPRINT = `sha256:${"5e".repeat(32)}`;
export const OTHER_FINGERPRINT = `sha256:${"0f".repeat(32)}`;

type Args = { [key: string]: JsonValue };

const { privateKey, publicJwk } = generateKeyPair("ES256");
export const signingKey = privateKey;

/** The tests' policy: delete_file and read_file need an attestation from ISS, ping needs none. */
export function policyDoc(extra: Partial<Policy> = {}): Policy {
  return {
    server: { fingerprint: FINGERPRINT },
    trustStore: { issuers: { [ISS]: { keys: [{ ...publicJwk, kid: KID, alg: "ES256" } as never] } } },
    algorithms: ["ES256"],
    tools: { delete_file: { issuers: [ISS] }, read_file: {}, ping: { evidence: [] } },
    ...extra,
  };
}

export interface SignOptions {
  /** The tool the attestation names (default: the one called). */
  signedTool?: string;
  serverFingerprint?: string;
  iatMs?: number;
  expSeconds?: number;
  nonce?: string;
}

/** `_meta` carrying a fresh attestation for calling `tool` with `args`. */
export function signedMeta(tool: string, args: Args, o: SignOptions = {}): Record<string, unknown> {
  const envelope = signAttestation({
    alg: "ES256", key: privateKey, iss: ISS, sub: "agent:test", secretVersion: KID, intent: "gateway test",
    ...(o.iatMs === undefined ? {} : { iatMs: o.iatMs }),
    ...(o.expSeconds === undefined ? {} : { expSeconds: o.expSeconds }),
    ...(o.nonce === undefined ? {} : { nonce: o.nonce }),
    toolCalls: [{ name: o.signedTool ?? tool, serverFingerprint: o.serverFingerprint ?? FINGERPRINT, argsProjection: identityProjection(args) }],
  });
  return attachAttestation(undefined, envelope as unknown as JsonValue);
}

/** A tools/call request body. */
export function toolCall(id: number | string, tool: string, args: Args, meta?: Record<string, unknown>): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: tool, arguments: args, ...(meta === undefined ? {} : { _meta: meta }) } });
}

export interface Peers {
  sample: SampleHttpServer;
  gateway: Gateway;
  /** The gateway's MCP endpoint. */
  url: string;
  close(): Promise<void>;
}

export async function startPeers(options: { policy?: Policy; gateway?: Partial<GatewayOptions>; sample?: SampleHttpServerOptions } = {}): Promise<Peers> {
  const sample = await startSampleHttpServer(options.sample);
  const gateway = createGateway({ upstream: sample.url, policy: loadPolicy(options.policy ?? policyDoc()), log: () => {}, ...options.gateway });
  const url = await gateway.listen(0, "127.0.0.1");
  return {
    sample,
    gateway,
    url,
    async close() {
      await gateway.close();
      await sample.close();
    },
  };
}

/** An SDK client connected through `url`; `signed` wraps its transport in the client signer. */
export async function connectClient(url: string, signed = false): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(url));
  const wire: Transport = signed ? signingTransport(transport, { key: privateKey, kid: KID, alg: "ES256", iss: ISS, sub: "agent:test", serverFingerprint: FINGERPRINT, intent: "gateway test" }) : transport;
  const client = new Client({ name: "gateway-test", version: "0.0.0" });
  await client.connect(wire);
  return { client, transport };
}

export interface RpcReply {
  status: number;
  headers: Headers;
  /** The JSON-RPC message of a JSON or event-stream body (the first `data:` event), else undefined. */
  message: { id?: unknown; result?: unknown; error?: { code: number; message: string; data?: { reason?: string; requestId?: unknown; decision?: { decision: string; reason: string | null } } } } | undefined;
  text: string;
}

/** POSTs `body` (exact bytes) to `url` in `sessionId`, as an MCP client would. */
export async function post(url: string, body: string | Uint8Array, sessionId?: string, headers: Record<string, string> = {}): Promise<RpcReply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...(sessionId === undefined ? {} : { "mcp-session-id": sessionId }), ...headers },
    body,
  });
  return reply(response);
}

export async function reply(response: Response): Promise<RpcReply> {
  const text = await response.text();
  let message: RpcReply["message"];
  try {
    const data = (response.headers.get("content-type") ?? "").includes("text/event-stream")
      ? text.split("\n").find((l) => l.startsWith("data: ") && l.length > 6)?.slice(6)
      : text;
    message = data === undefined ? undefined : JSON.parse(data);
  } catch {
    message = undefined;
  }
  return { status: response.status, headers: response.headers, message, text };
}

/** The repository root, where `bin/mcp-trust.ts` runs from under tsx. */
export const ROOT = join(import.meta.dirname, "..", "..");

export interface GatewayProcess {
  child: ChildProcess;
  /** The MCP endpoint from the gateway's `listening` line. */
  url: string;
  /** Everything the gateway wrote to stderr so far. */
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs `mcp-trust gateway …args` from the sources (under tsx) and resolves once it reports it is listening. */
export async function startGatewayProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bin", "mcp-trust.ts"), "gateway", ...args], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${err}`)), 20_000);
    child.stderr!.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const line = err.split("\n").find((l) => l.includes('"event":"listening"'));
      if (line !== undefined) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    void exited.then((code) => reject(new Error(`gateway exited with ${code}:\n${err}`)));
  }).catch((e: unknown) => {
    if (child.exitCode === null) child.kill("SIGKILL");
    throw e;
  });
  return { child, url, stderr: () => err, exited };
}
