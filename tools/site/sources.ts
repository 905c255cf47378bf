// Which repository files become which site pages, and how a link written for the repository (relative paths to .md,
// .schema.json, vector folders, reference/ folders) becomes a link on the site. A link to anything the site does not
// publish is an error: the site never shows a link that leads nowhere.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { defAnchor, schemaStem } from "./schema-page.js";

export interface SourcePage {
  /** Repo-relative Markdown source, e.g. `spec/reasons.md`. */
  src: string;
  /** Site page, relative to the VitePress source dir, e.g. `spec/reasons.md`. */
  page: string;
}

const mdIn = (root: string, dir: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(".md")).sort() : [];

/** The hand-written Markdown the site publishes: the spec drafts, the SEP drafts and the conformance documents. */
export function sourcePages(root: string): SourcePage[] {
  const out: SourcePage[] = [];
  const add = (dir: string) => {
    // The folder's README is its index page and comes first.
    const files = mdIn(root, dir).sort((a, b) => Number(b === "README.md") - Number(a === "README.md"));
    for (const f of files) out.push({ src: `${dir}/${f}`, page: `${dir}/${f === "README.md" ? "index.md" : f}` });
  };
  add("spec");
  add("spec/seps");
  for (const f of ["README.md", "adapter-protocol.md"])
    if (existsSync(join(root, "conformance", f))) out.push({ src: `conformance/${f}`, page: `conformance/${f === "README.md" ? "index.md" : f}` });
  return out;
}

/** The spec drafts and SEP drafts (the pages the example rule applies to). */
export const isSpecPage = (p: SourcePage) => p.src.startsWith("spec/") && !p.src.endsWith("README.md");

export interface Routes {
  /** Repo path (file, or folder without trailing slash) → site page (`.md`, possibly with `#anchor`). */
  pages: Map<string, string>;
  /** Repo file → site-absolute path of its raw copy in the public dir. */
  raw: Map<string, string>;
  root: string;
}

export interface RouteInput {
  root: string;
  sources: readonly SourcePage[];
  schemaFiles: readonly string[];
  vectorSuites: ReadonlyMap<string, readonly string[]>;
  /** Package entry points by folder, e.g. `reference/enforce` → anchor on the API page. */
  entryPoints: ReadonlyMap<string, string>;
}

export function routes(input: RouteInput): Routes {
  const pages = new Map<string, string>();
  const raw = new Map<string, string>();
  for (const s of input.sources) {
    pages.set(s.src, s.page);
    if (s.src.endsWith("/README.md")) pages.set(posix.dirname(s.src), s.page);
  }
  pages.set("README.md", "index.md");
  pages.set("schemas", "schemas/index.md");
  for (const f of input.schemaFiles) {
    pages.set(`schemas/${f}`, `schemas/${schemaStem(f)}.md`);
    raw.set(`schemas/${f}`, `/schemas/${f}`);
  }
  pages.set("conformance/vectors", "conformance/report.md");
  for (const [suite, cases] of input.vectorSuites) {
    pages.set(`conformance/vectors/${suite}`, `conformance/vectors/${suite}.md`);
    for (const c of cases) {
      pages.set(`conformance/vectors/${suite}/${c}.json`, `conformance/vectors/${suite}.md#${c}`);
      raw.set(`conformance/vectors/${suite}/${c}.json`, `/conformance/vectors/${suite}/${c}.json`);
    }
  }
  // Conformance data files (manifest, releases, traceability) are published as they are.
  const data = (dir: string) => {
    const abs = join(input.root, dir);
    if (!existsSync(abs)) return;
    for (const f of readdirSync(abs)) {
      const rel = `${dir}/${f}`;
      if (statSync(join(abs, f)).isDirectory()) data(rel);
      else if (f.endsWith(".json") && !rel.startsWith("conformance/vectors/") && rel !== "conformance/report.json") raw.set(rel, `/${rel}`);
    }
  };
  data("conformance/traceability");
  data("conformance/releases");
  if (existsSync(join(input.root, "conformance/manifest.json"))) raw.set("conformance/manifest.json", "/conformance/manifest.json");
  for (const [folder, anchor] of input.entryPoints) pages.set(folder, `reference.md#${anchor}`);
  return { pages, raw, root: input.root };
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Maps one link of a source page to its site form: a relative `.md` link (VitePress turns it into `.html`) or a
 * site-absolute raw file. Returns an error message when the target is not published.
 */
export function mapLink(r: Routes, from: SourcePage, target: string): { target: string } | { source: string } | { error: string } {
  if (EXTERNAL.test(target) || target.startsWith("#")) return { target };
  const hash = target.indexOf("#");
  const path = decodeURI(hash < 0 ? target : target.slice(0, hash));
  const fragment = hash < 0 ? "" : target.slice(hash);
  const repoPath = posix.normalize(posix.join(posix.dirname(from.src), path)).replace(/\/$/, "");
  if (repoPath.startsWith("..")) return { error: `${target} leaves the repository` };
  const page = r.pages.get(repoPath);
  if (page !== undefined) {
    const [file, pageAnchor] = page.split("#") as [string, string?];
    const rel = posix.relative(posix.dirname(from.page), file) || posix.basename(file);
    // A JSON pointer into a schema (`x.schema.json#/$defs/y`) lands on that definition's section.
    const def = /^#\/\$defs\/([^/]+)$/.exec(fragment);
    const anchor = def !== null && repoPath.startsWith("schemas/") ? `#${defAnchor(def[1]!)}` : fragment;
    return { target: rel + (anchor !== "" ? anchor : pageAnchor !== undefined ? `#${pageAnchor}` : "") };
  }
  const rawPath = r.raw.get(repoPath);
  if (rawPath !== undefined) return { target: rawPath + fragment };
  // Source code (reference/, tools/, adapters) is not site content: such a link becomes plain text.
  if (existsSync(join(r.root, repoPath)) && fragment === "") return { source: repoPath };
  return { error: `${target} (${repoPath}) does not exist` };
}
