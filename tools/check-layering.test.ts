/**
 * Repo-wide layering check. Parses the import/export-from/dynamic-import specifiers of every .ts
 * file (with TypeScript's parser, so comments and strings are never mistaken for imports)
 * and enforces which top-level areas may depend on which:
 *   - generated/           only generated/, npm packages and node: builtins (never project code);
 *   - reference/           only reference/ and generated/;
 *   - conformance/runner/  nothing from reference/ or tools/;
 *   - bench/               only bench/, reference/ and generated/;
 *   - anything outside tools/ imports nothing from tools/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SKIP_DIRS = new Set(["node_modules", "dist", "coverage", ".git"]);

interface PackageJson {
  readonly name: string;
  readonly exports?: Record<string, string | { default?: string }>;
}
const PKG = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as PackageJson;

/** Every .ts file of the repo (repo-relative, posix), excluding node_modules, dist and dot-folders. */
function listTsFiles(dir = REPO): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) out.push(...listTsFiles(join(dir, entry.name)));
    } else if (entry.name.endsWith(".ts") || entry.name.endsWith(".mts") || entry.name.endsWith(".cts")) {
      out.push(relative(REPO, join(dir, entry.name)).split(sep).join("/"));
    }
  }
  return out.sort();
}

/** Module specifiers of import/export-from declarations, import() calls, `import("x").T` types and require("x"). */
export function specifiers(source: string, fileName = "file.ts"): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const literal = (n: ts.Node | undefined): void => {
    if (n !== undefined && ts.isStringLiteralLike(n)) out.push(n.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) literal(node.moduleReference.expression);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === "require";
      if (isImport || isRequire) literal(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

type Target = { kind: "project"; path: string } | { kind: "package" } | { kind: "builtin" };

/** Where a specifier written in `file` points: a repo path, an npm package or a node builtin. */
export function classify(file: string, spec: string): Target {
  if (spec.startsWith("node:") || builtinModules.includes(spec)) return { kind: "builtin" };
  if (spec.startsWith(".") || spec.startsWith("/")) {
    const abs = spec.startsWith("/") ? spec : posix.join(posix.dirname(file), spec);
    return { kind: "project", path: posix.normalize(abs).replace(/^\/+/, "") };
  }
  // The package importing itself by name goes through its exports map into dist/<area>/….
  if (spec === PKG.name || spec.startsWith(`${PKG.name}/`)) {
    const key = spec === PKG.name ? "." : `.${spec.slice(PKG.name.length)}`;
    const entry = PKG.exports?.[key];
    const target = typeof entry === "string" ? entry : entry?.default;
    const path = (target ?? "./dist/unknown").replace(/^\.\//, "").replace(/^dist\//, "");
    return { kind: "project", path };
  }
  return { kind: "package" };
}

const under = (path: string, area: string): boolean => path === area || path.startsWith(`${area}/`);

/** The rule `file` breaks by importing `spec`, or undefined. */
export function violation(file: string, spec: string): string | undefined {
  const target = classify(file, spec);
  if (target.kind !== "project") return undefined;
  const to = target.path;
  if (to.startsWith("..")) return "imports from outside the repository";
  if (under(file, "generated")) {
    return under(to, "generated") ? undefined : "generated/ may import only generated/, npm packages and node: builtins";
  }
  if (under(to, "tools") && !under(file, "tools")) return "nothing outside tools/ may import from tools/";
  if (under(file, "reference") && !under(to, "reference") && !under(to, "generated")) {
    return "reference/ may import only reference/ and generated/";
  }
  if (under(file, "conformance/runner") && (under(to, "reference") || under(to, "tools"))) {
    return "conformance/runner/ may not import reference/ or tools/";
  }
  if (under(file, "bench") && !under(to, "bench") && !under(to, "reference") && !under(to, "generated")) {
    return "bench/ may import only bench/, reference/ and generated/";
  }
  return undefined;
}

describe("layering rules", () => {
  it.each([
    ["generated/validators/x.ts", "../types/x.js", true],
    ["generated/validators/x.ts", "ajv", true],
    ["generated/validators/x.ts", "node:module", true],
    ["generated/index.ts", "../reference/index.js", false],
    ["generated/index.ts", "mcp-trust", false],
    ["reference/attestation/verify.ts", "../../generated/index.js", true],
    ["reference/attestation/verify.ts", "../common/digest.js", true],
    ["reference/attestation/verify.ts", "jose", true],
    ["reference/attestation/verify.ts", "../../conformance/runner/suite.js", false],
    ["reference/attestation/verify.ts", "../../tools/codegen/load.js", false],
    ["conformance/runner/suite.ts", "../../generated/index.js", true],
    ["conformance/runner/suite.ts", "../../reference/index.js", false],
    ["conformance/runner/suite.ts", "mcp-trust/attestation", false],
    ["conformance/runner/suite.ts", "../../tools/vectors/generate.js", false],
    ["bench/attestation/run.ts", "../../reference/attestation/sign.js", true],
    ["bench/attestation/run.ts", "../../generated/index.js", true],
    ["bench/attestation/run.ts", "../../conformance/runner/suite.js", false],
    ["schemas/schemas.test.ts", "../generated/index.js", true],
    ["schemas/schemas.test.ts", "../tools/codegen/load.js", false],
    ["tools/vectors/generate.ts", "../../reference/index.js", true],
    ["tools/vectors/generate.ts", "../codegen/load.js", true],
  ])("%s importing %s is allowed: %s", (file, spec, allowed) => {
    expect(violation(file, spec) === undefined).toBe(allowed);
  });

  it("finds import, export-from, side-effect and dynamic import() specifiers, not ones in comments or strings", () => {
    const src = [
      'import a from "a";',
      'import type { B } from "./b.js";',
      'export { c } from "../c.js";',
      'export * as d from "d";',
      'import "e";',
      'const f = await import("./f.js");',
      '// import g from "g";',
      'const h = "import(\\"h\\")";',
      'type I = import("./i.js").I;',
      'import j = require("j");',
      'export type { K } from "./k.js";',
    ].join("\n");
    expect(specifiers(src)).toEqual(["a", "./b.js", "../c.js", "d", "e", "./f.js", "./i.js", "j", "./k.js"]);
  });
});

describe("repository layering", () => {
  const files = listTsFiles();

  it("scans the repo's TypeScript files", () => {
    expect(files).toContain("tools/check-layering.test.ts");
  });

  it("every import respects the layering rules", () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(join(REPO, file), "utf8"))) {
        const why = violation(file, spec);
        if (why !== undefined) problems.push(`${file}: "${spec}" — ${why}`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
