import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("conformance vectors", () => {
  it("are exactly what tools/vectors regenerates (deterministic, manifest included)", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "generate.ts"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(/up to date/);
  }, 120_000);
});
