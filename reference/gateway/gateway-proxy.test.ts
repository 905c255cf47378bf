// The gateway's upstream client (undici) at the edges the other tests do not reach: a JSON answer over the
// decoration bound streamed as it is, a client that leaves mid-stream ending the upstream exchange, and `https:`
// upstreams, untrusted (502) and trusted through NODE_EXTRA_CA_CERTS (a gateway process).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../common/redis-server.js";
import { DECISION_META_KEY } from "../enforce/decision.js";
import { loadPolicy } from "../enforce/policy.js";
import { createGateway } from "./server.js";
import { policyDoc, post, startGatewayProcess, toolCall } from "./test-peers.js";

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function upstreamAt(server: Server, scheme: "http" | "https"): Promise<string> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  cleanup.push(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });
  return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
}

/** Answers once the request body is in. */
const afterBody =
  (answer: (req: IncomingMessage, res: ServerResponse) => void): RequestListener =>
  (req, res) => {
    req.resume();
    req.on("end", () => answer(req, res));
  };

async function gatewayFor(upstream: string, extra: Partial<Parameters<typeof createGateway>[0]> = {}) {
  const logged: Record<string, unknown>[] = [];
  const gateway = createGateway({ upstream, policy: loadPolicy(policyDoc()), log: (e) => logged.push(e), ...extra });
  const url = await gateway.listen(0);
  cleanup.push(() => gateway.close());
  return { url, logged };
}

const HAVE_OPENSSL = spawnSync("openssl", ["version"]).status === 0;

describe("gateway's upstream client", () => {
  it("adds the decision to a JSON answer within the bound and relays a larger one byte for byte, chunks and all", async () => {
    // `ping` needs no evidence: an allowed tools/call whose answer gets the decision.
    const answers = [64, 4096].map((n) => `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"${"x".repeat(n)}"}]}}`);
    let next = 0;
    const url = await upstreamAt(
      createServer(
        afterBody((_req, res) => {
          const body = answers[next++]!;
          res.writeHead(200, { "content-type": "application/json" });
          // Chunked, in pieces: the bound is crossed in the middle of the body.
          for (let i = 0; i < body.length; i += 700) res.write(body.slice(i, i + 700));
          res.end();
        }),
      ),
      "http",
    );
    const { url: gateway } = await gatewayFor(url, { maxDecoratedBytes: 1024 });
    const small = await post(gateway, toolCall(1, "ping", {}));
    expect(small.status).toBe(200);
    expect((small.message?.result as { _meta?: Record<string, { decision: string }> })._meta?.[DECISION_META_KEY]?.decision).toBe("allow");
    expect(small.headers.get("content-length")).toBe(String(Buffer.byteLength(small.text)));
    const large = await post(gateway, toolCall(1, "ping", {}));
    expect(large.status).toBe(200);
    expect(large.text).toBe(answers[1]);
  });

  it("ends the upstream exchange when the client goes away in the middle of a stream", async () => {
    let upstreamClosed: () => void = () => {};
    const closed = new Promise<void>((r) => (upstreamClosed = r));
    const url = await upstreamAt(
      createServer(
        afterBody((_req, res) => {
          res.on("close", upstreamClosed);
          res.writeHead(200, { "content-type": "text/event-stream" });
          res.write('event: message\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}\n\n');
        }),
      ),
      "http",
    );
    const { url: gateway } = await gatewayFor(url);
    const abort = new AbortController();
    const response = await fetch(gateway, { method: "POST", signal: abort.signal, headers: { "content-type": "application/json", accept: "text/event-stream" }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}' });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain("notifications/progress");
    abort.abort();
    const gone = await Promise.race([closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3000))]);
    expect(gone).toBe(true);
  });

  describe.skipIf(!HAVE_OPENSSL && !process.env["CI"])("https: upstreams", () => {
    function certificate(): { dir: string; cert: string; key: string; certFile: string } {
      const dir = mkdtempSync(join(tmpdir(), "gateway-https-upstream-"));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
      const [keyFile, certFile] = [join(dir, "up.key"), join(dir, "up.crt")];
      execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", keyFile, "-out", certFile, "-days", "2", "-subj", "/CN=upstream", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
      return { dir, cert: readFileSync(certFile, "utf8"), key: readFileSync(keyFile, "utf8"), certFile };
    }
    const pong = afterBody((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"jsonrpc":"2.0","id":1,"result":{}}');
    });

    it("verifies the upstream's certificate: one no CA vouches for is 502 upstream_unavailable", async () => {
      const { cert, key } = certificate();
      const url = await upstreamAt(createHttpsServer({ cert, key }, pong), "https");
      const { url: gateway, logged } = await gatewayFor(url);
      const r = await post(gateway, '{"jsonrpc":"2.0","id":1,"method":"ping"}');
      expect(r.status).toBe(502);
      expect(r.message?.error?.data?.reason).toBe("upstream_unavailable");
      expect(logged.find((e) => e["event"] === "upstream_unavailable")).toMatchObject({ failure: "error", message: expect.stringContaining("SELF_SIGNED") });
    });

    it("forwards over TLS to an upstream whose certificate is trusted (NODE_EXTRA_CA_CERTS, a gateway process)", async () => {
      const { dir, cert, key, certFile } = certificate();
      const url = await upstreamAt(createHttpsServer({ cert, key }, pong), "https");
      const policy = join(dir, "policy.json");
      writeFileSync(policy, JSON.stringify(policyDoc()));
      const gw = await startGatewayProcess(["--upstream", url, "--policy", policy, "--listen", `127.0.0.1:${await freePort()}`], { ...process.env, NODE_EXTRA_CA_CERTS: certFile });
      cleanup.push(() => {
        if (gw.child.exitCode === null) gw.child.kill("SIGKILL");
      });
      const r = await post(gw.url, '{"jsonrpc":"2.0","id":1,"method":"ping"}');
      expect([r.status, r.text]).toEqual([200, '{"jsonrpc":"2.0","id":1,"result":{}}']);
      gw.child.kill("SIGTERM");
      expect(await gw.exited).toBe(0);
    }, 30_000);
  });
});
