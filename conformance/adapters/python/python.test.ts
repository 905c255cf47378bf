// CI runs the whole suite against the second, independent implementation too: both must pass 100 %.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSuite } from "../../runner/run.js";
import { loadSuite } from "../../runner/suite.js";

const here = import.meta.dirname;
// .ci/run points PYTHON at Debian's python3 when the default one lacks `cryptography`.
const PY = process.env["PYTHON"] ?? "python3";
const python = spawnSync(PY, ["-c", "import cryptography"], { encoding: "utf8" });
const available = python.status === 0;
if (!available && process.env["CI"]) throw new Error(`python3 with cryptography is required in CI: ${python.stderr}`);

describe.skipIf(!available)("the Python implementation", () => {
  it("passes every vector through the adapter contract", async () => {
    const report = await runSuite(loadSuite(), { adapter: [PY, join(here, "adapter.py")], concurrency: 4, timeoutMs: 20_000 });
    const failures = report.vectors.filter((v) => v.status === "fail").map((v) => `${v.id}: ${v.calls.find((c) => !c.ok)?.problem}`);
    expect(failures).toEqual([]);
  }, 1_200_000); // two vector folders (about 420 vectors), one python3 process per call

  it("passes its own unit tests (RFC 8785 suites, strict JSON, CLI)", () => {
    const r = spawnSync(PY, ["-m", "unittest", "discover", "-s", here, "-p", "test_*.py"], { encoding: "utf8", timeout: 300_000 });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
  }, 320_000);
});
