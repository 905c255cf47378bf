/**
 * The processes under measurement: the upstream (the minimal stand-in, upstream-minimal.ts, or the SDK sample server,
 * upstream.ts) and the load generator (forked children) and gateways
 * started by the real CLI, `node dist/bin/mcp-trust.js gateway --upstream … --policy … --listen … [--workers N]
 * [--redis URL]`, each in a process of its own. The policy requires an ES256 attestation for `delete_file` (the tool
 * every measured call goes to) and none for `ping`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateKeyPair, sha256Digest } from "../../reference/common/index.js";
import { freePort } from "../../reference/common/redis-server.js";
import type { Target } from "./client.js";
import { ask, forkNode, groupCpu, spawnCommand, waitForOutput, type Child } from "./procs.js";

const ISS = "https://issuer.example/agents";
const KID = "bench-es256";
const FINGERPRINT = sha256Digest(new TextEncoder().encode("mcp-trust gateway bench: sample server"));
const CLI = fileURLToPath(new URL("../../bin/mcp-trust.js", import.meta.url));
const BARE = fileURLToPath(new URL("./bare-proxy.js", import.meta.url));

/** `minimal`: upstream-minimal.ts (the default); `sdk`: the SDK's sample server (upstream.ts). */
export type UpstreamKind = "minimal" | "sdk";

export function upstreamKind(value: string | undefined): UpstreamKind {
  if (value === undefined || value === "minimal" || value === "sdk") return value ?? "minimal";
  throw new Error(`--upstream must be minimal or sdk, got ${value}`);
}

export interface Peers {
  upstream: Child;
  upstreamKind: UpstreamKind;
  /** The sample server's MCP endpoint. */
  upstreamUrl: string;
  loadgen: Child;
  policyPath: string;
  /** Removes the policy's temporary directory (the children are stopped by procs.stopAll). */
  cleanup(): void;
}

export interface GatewayProcess {
  label: string;
  workers: number;
  store: "memory" | "redis";
  child: Child;
  /** The gateway's MCP endpoint. */
  url: string;
  /** CPU seconds used so far by each of the gateway's processes (the primary and its workers), by pid. */
  cpu(): Map<number, number> | undefined;
}

/** Writes the policy, starts the upstream and the load generator and hands the signing key to the latter. */
export async function startPeers(kind: UpstreamKind = "minimal"): Promise<Peers> {
  const dir = mkdtempSync(join(tmpdir(), "mcp-trust-gateway-bench-"));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const { privateKey, publicJwk } = generateKeyPair("ES256");
    const policyPath = join(dir, "policy.json");
    writeFileSync(policyPath, JSON.stringify({
      server: { fingerprint: FINGERPRINT },
      trustStore: { issuers: { [ISS]: { keys: [{ ...publicJwk, kid: KID, alg: "ES256" }] } } },
      algorithms: ["ES256"],
      tools: { delete_file: { issuers: [ISS] }, ping: { evidence: [] } },
    }));
    const upstream = kind === "sdk"
      ? forkNode("upstream (SDK sample MCP server)", new URL("./upstream.js", import.meta.url))
      : forkNode("upstream (minimal MCP server)", new URL("./upstream-minimal.js", import.meta.url));
    const loadgen = forkNode("load generator", new URL("./loadgen.js", import.meta.url));
    const [upstreamUrl] = await Promise.all([ready<string>(upstream), ready<boolean>(loadgen)]);
    await ask(loadgen, { cmd: "init", jwk: privateKey.export({ format: "jwk" }), kid: KID, iss: ISS, fingerprint: FINGERPRINT });
    return { upstream, upstreamKind: kind, upstreamUrl, loadgen, policyPath, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

function ready<T>(child: Child): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench: ${child.name} did not start:\n${child.output()}`)), 20_000);
    child.proc.once("exit", () => reject(new Error(`bench: ${child.name} exited at start:\n${child.output()}`)));
    child.proc.on("message", (m: { ready?: T }) => {
      if (m?.ready === undefined) return;
      clearTimeout(timer);
      resolve(m.ready);
    });
  });
}

/** Starts `mcp-trust gateway` in front of the upstream and waits for its `listening` line. */
export async function startGateway(peers: Peers, label: string, workers: number, redisUrl?: string): Promise<GatewayProcess> {
  const port = await freePort();
  const args = [CLI, "gateway", "--upstream", peers.upstreamUrl, "--policy", peers.policyPath, "--listen", `127.0.0.1:${port}`, "--workers", String(workers)];
  if (redisUrl !== undefined) args.push("--redis", redisUrl);
  const child = spawnCommand(`gateway ${label}`, process.execPath, args);
  await waitForOutput(child, /"event":"listening"/);
  const url = `http://127.0.0.1:${port}${new URL(peers.upstreamUrl).pathname}`;
  return { label, workers, store: redisUrl === undefined ? "memory" : "redis", child, url, cpu: () => groupCpu(child.pid) };
}

/**
 * The floor: `bare-proxy.js` (a relay on the gateway's own HTTP stack that reads, decides and rewrites nothing) in
 * front of the same upstream, started like a gateway so that the latency phase can measure it the same way.
 */
export async function startBareRelay(peers: Peers): Promise<GatewayProcess> {
  const port = await freePort();
  const child = spawnCommand("bare relay", process.execPath, [BARE, "--upstream", peers.upstreamUrl, "--listen", `127.0.0.1:${port}`]);
  await waitForOutput(child, /"event":"listening"/);
  const url = `http://127.0.0.1:${port}${new URL(peers.upstreamUrl).pathname}`;
  return { label: "bare relay", workers: 1, store: "memory", child, url, cpu: () => groupCpu(child.pid) };
}

/** A session at `url` (the upstream directly, or a gateway), opened by the load generator through that path. */
export function session(peers: Peers, url: string): Promise<Target> {
  return ask<Target>(peers.loadgen, { cmd: "session", url });
}
