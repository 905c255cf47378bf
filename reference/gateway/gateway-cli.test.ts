// `mcp-trust gateway` and `mcp-trust demo` as an operator runs them: a separate process, flags, stderr lines, signals
// and exit codes. Run from the TypeScript sources (node --import tsx), so no build is needed.
import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSampleHttpServer, type SampleHttpServer } from "../demo/http-server.js";
import { freePort } from "../common/redis-server.js";
import { connectClient, policyDoc, post, ROOT, startGatewayProcess, toolCall, type GatewayProcess } from "./test-peers.js";

const BIN = join(ROOT, "bin", "mcp-trust.ts");
const NODE_ARGS = ["--import", "tsx", BIN];

describe("mcp-trust gateway (process)", () => {
  let sample: SampleHttpServer;
  let policyFile: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    sample = await startSampleHttpServer();
    const dir = mkdtempSync(join(tmpdir(), "gateway-cli-"));
    policyFile = join(dir, "policy.json");
    writeFileSync(policyFile, JSON.stringify(policyDoc()));
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    await sample?.close();
  });

  const launch = async (...extra: string[]): Promise<GatewayProcess> => {
    const port = await freePort();
    const started = await startGatewayProcess(["--upstream", sample.url, "--policy", policyFile, "--listen", `127.0.0.1:${port}`, ...extra]);
    children.push(started.child);
    return started;
  };

  it("serves signed calls, refuses unsigned ones, and exits 0 on SIGTERM", async () => {
    const gw = await launch();
    const { client } = await connectClient(gw.url, true);
    expect((await client.callTool({ name: "delete_file", arguments: { path: "/cli" } })).content).toEqual([{ type: "text", text: "deleted /cli" }]);
    await client.close();
    const refused = await post(gw.url, toolCall(1, "delete_file", { path: "/cli" }));
    expect(refused.status).toBe(401);
    gw.child.kill("SIGTERM");
    expect(await gw.exited).toBe(0);
  });

  it("runs N workers on one socket, warns that the memory store is per worker, and exits 0 on SIGTERM", async () => {
    const gw = await launch("--workers", "2");
    expect(gw.stderr()).toMatch(/WARNING: 2 workers with the in-memory replay store.*--redis/s);
    // Workers hold no session state: any of them forwards any session's calls (new connections spread over them).
    for (let i = 0; i < 4; i++) {
      const { client } = await connectClient(gw.url, true);
      expect((await client.callTool({ name: "delete_file", arguments: { path: `/w${i}` } })).content).toEqual([{ type: "text", text: `deleted /w${i}` }]);
      await client.close();
    }
    gw.child.kill("SIGTERM");
    expect(await gw.exited).toBe(0);
  });

  it("under --fail-open with Redis unreachable lets a call through and writes one JSON bypass line on stderr", async () => {
    const dead = await freePort();
    const gw = await launch("--fail-open", "--redis", `redis://127.0.0.1:${dead}`);
    const { client } = await connectClient(gw.url, true);
    expect((await client.callTool({ name: "delete_file", arguments: { path: "/open" } })).content).toEqual([{ type: "text", text: "deleted /open" }]);
    await client.close();
    const bypasses = gw.stderr().split("\n").filter((l) => l.includes('"event":"bypass"'));
    expect(bypasses).toHaveLength(1);
    expect(JSON.parse(bypasses[0]!).decision).toMatchObject({ decision: "allow", bypass: true, reason: "replay_store_unavailable", tool: "delete_file" });
    gw.child.kill("SIGINT");
    expect(await gw.exited).toBe(0);
  });

  it("exits 2 with a message on bad flags", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [...NODE_ARGS, "gateway", ...args], { cwd: ROOT, encoding: "utf8" });
    const missing = run("--policy", policyFile, "--listen", "127.0.0.1:1");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--upstream is required");
    const listen = run("--upstream", sample.url, "--policy", policyFile, "--listen", "nowhere");
    expect(listen.status).toBe(2);
    expect(listen.stderr).toContain("--listen must be HOST:PORT");
    const workers = run("--upstream", sample.url, "--policy", policyFile, "--listen", "127.0.0.1:1", "--workers", "0");
    expect(workers.status).toBe(2);
  });
});

describe("mcp-trust demo (process)", () => {
  it("prints one row per call and exits 0 when every call got its expected decision", () => {
    const r = spawnSync(process.execPath, [...NODE_ARGS, "demo"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const reason of ["attestation_required", "args_commitment_mismatch", "tool_mismatch", "nonce_replay"]) expect(r.stdout).toContain(reason);
    expect(r.stdout).toContain("6/6 calls got their expected decision");
  });
});
