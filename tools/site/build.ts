// `npm run site`: the spec site, offline. Assembles dist/site-src from the repository (tools/site/assemble.ts), runs
// typedoc into it, builds it with VitePress (config in site/.vitepress) into dist/site, then checks every link of the
// built HTML. Exits 1 with every problem listed when a check fails; nothing is fetched from the network.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { toHtml } from "../../conformance/runner/html.js";
import type { RunReport } from "../../conformance/runner/run.js";
import { loadTraceability } from "../../conformance/runner/traceability.js";
import { apiOverview, buildApi, entryPoints } from "./api.js";
import { assemble } from "./assemble.js";
import type { ReportSource } from "./conformance-page.js";
import { checkInlineHtml } from "./html-check.js";
import { checkSiteLinks } from "./links.js";
import { sourcePages } from "./sources.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface BuildOptions {
  root?: string;
  /** dist/site by default. */
  outDir?: string;
  /** Run the conformance suite when no report matches the vectors (default); otherwise publish a notice instead. */
  runConformance?: boolean;
  log?: (line: string) => void;
}

/**
 * The reference implementation's latest report: conformance/report.json (written by `npm start`) when it was made
 * for the vectors on disk (same set hash), else a fresh run of the suite against the compiled reference CLI.
 */
export function latestReport(root: string, work: string, log: (s: string) => void, runIfMissing = true): ReportSource | undefined {
  const manifest = JSON.parse(readFileSync(join(root, "conformance", "manifest.json"), "utf8")) as { suiteVersion: string; setHash: string };
  const file = join(root, "conformance", "report.json");
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, "utf8")) as RunReport;
    if (report.setHash === manifest.setHash && report.suiteVersion === manifest.suiteVersion) return { report, origin: "file", currentSetHash: manifest.setHash };
    log(`conformance/report.json is for suite ${report.suiteVersion} (set ${report.setHash.slice(0, 12)}…), not for the vectors on disk`);
  }
  // The build's own earlier run for these same vectors.
  const out = join(work, "report.json");
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, "utf8")) as RunReport;
    if (report.setHash === manifest.setHash && report.suiteVersion === manifest.suiteVersion) return { report, origin: "run", currentSetHash: manifest.setHash };
  }
  if (!runIfMissing) return undefined;
  log("running the conformance suite against the reference implementation (npm start writes conformance/report.json and skips this)");
  const bin = join(root, "dist", "bin", "mcp-trust.js");
  if (!existsSync(bin)) {
    log("compiling the reference CLI (npm run build)");
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
    if (tsc.status !== 0) throw new Error("npm run build failed; the site needs the compiled CLI to run the conformance suite");
  }
  mkdirSync(work, { recursive: true });
  const run = spawnSync(process.execPath, [bin, "conformance", "--report-json", out, "--concurrency", "4"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (!existsSync(out)) throw new Error(`the conformance run wrote no report (exit ${run.status})`);
  return { report: JSON.parse(readFileSync(out, "utf8")) as RunReport, origin: "run", currentSetHash: manifest.setHash };
}

/** Raw HTML that would break VitePress: source pages by their own file and line, generated pages by name. */
async function htmlProblems(root: string, srcDir: string, pages: ReadonlyMap<string, string>): Promise<string[]> {
  const sources = sourcePages(root);
  const forHtml = new Map<string, string>(sources.map((s) => [s.src, readFileSync(join(root, s.src), "utf8")]));
  for (const [page, text] of pages) if (!sources.some((s) => s.page === page)) forHtml.set(`(generated) ${page}`, text);
  return checkInlineHtml(srcDir, forHtml);
}

export async function buildSite(options: BuildOptions = {}): Promise<{ problems: string[]; outDir: string }> {
  const root = options.root ?? ROOT;
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const outDir = options.outDir ?? join(ROOT, "dist", "site");
  const srcDir = join(dirname(outDir), "site-src");
  const work = join(dirname(outDir), "site-cache");
  const started = Date.now();

  const eps = entryPoints(root);
  const home = readFileSync(join(ROOT, "site", "index.md"), "utf8");
  // First pass: every check that needs neither typedoc nor a conformance run, so a broken spec fails in seconds.
  const first = assemble({ root, srcDir, entryPoints: eps, home, apiPage: apiOverview(eps) });
  first.problems.push(...(await htmlProblems(root, srcDir, first.pages)));
  if (first.problems.length > 0) return { problems: first.problems, outDir };
  log("typedoc: API reference");
  const apiTmp = join(work, "api");
  rmSync(apiTmp, { recursive: true, force: true });
  const apiPage = await buildApi(root, apiTmp, work, eps);
  const report = latestReport(root, work, log, options.runConformance ?? true);
  const traceability = loadTraceability(join(root, "conformance"));
  const { problems, pages } = assemble({ root, srcDir, entryPoints: eps, home, report, traceability, apiPage });
  problems.push(...(await htmlProblems(root, srcDir, pages)));
  if (problems.length > 0) return { problems, outDir };
  // Raw files VitePress copies as they are: typedoc's HTML and the runner's full HTML report.
  cpSync(apiTmp, join(srcDir, "public", "api"), { recursive: true });
  if (report !== undefined)
    writeFileSync(join(srcDir, "public", "conformance", "report-full.html"), toHtml(report.report, { traceability, specLink: (d, a) => `../spec/${d}.html#${a}` }));

  log("vitepress: building");
  process.env.MCP_TRUST_SITE_SRC = srcDir;
  process.env.MCP_TRUST_SITE_OUT = outDir;
  const { build } = await import("vitepress");
  await build(join(ROOT, "site"));
  const broken = checkSiteLinks(outDir);
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { problems: broken.map((b) => `${b.page}: link ${b.href}: ${b.why}`), outDir };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { root: { type: "string" }, out: { type: "string" }, "no-conformance-run": { type: "boolean", default: false } } });
  const { problems, outDir } = await buildSite({
    ...(values.root === undefined ? {} : { root: resolve(values.root) }),
    ...(values.out === undefined ? {} : { outDir: resolve(values.out) }),
    runConformance: !values["no-conformance-run"] });
  if (problems.length > 0) {
    process.stderr.write(`the spec site did not build: ${problems.length} problem(s)\n  ${problems.join("\n  ")}\n`);
    return 1;
  }
  const rel = relative(process.cwd(), outDir) || ".";
  process.stdout.write(`Spec site: ${rel}/index.html — serve it with: node site/serve.js (then open http://127.0.0.1:4173/)\n`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
