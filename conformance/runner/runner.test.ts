import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitCommand } from "./adapter.js";
import { materialiseTransport } from "./cases.js";
import { defaultAdapter } from "./command.js";
import type { VerifyTransportInput } from "../../generated/types/conformance-vector.js";
import { applyExpectedFailures, formatTable, runSuite } from "./run.js";
import { checkReleases, defaultConformanceDir, loadSuite } from "./suite.js";

const BIN = join(import.meta.dirname, "..", "..", "dist", "bin", "mcp-trust.js");
const reference = [process.execPath, BIN];

function copySuite(): string {
  const dir = mkdtempSync(join(tmpdir(), "suite-"));
  cpSync(defaultConformanceDir(), dir, { recursive: true });
  return dir;
}

describe("suite loading", () => {
  it("loads the committed suite, pinned by its manifest", () => {
    const suite = loadSuite();
    expect(suite.vectors.length).toBeGreaterThanOrEqual(40);
    expect(suite.manifest.suiteVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("refuses a vector whose bytes differ from the manifest", () => {
    const dir = copySuite();
    const file = join(dir, Object.keys(loadSuite(dir).manifest.files)[0]!);
    writeFileSync(file, readFileSync(file, "utf8").replace('"description": "', '"description": "X'));
    expect(() => loadSuite(dir)).toThrow(/hash differs/);
  });

  it("refuses an extra, unpinned vector", () => {
    const dir = copySuite();
    const first = Object.keys(loadSuite(dir).manifest.files)[0]!;
    cpSync(join(dir, first), join(dir, first.replace(/[^/]+\.json$/, "zz-extra.json")));
    expect(() => loadSuite(dir)).toThrow(/not in manifest/);
  });
});

describe("released suite versions", () => {
  it("are immutable", () => expect(checkReleases()).toEqual([]));

  it("detects a changed or removed released vector and a released version reused", () => {
    const dir = copySuite();
    const manifest = readFileSync(join(dir, "manifest.json"), "utf8");
    const version = JSON.parse(manifest).suiteVersion;
    mkdirSync(join(dir, "releases"), { recursive: true });
    writeFileSync(join(dir, "releases", `${version}.json`), manifest);
    expect(checkReleases(dir)).toEqual([]);
    const [first, second] = Object.keys(JSON.parse(manifest).files);
    writeFileSync(join(dir, first!), "{}");
    rmSync(join(dir, second!));
    const m = JSON.parse(manifest);
    m.setHash = "0".repeat(64);
    writeFileSync(join(dir, "manifest.json"), JSON.stringify(m));
    const problems = checkReleases(dir);
    expect(problems.some((p) => p.endsWith(`${first} was changed`))).toBe(true);
    expect(problems.some((p) => p.endsWith(`${second} was removed`))).toBe(true);
    expect(problems.some((p) => p.includes("bump suiteVersion"))).toBe(true);
  });
});

describe("adapter command lines", () => {
  it("default to the reference bin: compiled in dist/, or the source bin through tsx when run from source", () => {
    const root = join(import.meta.dirname, "..", "..");
    expect(defaultAdapter(join(root, "conformance", "runner"))).toEqual([process.execPath, "--import", "tsx", join(root, "bin", "mcp-trust.ts")]);
    expect(defaultAdapter(join(root, "dist", "conformance", "runner"))).toEqual([process.execPath, join(root, "dist", "bin", "mcp-trust.js")]);
  });

  it("splits words and quotes without a shell", () => {
    expect(splitCommand(`python3 "my adapter.py" --flag 'a b'`)).toEqual(["python3", "my adapter.py", "--flag", "a b"]);
    expect(() => splitCommand(`x "y`)).toThrow();
  });
});

describe("verify-transport vectors", () => {
  const byId = (id: string) => loadSuite().vectors.find((v) => v.vector.id === id)!;

  it("map request, policy, headers and context onto files and flags", () => {
    const v = byId("transport-identity/identity-mtls-valid");
    const input = { ...(v.vector.calls[0]!.input as VerifyTransportInput), headers: [["MCP-Actor", '"x"'], ["mcp-actor", '"y"']] };
    const dir = mkdtempSync(join(tmpdir(), "transport-"));
    const argv = materialiseTransport(input, join(dir, "call"), join(dir, "replay"));
    const flag = (name: string) => argv[argv.indexOf(name) + 1]!;
    expect(argv[0]).toBe("verify-transport");
    expect(JSON.parse(readFileSync(flag("--request"), "utf8"))).toEqual(input.request);
    expect(JSON.parse(readFileSync(flag("--policy"), "utf8"))).toEqual(input.policy);
    expect(JSON.parse(readFileSync(flag("--headers"), "utf8"))).toEqual(input.headers);
    expect(JSON.parse(readFileSync(flag("--context"), "utf8"))).toEqual({ clientCertificateSha256: input.context!.clientCertificateSha256 });
    expect([flag("--now"), flag("--replay-dir")]).toEqual([input.now, join(dir, "replay")]);
    const stdio = materialiseTransport({ ...input, headers: undefined as never, context: undefined as never, replayStoreUnavailable: true }, join(dir, "stdio"), join(dir, "replay"));
    expect(stdio).not.toContain("--headers");
    expect(stdio).not.toContain("--context");
    expect(stdio[stdio.indexOf("--replay-dir") + 1]).toBe(join(stdio[stdio.indexOf("--policy") + 1]!, "replay"));
  });

  const answer = (line: object, code: number) => [process.execPath, "-e", `console.log(${JSON.stringify(JSON.stringify(line))}); process.exit(${code})`];
  const run = async (id: string, adapter: string[]) => {
    const s = loadSuite();
    const report = await runSuite({ ...s, vectors: [byId(id)] }, { adapter, timeoutMs: 5000 });
    return report.vectors[0]!.calls[0]!;
  };
  const allow = { verdict: "accept", reason: null, decision: "allow", agentId: "agent:archiver", operatorId: "https://operator.example" };

  it("pass an adapter that answers decision, agentId and operatorId as the vector states", async () => {
    expect((await run("transport-identity/identity-jwt-valid", answer(allow, 0))).ok).toBe(true);
  });

  it.each([
    ["names another agent", { ...allow, agentId: "agent:intruder" }, 0, /expected agentId "agent:archiver"/],
    ["names another operator", { ...allow, operatorId: null }, 0, /expected operatorId/],
    ["gives no decision", { verdict: "accept", reason: null }, 0, /no decision/],
    ["contradicts its verdict", { ...allow, decision: "deny" }, 0, /contradicts verdict/],
  ])("fail an adapter that %s", async (_what, line, code, problem) => {
    const r = await run("transport-identity/identity-jwt-valid", answer(line, code));
    expect(r.ok).toBe(false);
    expect(r.problem).toMatch(problem);
  });

  it("fail an adapter that denies where the vector expects a challenge", async () => {
    const r = await run("transport-identity/intent-out-of-scope", answer({ verdict: "reject", reason: "intent_out_of_scope", decision: "deny", agentId: null, operatorId: null }, 1));
    expect(r.problem).toMatch(/expected decision challenge, got deny/);
  });
});

describe("misbehaving adapters are reported, never crash the run", () => {
  const suite = () => {
    const s = loadSuite();
    return { ...s, vectors: s.vectors.slice(0, 3) };
  };
  const node = (code: string) => [process.execPath, "-e", code];

  it.each([
    ["crashes", node("process.exit(3)"), /signing-input: .*got exit 3/],
    ["prints garbage", node("console.log('hello'); process.exit(0)"), /signing-input: .*got exit 0 undefined/],
    ["lies with its exit code", node("console.log(JSON.stringify({verdict:'accept',reason:null})); process.exit(1)"), /exit code|signing-input/],
    ["hangs", node("setTimeout(() => {}, 60000)"), /timed out/],
    ["does not exist", ["/nonexistent/adapter"], /signing-input: .*got exit null/],
  ])("an adapter that %s fails its vectors", async (_what, adapter, problem) => {
    const report = await runSuite(suite(), { adapter: adapter as string[], timeoutMs: 1500 });
    expect(report.totals.failed).toBe(3);
    for (const v of report.vectors) expect(v.calls.find((c) => !c.ok)?.problem).toMatch(problem as RegExp);
    expect(formatTable(report)).toContain("0 passed, 3 failed");
  });

  it.each([
    ["crashes", node("process.exit(3)"), /no valid result line on stdout \(exit 3\)/],
    ["prints garbage", node("console.log('{not json'); process.exit(0)"), /no valid result line on stdout \(exit 0\)/],
    ["prints an unregistered reason", node("console.log(JSON.stringify({verdict:'reject',reason:'nope'})); process.exit(1)"), /no valid result/],
    ["answers accept to everything", node("console.log(JSON.stringify({verdict:'accept',reason:null})); process.exit(1)"), /expected reject\/[a-z_]+, got accept\/null/],
  ])("on the verify path, an adapter that %s fails its vectors", async (_what, adapter, problem) => {
    const s = loadSuite();
    const rejecting = s.vectors.filter((v) => v.vector.calls.every((c) => c.expected.signingInput === undefined && c.expected.verdict === "reject")).slice(0, 3);
    const report = await runSuite({ ...s, vectors: rejecting }, { adapter: adapter as string[], timeoutMs: 3000 });
    expect(report.totals.failed).toBe(3);
    for (const v of report.vectors) expect(v.calls.find((c) => !c.ok)?.problem).toMatch(problem as RegExp);
  });

  it("a stale expected-failures entry is an error, a listed failure is not counted", async () => {
    const s = loadSuite();
    const [a, b] = s.vectors;
    const report = await runSuite({ ...s, vectors: [a!, b!] }, { adapter: node("process.exit(3)"), timeoutMs: 3000 });
    expect(applyExpectedFailures(report, { [a!.vector.id]: "known" })).toEqual([]);
    expect(report.totals).toEqual({ passed: 0, failed: 1, expectedFailures: 1 });
    const passing = await runSuite({ ...s, vectors: [a!] }, { adapter: reference, timeoutMs: 10_000 });
    expect(applyExpectedFailures(passing, { [a!.vector.id]: "known", "x/y": "gone" })).toHaveLength(2);
    expect(passing.totals.failed).toBe(2);
  });
});

describe.skipIf(!existsSync(BIN) && !process.env["CI"])("the reference implementation through the adapter contract", () => {
  it("passes every vector", async () => {
    expect(existsSync(BIN), "run `npm run build` first").toBe(true);
    const report = await runSuite(loadSuite(), { adapter: reference, concurrency: 4 });
    const failures = report.vectors.filter((v) => v.status === "fail").map((v) => `${v.id}: ${v.calls.find((c) => !c.ok)?.problem}`);
    expect(failures).toEqual([]);
    expect(report.totals.passed).toBe(report.vectors.length);
  }, 300_000);
});
