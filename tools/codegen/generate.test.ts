import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkOutputs, existingGenerated } from "./disk.js";
import { main, parseArgs } from "./generate.js";
import { buildOutputs } from "./outputs.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SCRIPT = join(REPO, "tools/codegen/generate.ts");

/** A scratch checkout holding copies of schemas/ and generated/ (node_modules linked for runtime imports). */
function tempRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "mcp-trust-codegen-"));
  cpSync(join(REPO, "schemas"), join(dir, "schemas"), { recursive: true });
  cpSync(join(REPO, "generated"), join(dir, "generated"), { recursive: true });
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

const WIDGET_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mcp-trust.org/schemas/v1/widget.schema.json",
  title: "Widget",
  type: "object",
  required: ["digest", "label"],
  additionalProperties: false,
  properties: {
    digest: { $ref: "common.schema.json#/$defs/digest" },
    label: { type: "string", minLength: 1, maxLength: 4 },
    reason: { $ref: "reason.schema.json" },
  },
};

describe("parseArgs", () => {
  it("reads --check, --root DIR, --root=DIR and ignores a bare --", () => {
    expect(parseArgs(["--", "--check", "--root", "/x"])).toEqual({ root: resolve("/x"), check: true });
    expect(parseArgs(["--root=/y"])).toEqual({ root: resolve("/y"), check: false });
    expect(() => parseArgs(["--bogus"])).toThrow();
    expect(() => parseArgs(["--root"])).toThrow();
  });
});

describe("generator", () => {
  let dir: string | undefined;
  beforeEach(() => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("--check passes on the committed output", async () => {
    expect(await main(["--check", "--root", REPO])).toBe(0);
  });

  it("is deterministic: two runs give byte-identical output, equal to what is on disk", async () => {
    const a = await buildOutputs(REPO);
    const b = await buildOutputs(REPO);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, content] of a) {
      expect(b.get(path), path).toBe(content);
      expect(readFileSync(join(REPO, path), "utf8"), path).toBe(content);
    }
    expect(existingGenerated(REPO).sort()).toEqual([...a.keys()].sort());
  });

  it("detects a one-byte change, a missing file and an extra file; generate repairs them", async () => {
    dir = tempRepo();
    const target = join(dir, "generated/types/error.ts");
    const bytes = readFileSync(target);
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] as number) ^ 1;
    writeFileSync(target, bytes);
    unlinkSync(join(dir, "generated/constants.ts"));
    writeFileSync(join(dir, "generated/stray.ts"), "export {};\n");

    const drift = checkOutputs(dir, await buildOutputs(dir));
    expect(drift).toEqual(
      expect.arrayContaining([
        { kind: "stale", path: "generated/types/error.ts" },
        { kind: "missing", path: "generated/constants.ts" },
        { kind: "extra", path: "generated/stray.ts" },
      ]),
    );
    expect(drift).toHaveLength(3);
    expect(await main(["--check", "--root", dir])).toBe(1);

    expect(await main(["--root", dir])).toBe(0);
    expect(await main(["--check", "--root", dir])).toBe(0);
  });

  it("exits 1 from the command line on drift", () => {
    dir = tempRepo();
    const target = join(dir, "generated/MANIFEST.json");
    writeFileSync(target, readFileSync(target, "utf8").replace(/.$/s, " \n"));
    const run = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, "--check", "--root", dir], { cwd: REPO, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("generated/MANIFEST.json");
  });

  it("a new schema fails the check until regenerated, then gets types, a validator and barrel entries", async () => {
    dir = tempRepo();
    writeFileSync(join(dir, "schemas/widget.schema.json"), `${JSON.stringify(WIDGET_SCHEMA, null, 2)}\n`);
    const drift = checkOutputs(dir, await buildOutputs(dir));
    expect(drift).toEqual(
      expect.arrayContaining([
        { kind: "missing", path: "generated/types/widget.ts" },
        { kind: "missing", path: "generated/validators/widget.ts" },
        { kind: "stale", path: "generated/index.ts" },
        { kind: "stale", path: "generated/schemas.ts" },
        { kind: "stale", path: "generated/MANIFEST.json" },
      ]),
    );
    expect(await main(["--check", "--root", dir])).toBe(1);
    expect(await main(["--root", dir])).toBe(0);
    expect(await main(["--check", "--root", dir])).toBe(0);

    const types = readFileSync(join(dir, "generated/types/widget.ts"), "utf8");
    expect(types).toMatch(/^import type \{ Digest \} from "\.\/common\.js";$/m);
    expect(types).toMatch(/^import type \{ Reason \} from "\.\/reason\.js";$/m);
    expect(types).not.toMatch(/export type Reason\b/);
    const index = readFileSync(join(dir, "generated/index.ts"), "utf8");
    expect(index).toContain('export { validateWidget } from "./validators/widget.js";');
    const manifest = JSON.parse(readFileSync(join(dir, "generated/MANIFEST.json"), "utf8")) as Record<string, { outputs: Record<string, string> }>;
    expect(Object.keys(manifest["schemas/widget.schema.json"]?.outputs ?? {})).toContain("generated/validators/widget.ts");
    expect(Object.keys(manifest["schemas/common.schema.json"]?.outputs ?? {})).toContain("generated/validators/widget.ts");

    // The new validator runs (its ajv runtime require() resolves through createRequire).
    const mod = (await import(pathToFileURL(join(dir, "generated/validators/widget.ts")).href)) as {
      validateWidget: (d: unknown) => boolean;
    };
    const digest = `sha256:${"ab".repeat(32)}`;
    expect(mod.validateWidget({ digest, label: "abcd", reason: "expired" })).toBe(true);
    expect(mod.validateWidget({ digest, label: "abcde" })).toBe(false);
    expect(mod.validateWidget({ digest, label: "a", reason: "nope" })).toBe(false);
    expect(mod.validateWidget({ digest: "sha256:AB", label: "a" })).toBe(false);
  });

  it("a schema with an x-mcp-header annotation gets a header codec that parses, checks its schema and round-trips", async () => {
    dir = tempRepo();
    const gadget = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://mcp-trust.org/schemas/v1/gadget.schema.json",
      title: "Gadget",
      type: "object",
      required: ["kind", "label"],
      additionalProperties: false,
      properties: { kind: { enum: ["a", "b"] }, label: { type: "string", minLength: 1, maxLength: 8 } },
      "x-mcp-header": { name: "MCP-Gadget", maxBytes: 64, structure: "item", bareItem: { member: "kind", type: "token" }, parameters: { label: { member: "label", type: "text" } } },
    };
    writeFileSync(join(dir, "schemas/gadget.schema.json"), `${JSON.stringify(gadget, null, 2)}\n`);
    const evidencePath = join(dir, "schemas/evidence.schema.json");
    const evidence = JSON.parse(readFileSync(evidencePath, "utf8")) as { $defs: { evidenceItem: { allOf: unknown[] } } };
    evidence.$defs.evidenceItem.allOf.push({
      if: { properties: { type: { const: "gadget" } }, required: ["type"] },
      then: { properties: { version: { const: 1 }, value: { $ref: "gadget.schema.json" } } },
    });
    writeFileSync(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
    expect(checkOutputs(dir, await buildOutputs(dir))).toEqual(expect.arrayContaining([{ kind: "missing", path: "generated/headers/gadget.ts" }]));
    expect(await main(["--root", dir])).toBe(0);
    expect(await main(["--check", "--root", dir])).toBe(0);
    type Result = { ok: boolean; value?: unknown; reason?: string };
    const mod = (await import(pathToFileURL(join(dir, "generated/headers/gadget.ts")).href)) as {
      parseMcpGadgetHeader: (v: string) => Result;
      serializeMcpGadgetHeader: (v: unknown) => Result;
    };
    expect(mod.parseMcpGadgetHeader('a;label="x"')).toEqual({ ok: true, value: { kind: "a", label: "x" } });
    expect(mod.parseMcpGadgetHeader('c;label="x"')).toMatchObject({ ok: false, reason: "header_malformed" }); // schema enum
    expect(mod.parseMcpGadgetHeader('a;label="x";other=1')).toMatchObject({ ok: false, reason: "header_malformed" });
    expect(mod.parseMcpGadgetHeader(`a;label="${"x".repeat(80)}"`)).toMatchObject({ ok: false, reason: "header_malformed" });
    expect(mod.serializeMcpGadgetHeader({ kind: "b", label: "\u00fc" })).toEqual({ ok: true, value: 'b;label=%"%c3%bc"' });
    expect(mod.serializeMcpGadgetHeader({ kind: "z", label: "x" })).toMatchObject({ ok: false, reason: "envelope_malformed" });
    const registry = readFileSync(join(dir, "generated/headers/registry.ts"), "utf8");
    expect(registry).toContain('["mcp-gadget", "gadget"]');
  });

  it("refuses an x-mcp-header annotation that leaves a member unmapped or names an unknown member", async () => {
    dir = tempRepo();
    const path = join(dir, "schemas/actor.schema.json");
    const actor = JSON.parse(readFileSync(path, "utf8")) as { "x-mcp-header": { bareItem: { member: string } } };
    actor["x-mcp-header"].bareItem.member = "nope";
    writeFileSync(path, JSON.stringify(actor));
    await expect(buildOutputs(dir)).rejects.toThrow(/x-mcp-header/);
  });

  it("removing a schema removes its outputs", async () => {
    dir = tempRepo();
    rmSync(join(dir, "schemas/verification-result.schema.json"));
    expect(await main(["--check", "--root", dir])).toBe(1);
    expect(await main(["--root", dir])).toBe(0);
    const files = existingGenerated(dir);
    expect(files).not.toContain("generated/types/verification-result.ts");
    expect(files).not.toContain("generated/validators/verification-result.ts");
    expect(await main(["--check", "--root", dir])).toBe(0);
  });
});

describe("generated output", () => {
  it("every file starts with a DO-NOT-EDIT banner naming its source and the command", async () => {
    const outputs = await buildOutputs(REPO);
    for (const [path, content] of outputs) {
      if (path.endsWith(".json")) continue; // JSON has no comments
      const head = content.split("\n").slice(0, 4).join("\n");
      expect(head, path).toMatch(/DO NOT EDIT/);
      expect(head, path).toMatch(/schemas\//);
      expect(head, path).toContain("npm run generate");
    }
  });

  it("the manifest hashes every schema and every output derived from it", async () => {
    const outputs = await buildOutputs(REPO);
    const manifest = JSON.parse(outputs.get("generated/MANIFEST.json") as string) as Record<
      string,
      { sha256: string; outputs: Record<string, string> }
    >;
    const { createHash } = await import("node:crypto");
    const sha = (b: string | Buffer): string => createHash("sha256").update(b).digest("hex");
    for (const [schema, entry] of Object.entries(manifest)) {
      expect(entry.sha256).toBe(sha(readFileSync(join(REPO, schema))));
      for (const [out, hash] of Object.entries(entry.outputs)) expect(hash, out).toBe(sha(outputs.get(out) as string));
    }
    expect(Object.keys(manifest["schemas/tool-call-attestation.schema.json"]?.outputs ?? {})).toEqual(
      expect.arrayContaining(["generated/types/tool-call-attestation.ts", "generated/validators/tool-call-attestation.ts"]),
    );
  });
});
