// The API reference: typedoc's HTML for every entry point in package.json's exports, and a site page listing each
// entry point's exports (so the site's own search finds them) with links into that HTML.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Application, OptionDefaults, ReflectionKind, Renderer, type Router, type DeclarationReflection, type ProjectReflection, type Reflection } from "typedoc";
import { cell } from "./schema-page.js";

export interface EntryPoint {
  /** The import specifier, e.g. `mcp-trust/common`. */
  specifier: string;
  /** Repo-relative TypeScript source, e.g. `reference/common/index.ts`. */
  source: string;
  /** The repository folder it publishes, e.g. `reference/common` (SEP drafts link to folders). */
  folder: string;
  anchor: string;
}

/** The package's public entry points, from the exports map (`./dist/x/index.js` ↔ `x/index.ts`). */
export function entryPoints(root: string): EntryPoint[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; exports?: Record<string, string | { default?: string }> };
  const out: EntryPoint[] = [];
  for (const [key, value] of Object.entries(pkg.exports ?? {})) {
    const target = typeof value === "string" ? value : value.default;
    if (target === undefined || !target.endsWith(".js")) continue;
    const source = target.replace(/^\.\/dist\//, "").replace(/\.js$/, ".ts");
    const specifier = key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    out.push({ specifier, source, folder: source.replace(/\/index\.ts$/, ""), anchor: specifier.replace(/[^a-z0-9]+/g, "-") });
  }
  return out;
}

const KIND_ORDER: [ReflectionKind, string][] = [
  [ReflectionKind.Function, "functions"],
  [ReflectionKind.Class, "classes"],
  [ReflectionKind.Interface, "interfaces"],
  [ReflectionKind.TypeAlias, "types"],
  [ReflectionKind.Variable, "constants"],
  [ReflectionKind.Enum, "enumerations"],
];

function summary(r: DeclarationReflection): string {
  const comment = r.comment ?? r.signatures?.[0]?.comment;
  const text = (comment?.summary ?? []).map((p) => p.text).join("");
  const first = text.split(/\n\n/)[0]!.replace(/\s+/g, " ").trim();
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}

/**
 * Runs typedoc over the entry points into `outDir` (HTML) and returns the Markdown of the overview page. Type errors
 * are tsc's job (`npm run build`); typedoc only documents.
 */
export async function buildApi(root: string, outDir: string, workDir: string, eps: readonly EntryPoint[]): Promise<string> {
  mkdirSync(workDir, { recursive: true });
  // Only the entry points' import graph, not every file of the main tsconfig (bench, bin, runner): faster, same result.
  const tsconfig = join(workDir, "tsconfig.typedoc.json");
  const rel = (p: string) => relative(workDir, join(root, p)).split("\\").join("/");
  writeFileSync(tsconfig, JSON.stringify({ extends: rel("tsconfig.json"), compilerOptions: { rootDir: rel(".") }, include: eps.map((e) => rel(e.source)), exclude: [] }));
  const app = await Application.bootstrapWithPlugins({
    entryPoints: eps.map((e) => join(root, e.source)),
    tsconfig,
    name: "mcp-trust API",
    readme: "none",
    skipErrorChecking: true,
    disableSources: true,
    excludePrivate: true,
    logLevel: "Error",
    // json-schema-to-typescript writes these tags into the generated types.
    blockTags: [...OptionDefaults.blockTags, "@minItems", "@maxItems", "@minLength", "@maxLength", "@minimum", "@maximum", "@pattern"],
    navigationLinks: { "Spec site": "../index.html" },
    validation: { notExported: false, invalidLink: false, rewrittenLink: false },
  });
  const project: ProjectReflection | undefined = await app.convert();
  if (project === undefined) throw new Error("typedoc could not convert the entry points");
  // Name each module by its import specifier rather than its folder.
  const modules = (project.children ?? []).filter((c) => c.kindOf(ReflectionKind.Module));
  for (const m of modules) {
    const ep = eps.find((e) => e.source.replace(/\/index\.ts$/, "").replace(/\.ts$/, "") === m.name || e.source === `${m.name}.ts`);
    if (ep !== undefined) m.name = ep.specifier;
  }
  // typedoc drops its router when rendering ends; keep it to ask where each reflection was written.
  let router: Router | undefined;
  app.renderer.on(Renderer.EVENT_BEGIN, () => {
    router = app.renderer.router;
  });
  await app.generateDocs(project, outDir);
  if (router === undefined) throw new Error("typedoc rendered without a router");
  const routes: Router = router;
  const href = (r: Reflection) => (routes.hasUrl(r) ? `/api/${routes.getFullUrl(r)}` : `/api/${routes.getFullUrl(r.parent ?? project)}`);
  const tables = new Map<string, string>();
  for (const ep of eps) {
    const m = modules.find((x) => x.name === ep.specifier);
    if (m === undefined) throw new Error(`typedoc produced no module for ${ep.specifier} (${ep.source})`);
    const out = [`<a href="${href(m)}" target="_self">Module page</a>.`, ""];
    // A name re-exported from another entry point is documented once; link to that declaration.
    const members = (m.children ?? []).map((c) => ({ name: c.name, target: c.isReference() ? c.getTargetReflectionDeep() : c }));
    for (const [kind, label] of KIND_ORDER) {
      const ofKind = members.filter((c) => c.target.kindOf(kind));
      if (ofKind.length === 0) continue;
      out.push(`**${label}**`, "", "| name | summary |", "| --- | --- |");
      for (const c of ofKind)
        out.push(`| <a href="${href(c.target)}" target="_self"><code>${c.name}</code></a> | ${cell(c.target.isDeclaration() ? summary(c.target) : "")} |`);
      out.push("");
    }
    tables.set(ep.specifier, out.join("\n"));
  }
  return apiOverview(eps, tables);
}

/**
 * The API overview page: one section per entry point, with typedoc's list of its exports when given. Without them
 * (the build's first, fast check pass) the page still has every section, so links to it can be checked.
 */
export function apiOverview(eps: readonly EntryPoint[], tables: ReadonlyMap<string, string> = new Map()): string {
  const out = ["# API reference", ""];
  out.push(
    "The reference library's public entry points, as the `exports` of `package.json` publish them. Each name links to",
    `its full typedoc page (signatures, parameters, types); <a href="/api/index.html" target="_self">the whole API reference</a> has its own search.`,
    "",
  );
  for (const ep of eps) {
    out.push(`## \`${ep.specifier}\` {#${ep.anchor}}`, "", `\`import … from "${ep.specifier}"\`, source \`${ep.source}\`.`, "");
    const t = tables.get(ep.specifier);
    if (t !== undefined) out.push(t);
  }
  return out.join("\n");
}
