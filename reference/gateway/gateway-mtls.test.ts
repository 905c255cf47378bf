// The gateway over TLS with client certificates: an `mtls` agent identity (RFC 8705 certificate-bound agent JWT) is
// checked against the thumbprint of the certificate this very connection presented. Certificates are made by the
// real `openssl` at test time; requests go through node:https with and without a client certificate.
import { execFileSync, spawnSync, type ChildProcess } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTransportEvidence, type TransportEvidence } from "../client/transport-evidence.js";
import { freePort } from "../common/redis-server.js";
import { startSampleHttpServer, type SampleHttpServer } from "../demo/http-server.js";
import { DECISION_META_KEY, type Decision } from "../enforce/decision.js";
import { loadPolicy } from "../enforce/policy.js";
import { trustStoreDoc } from "../transport/test-tokens.js";
import { certificateThumbprint } from "../transport/identity/mtls.js";
import { createGateway, type Gateway, type GatewayTls } from "./server.js";
import { policyDoc, ROOT, startGatewayProcess, toolCall, type RpcReply } from "./test-peers.js";
import { agentJwt, AUDIENCE, IDP, idpKey } from "./test-transport.js";

const HAVE_OPENSSL = spawnSync("openssl", ["version"]).status === 0;

interface Pem {
  cert: string;
  key: string;
  /** base64url SHA-256 of the certificate's DER: the RFC 8705 x5t#S256. */
  thumbprint: string;
}

/** A self-signed P-256 certificate (for 127.0.0.1 when it is the server's). */
function selfSigned(dir: string, name: string): Pem {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", `/CN=${name}`, "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  const pem = readFileSync(cert, "utf8");
  return { cert: pem, key: readFileSync(key, "utf8"), thumbprint: certificateThumbprint(new X509Certificate(pem).raw) };
}

/** read_file needs an agent identity of type mtls only; jwt issuers are what an mtls token is verified against. */
function mtlsPolicyDoc() {
  return policyDoc({
    transport: { audience: AUDIENCE, identity: { jwt: { issuers: trustStoreDoc({ [IDP]: [idpKey] }) } } },
    tools: { read_file: { evidence: ["agent-identity"], identityTypes: ["mtls"] } },
  });
}

const CLI = [process.execPath, "--import", "tsx", join(ROOT, "bin", "mcp-trust.ts"), "gateway"] as const;

// Skipped only outside CI: with CI set a missing tool fails these tests instead of hiding them.
describe.skipIf(!HAVE_OPENSSL && !process.env["CI"])("gateway over TLS: mtls agent identity bound to the client certificate", () => {
  let dir: string;
  let server: Pem;
  let alice: Pem;
  let bob: Pem;
  let sample: SampleHttpServer;
  const gateways: Gateway[] = [];

  /** One exchange over a new TLS connection, presenting `client`'s certificate if given. */
  function send(url: string, body: string, client: Pem | undefined, sessionId?: string): Promise<RpcReply & { sessionId: string | undefined }> {
    return new Promise((resolve, reject) => {
      const headers = { "content-type": "application/json", accept: "application/json, text/event-stream", ...(sessionId === undefined ? {} : { "mcp-session-id": sessionId }) };
      const req = httpsRequest(url, { method: "POST", agent: false, ca: server.cert, ...(client === undefined ? {} : { cert: client.cert, key: client.key }), headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let message: RpcReply["message"];
          try {
            message = text === "" ? undefined : JSON.parse(text);
          } catch {
            message = undefined;
          }
          const sid = res.headers["mcp-session-id"];
          resolve({ status: res.statusCode ?? 0, headers: new Headers(), message, text, sessionId: typeof sid === "string" ? sid : undefined });
        });
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  /** A gateway with `tls` in front of the sample server, and an initialized session through it. */
  async function start(tls: GatewayTls): Promise<{ url: string; sessionId: string }> {
    const gateway = createGateway({ upstream: sample.url, policy: loadPolicy(mtlsPolicyDoc()), log: () => {}, tls });
    gateways.push(gateway);
    return session(await gateway.listen(0));
  }

  async function session(url: string): Promise<{ url: string; sessionId: string }> {
    expect(url.startsWith("https://127.0.0.1:")).toBe(true);
    const init = await send(url, JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "mtls-test", version: "0.0.0" } } }), undefined);
    expect(init.status).toBe(200);
    const sessionId = init.sessionId!;
    expect((await send(url, JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }), undefined, sessionId)).status).toBe(202);
    return { url, sessionId };
  }

  /** A read_file call carrying an mtls identity whose token is bound to `thumbprint`. */
  async function boundCall(id: number, thumbprint: string): Promise<string> {
    const evidence: TransportEvidence = { agentIdentity: { type: "mtls", credential: await agentJwt({ cnf: { "x5t#S256": thumbprint } }) } };
    return toolCall(id, "read_file", { path: `/mtls/${id}` }, attachTransportEvidence(undefined, evidence));
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gateway-mtls-"));
    server = selfSigned(dir, "gateway");
    alice = selfSigned(dir, "alice");
    bob = selfSigned(dir, "bob");
    sample = await startSampleHttpServer({ jsonResponse: true });
  });
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    for (const g of gateways) await g.close();
    await sample?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("allows a token bound to the presented certificate; refuses another binding and a connection without a certificate", async () => {
    const { url, sessionId } = await start({ cert: server.cert, key: server.key });
    sample.log.calls.length = 0;

    const ok = await send(url, await boundCall(1, alice.thumbprint), alice, sessionId);
    expect(ok.status).toBe(200);
    const decision = (ok.message?.result as { _meta: Record<string, Decision> })._meta[DECISION_META_KEY];
    expect(decision).toMatchObject({ decision: "allow", reason: null });
    expect(decision.checks.find((c) => c.name === "agent-identity")?.result).toBe("pass");

    const other = await send(url, await boundCall(2, bob.thumbprint), alice, sessionId);
    expect([other.status, other.message?.error?.data?.reason]).toEqual([401, "key_binding_mismatch"]);

    const none = await send(url, await boundCall(3, alice.thumbprint), undefined, sessionId);
    expect([none.status, none.message?.error?.data?.reason]).toEqual([401, "key_binding_mismatch"]);

    expect(sample.log.calls).toEqual([{ tool: "read_file", arguments: { path: "/mtls/1" } }]);
  });

  it("with a client CA, counts only a certificate that chains to it", async () => {
    // alice's self-signed certificate is its own CA; bob's chains to nothing the gateway trusts.
    const { url, sessionId } = await start({ cert: server.cert, key: server.key, ca: alice.cert });
    sample.log.calls.length = 0;
    expect((await send(url, await boundCall(4, alice.thumbprint), alice, sessionId)).status).toBe(200);
    const untrusted = await send(url, await boundCall(5, bob.thumbprint), bob, sessionId);
    expect([untrusted.status, untrusted.message?.error?.data?.reason]).toEqual([401, "key_binding_mismatch"]);
    expect(sample.log.calls).toEqual([{ tool: "read_file", arguments: { path: "/mtls/4" } }]);
  });

  it("as a process with --workers 2: every worker reads the TLS flags and binds identities to certificates", async () => {
    const files = { cert: join(dir, "gateway.crt"), key: join(dir, "gateway.key"), policy: join(dir, "policy.json") };
    writeFileSync(files.policy, JSON.stringify(mtlsPolicyDoc()));
    const args = ["--upstream", sample.url, "--policy", files.policy, "--listen", `127.0.0.1:${await freePort()}`, "--workers", "2", "--tls-cert", files.cert, "--tls-key", files.key];
    const gw = await startGatewayProcess(args);
    children.push(gw.child);
    const { url, sessionId } = await session(gw.url);
    sample.log.calls.length = 0;
    // Each request is a new connection, so the two workers share them.
    for (let i = 0; i < 4; i++) {
      expect((await send(url, await boundCall(10 + i, alice.thumbprint), alice, sessionId)).status).toBe(200);
      const none = await send(url, await boundCall(20 + i, alice.thumbprint), undefined, sessionId);
      expect([none.status, none.message?.error?.data?.reason]).toEqual([401, "key_binding_mismatch"]);
    }
    expect(sample.log.calls.map((c) => (c.arguments as { path: string }).path)).toEqual([10, 11, 12, 13].map((i) => `/mtls/${i}`));
    gw.child.kill("SIGTERM");
    expect(await gw.exited).toBe(0);

    // A certificate without its key is a usage error.
    const half = spawnSync(CLI[0], [...CLI.slice(1), ...args.slice(0, -2)], { cwd: ROOT, encoding: "utf8" });
    expect(half.status).toBe(2);
    expect(half.stderr).toContain("--tls-key");
  }, 60_000);
});
