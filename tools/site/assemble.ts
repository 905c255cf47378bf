// Assembles the VitePress source tree (Markdown pages, nav.json, raw files under public/) from the repository, and
// checks it: no hand-typed JSON example, every embedded example valid, every link and anchor resolving. Returns the
// problems instead of throwing, so one build reports all of them.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import type { Traceability } from "../../conformance/runner/traceability.js";
import { createAjv } from "../codegen/ajv.js";
import { loadSchemas, SCHEMA_ID_BASE, type SchemaFile } from "../codegen/load.js";
import { noReportPage, reportPage, vectorsPage, type ReportSource, type VectorInfo } from "./conformance-page.js";
import { checkExamples, readVectorSchema, vectorSlotSchema, type VectorSchema } from "./examples.js";
import { anchors, links, title } from "./markdown.js";
import { cell, schemaPage, type SchemaExample } from "./schema-page.js";
import { isSpecPage, routes, sourcePages, type Routes, type SourcePage } from "./sources.js";
import { transformPage, type ReasonEntry } from "./transform.js";
import type { EntryPoint } from "./api.js";

export interface AssembleInput {
  root: string;
  /** The VitePress source dir to (re)create. */
  srcDir: string;
  /** The conformance report to publish; undefined publishes a "not generated" notice in its place. */
  report?: ReportSource;
  traceability?: readonly Traceability[];
  /** Markdown of the API overview page (from tools/site/api.ts), if built. */
  apiPage?: string;
  entryPoints: readonly EntryPoint[];
  /** The hand-written home page (site/index.md). */
  home: string;
}

export interface Vector {
  suite: string;
  name: string;
  doc: { id: string; description: string; spec: string; category: string; calls: { input: Record<string, unknown>; expected: { verdict: string } }[] };
}

export function loadVectors(root: string): Vector[] {
  const dir = join(root, "conformance", "vectors");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((suite) =>
      readdirSync(join(dir, suite))
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => ({ suite, name: f.slice(0, -5), doc: JSON.parse(readFileSync(join(dir, suite, f), "utf8")) as Vector["doc"] })),
    );
}

/** One example per schema from the first accepted vector call that carries such a value. */
function vectorExamples(vectorSchema: VectorSchema, vectors: readonly Vector[]): Map<string, SchemaExample & { schema: string }> {
  const out = new Map<string, SchemaExample & { schema: string }>();
  for (const v of vectors)
    v.doc.calls.forEach((call, i) => {
      if (call.expected.verdict !== "accept") return;
      for (const [slot, value] of Object.entries(call.input)) {
        const pointer = `/calls/${i}/input/${slot}`;
        const schema = vectorSlotSchema(vectorSchema, v.doc, pointer);
        if (schema === undefined || out.has(schema) || value === null || typeof value !== "object") continue;
        const file = `conformance/vectors/${v.suite}/${v.name}.json`;
        out.set(schema, { schema, source: `${file}#${pointer}`, href: `/${file}`, value });
      }
    });
  return out;
}

function write(srcDir: string, page: string, text: string): void {
  mkdirSync(dirname(join(srcDir, page)), { recursive: true });
  writeFileSync(join(srcDir, page), text.endsWith("\n") ? text : `${text}\n`);
}

function schemasIndex(root: string, schemas: readonly SchemaFile[]): string {
  const out = ["# Schemas", ""];
  out.push("Every wire object as JSON Schema 2020-12, the source of truth for the types and validators. Each page shows the fields, examples and the raw schema.", "");
  out.push("| schema | file | what |", "| --- | --- | --- |");
  for (const s of schemas) {
    const d = typeof s.schema["description"] === "string" ? (s.schema["description"] as string).split(/(?<=\.)\s/)[0]! : "";
    out.push(`| [${s.title ?? s.stem}](${s.stem}.md) | <a href="/schemas/${s.file}" target="_self"><code>${s.file}</code></a> | ${cell(d)} |`);
  }
  const readme = join(root, "schemas", "README.md");
  if (existsSync(readme)) out.push("", readFileSync(readme, "utf8").replace(/^# .*\n/, "").replace(/^## /gm, "## ").trim());
  return out.join("\n");
}

function reasonsOf(schemas: readonly SchemaFile[]): ReasonEntry[] {
  const reason = schemas.find((s) => s.file === "reason.schema.json");
  const variants = (reason?.schema["oneOf"] ?? []) as { const: string; description?: string; "x-http-status"?: number }[];
  return variants.map((v) => ({ code: v.const, status: v["x-http-status"], description: v.description ?? "" }));
}

interface NavData {
  nav: { text: string; link: string }[];
  sidebar: { text: string; collapsed?: boolean; items: { text: string; link: string; target?: string }[] }[];
}

/** Site-absolute link of a page (`spec/reasons.md` → `/spec/reasons`, `spec/index.md` → `/spec/`). */
const linkOf = (page: string) => `/${page.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, "")}`;

/** Checks every relative link between generated pages (page exists, anchor exists) and every raw file link. */
export function checkPageLinks(pages: ReadonlyMap<string, string>, publicFiles: ReadonlySet<string>, reported: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const anchorCache = new Map<string, Set<string>>();
  for (const [page, text] of pages) {
    for (const l of links(text)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(l.target) || l.target.startsWith("/api/") || reported.has(`${page}\n${l.target}`)) continue;
      const [path, fragment] = l.target.split("#", 2) as [string, string?];
      if (publicFiles.has(path)) continue;
      if (path.startsWith("/") && !path.endsWith(".md") && !path.endsWith(".html") && posix.extname(path) !== "") {
        if (!publicFiles.has(path)) problems.push(`${page}:${l.line}: link ${l.target}: no such published file`);
        continue;
      }
      let file = path === "" ? page : path.startsWith("/") ? path.slice(1) : posix.normalize(posix.join(posix.dirname(page), path));
      if (file === "" || file.endsWith("/")) file += "index.md";
      file = file.replace(/\.html$/, ".md");
      if (!file.endsWith(".md")) file += ".md";
      const target = pages.get(file);
      if (target === undefined) {
        problems.push(`${page}:${l.line}: link ${l.target}: no page ${file}`);
        continue;
      }
      if (fragment === undefined || fragment === "") continue;
      let ids = anchorCache.get(file);
      if (ids === undefined) anchorCache.set(file, (ids = anchors(target)));
      if (!ids.has(decodeURIComponent(fragment))) problems.push(`${page}:${l.line}: link ${l.target}: no anchor #${fragment} in ${file}`);
    }
  }
  return problems;
}

export function assemble(input: AssembleInput): { problems: string[]; pages: Map<string, string> } {
  const { root, srcDir } = input;
  const problems: string[] = [];
  rmSync(srcDir, { recursive: true, force: true });
  mkdirSync(join(srcDir, "public"), { recursive: true });
  const schemas = loadSchemas(root);
  const vectors = loadVectors(root);
  const sources = sourcePages(root);
  const suites = new Map<string, string[]>();
  for (const v of vectors) suites.set(v.suite, [...(suites.get(v.suite) ?? []), v.name]);
  const r: Routes = routes({
    root,
    sources,
    schemaFiles: schemas.map((s) => s.file),
    vectorSuites: suites,
    entryPoints: new Map(input.entryPoints.map((e) => [e.folder, e.anchor])),
  });
  const pages = new Map<string, string>();
  const reported = new Set<string>();

  // Spec, SEP and conformance documents.
  const specPages = sources.filter(isSpecPage);
  const examples = checkExamples(
    root,
    specPages.map((p) => join(root, p.src)),
  );
  problems.push(...examples.problems);
  const reasons = reasonsOf(schemas);
  for (const s of sources) {
    const t = transformPage({
      source: s,
      text: readFileSync(join(root, s.src), "utf8"),
      routes: r,
      embeds: examples.embeds.filter((e) => e.page === s.src),
      sketchLines: examples.sketches.filter((e) => e.page === s.src).map((e) => e.line),
      reasons,
    });
    problems.push(...t.problems);
    for (const target of t.unresolved) reported.add(`${s.page}\n${target}`);
    pages.set(s.page, t.text);
  }

  // Schema pages, with the spec drafts that link them and one validated example from the vectors.
  const ajv = createAjv(schemas, { standalone: false });
  const fromVectors = vectorExamples(readVectorSchema(root), vectors);
  const titles = new Map(schemas.map((s) => [s.file, s.title ?? s.stem]));
  for (const s of schemas) {
    const specifiedIn = specPages
      .filter((p) => !p.src.startsWith("spec/seps/") && links(readFileSync(join(root, p.src), "utf8")).some((l) => l.target.split("#")[0]!.endsWith(`schemas/${s.file}`)))
      .map((p) => ({ title: title(pages.get(p.page) ?? "") ?? p.page, page: posix.relative("schemas", p.page) }));
    const example = fromVectors.get(s.file);
    if (example !== undefined) {
      const validate = ajv.getSchema(SCHEMA_ID_BASE + s.file);
      if (validate !== undefined && validate(example.value) !== true)
        problems.push(`${example.source}: the example for ${s.file} does not validate: ${ajv.errorsText(validate.errors)}`);
    }
    pages.set(`schemas/${s.stem}.md`, schemaPage({ file: s.file, schema: s.schema, titles, specifiedIn, ...(example === undefined ? {} : { vectorExamples: [example] }) }));
    cpSync(join(root, s.path), join(srcDir, "public", "schemas", s.file));
  }
  pages.set("schemas/index.md", schemasIndex(root, schemas));

  // Conformance: the report, one page per vector folder, raw vectors and data files.
  for (const [repoPath, sitePath] of r.raw) if (!repoPath.startsWith("schemas/")) cpSync(join(root, repoPath), join(srcDir, "public", sitePath));
  if (input.report !== undefined) {
    pages.set("conformance/report.md", reportPage(input.report, input.traceability ?? []));
    writeFileSync(join(srcDir, "public", "conformance", "report.json"), `${JSON.stringify(input.report.report, null, 2)}\n`);
  } else pages.set("conformance/report.md", noReportPage());
  for (const [suite] of suites) {
    const infos: VectorInfo[] = vectors.filter((v) => v.suite === suite).map((v) => v.doc);
    pages.set(`conformance/vectors/${suite}.md`, vectorsPage(suite, infos, input.report?.report));
  }
  if (input.apiPage !== undefined) pages.set("reference.md", input.apiPage);
  pages.set("index.md", input.home);

  // Every link between pages, to anchors and to published files.
  const publicFiles = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true }))
      if (f.isDirectory()) walk(join(dir, f.name), `${prefix}/${f.name}`);
      else publicFiles.add(`${prefix}/${f.name}`);
  };
  walk(join(srcDir, "public"), "");
  if (input.report !== undefined) publicFiles.add("/conformance/report-full.html");
  problems.push(...checkPageLinks(pages, publicFiles, reported));

  for (const [page, text] of pages) write(srcDir, page, text);
  writeFileSync(join(srcDir, "nav.json"), `${JSON.stringify(navData(pages, schemas, sources, [...suites.keys()], input), null, 2)}\n`);
  return { problems, pages };
}

function navData(pages: ReadonlyMap<string, string>, schemas: readonly SchemaFile[], sources: readonly SourcePage[], suites: readonly string[], input: AssembleInput): NavData {
  const item = (page: string) => ({ text: title(pages.get(page) ?? "") ?? page, link: linkOf(page) });
  const spec = sources.filter((s) => s.src.startsWith("spec/") && !s.src.startsWith("spec/seps/"));
  const seps = sources.filter((s) => s.src.startsWith("spec/seps/"));
  const sidebar: NavData["sidebar"] = [
    { text: "Specification", items: spec.map((s) => (s.page === "spec/index.md" ? { text: "Overview", link: "/spec/" } : item(s.page))) },
  ];
  if (seps.length > 0)
    sidebar.push({ text: "SEP drafts", collapsed: false, items: seps.map((s) => (s.page === "spec/seps/index.md" ? { text: "Overview", link: "/spec/seps/" } : item(s.page))) });
  sidebar.push({ text: "Schemas", collapsed: true, items: [{ text: "All schemas", link: "/schemas/" }, ...schemas.map((s) => ({ text: s.title ?? s.stem, link: `/schemas/${s.stem}` }))] });
  const conformance = [{ text: "Overview", link: "/conformance/" }];
  if (pages.has("conformance/adapter-protocol.md")) conformance.push(item("conformance/adapter-protocol.md"));
  conformance.push({ text: "Latest report", link: "/conformance/report" });
  for (const s of suites) conformance.push({ text: `Vectors: ${s}`, link: `/conformance/vectors/${s}` });
  sidebar.push({ text: "Conformance", items: conformance });
  if (input.apiPage !== undefined)
    sidebar.push({ text: "API", items: [{ text: "Entry points", link: "/reference" }, { text: "Full API reference (typedoc)", link: "/api/index.html", target: "_self" }] });
  const nav = [
    { text: "Spec", link: "/spec/" },
    { text: "Reasons", link: "/spec/reasons" },
    { text: "Schemas", link: "/schemas/" },
    { text: "Conformance", link: "/conformance/" },
  ];
  if (input.apiPage !== undefined) nav.push({ text: "API", link: "/reference" });
  return { nav, sidebar };
}

