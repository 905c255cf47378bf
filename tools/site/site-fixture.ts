// A small repository for the site-build tests: the real schemas and one real vector, plus the pages a test gives.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./build.js";

export const FIXTURE_VECTOR = "conformance/vectors/tool-call-attestation/es256-identity-projection.json";

/** Creates the fixture root; `files` maps repo-relative paths to their text. */
export function siteFixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "mcp-trust-site-"));
  cpSync(join(ROOT, "schemas"), join(root, "schemas"), { recursive: true, filter: (src) => !src.endsWith(".test.ts") });
  mkdirSync(join(root, dirname(FIXTURE_VECTOR)), { recursive: true });
  cpSync(join(ROOT, FIXTURE_VECTOR), join(root, FIXTURE_VECTOR));
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "fixture" }));
  // What the fixture's generated pages link to: the conformance overview, the section the vector names, and the spec
  // sections the real schemas' descriptions name (one heading per anchor), with a reason table matching the registry.
  const sections = new Map<string, Set<string>>([["tool-call-attestation", new Set(["signing-input"])]]);
  for (const f of readdirSync(join(root, "schemas")).filter((x) => x.endsWith(".json")))
    for (const m of readFileSync(join(root, "schemas", f), "utf8").matchAll(/spec\/([a-z0-9-]+)\.md(?:#([a-z0-9-]+))?/g)) {
      const set = sections.get(m[1]!) ?? new Set<string>();
      if (m[2] !== undefined) set.add(m[2]);
      sections.set(m[1]!, set);
    }
  const generated: Record<string, string> = { "conformance/README.md": "# Conformance\n" };
  for (const [page, anchors] of sections) generated[`spec/${page}.md`] = `# ${page}\n\n${[...anchors].map((a) => `## ${a}\n`).join("\n")}`;
  const reasons = (JSON.parse(readFileSync(join(root, "schemas", "reason.schema.json"), "utf8")) as { oneOf: { const: string }[] }).oneOf;
  generated["spec/reasons.md"] = `# Reasons\n\n| reason | HTTP | meaning | checked at |\n| --- | --- | --- | --- |\n${reasons.map((r) => `| \`${r.const}\` | 400 | - | - |\n`).join("")}`;
  files = { ...generated, ...files };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
