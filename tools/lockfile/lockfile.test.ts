import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// `npm ci` refuses a lock that omits an optional dependency of a locked package; `npm install` here omits the platform
// builds the reachable registry does not serve (complete-optional.mjs puts them back).
describe("package-lock.json", () => {
  it("locks every optional dependency of every locked package, so npm ci accepts it on a fresh machine", () => {
    const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing: string[] = [];
    for (const [loc, meta] of Object.entries(lock.packages)) {
      for (const name of Object.keys(meta.optionalDependencies ?? {})) {
        const nested = loc === "" ? `node_modules/${name}` : `${loc}/node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${name} (of ${loc || "the root"})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
