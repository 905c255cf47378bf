// Keeps the SEP drafts in spec/seps/ from diverging from the spec drafts they propose. A SEP is hand-written around
// generated regions:
//
//   <!-- sep:from spec/tool-call-attestation.md#specification -->   the body of that section of a spec draft, with its
//   <!-- /sep -->                                                    headings moved under the SEP heading the marker
//                                                                    sits in and its relative links rewritten to
//                                                                    resolve from spec/seps/
//   <!-- sep:conformance tool-call-attestation -->                   suite version, set hash, vectors per section and
//   <!-- /sep -->                                                    traceability counts for that draft
//
// `npm run spec:seps` rewrites the regions; `-- --check` fails when one is stale or a SEP breaks the MCP SEP template
// (a header field or a section missing or empty). The normative text therefore exists once, in spec/*.md.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative, sep as pathSep } from "node:path";
import { fileURLToPath } from "node:url";
import { conformanceSummary } from "./sep-conformance.js";
import { headings, isExternal, mapLinks, section, shiftHeadings } from "./markdown.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SEP_DIR = "spec/seps";

const REGION = /<!-- sep:([a-z-]+) (\S+) -->\n[\s\S]*?<!-- \/sep -->/g;
const OPEN = /<!-- sep:[a-z-]+ /g;
const CLOSE = /<!-- \/sep -->/g;

/** The SEP drafts (absolute paths): every Markdown file in spec/seps/ except its README. */
export function sepFiles(base = root): string[] {
  return readdirSync(join(base, SEP_DIR))
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => join(base, SEP_DIR, f));
}

/** The repository-relative, slash-separated path of a file under `base`. */
export function repoPath(file: string, base = root): string {
  return relative(base, file).split(pathSep).join("/");
}

interface Copy {
  source: string;
  anchor: string;
  level: number;
  body: string;
}

function parseFrom(arg: string, base: string): Copy {
  const hash = arg.indexOf("#");
  if (hash <= 0) throw new Error(`sep:from needs FILE#ANCHOR, got ${arg}`);
  const source = arg.slice(0, hash);
  const anchor = arg.slice(hash + 1);
  if (!source.startsWith("spec/") || source.startsWith(`${SEP_DIR}/`)) throw new Error(`sep:from copies from a spec draft (spec/*.md), not ${source}`);
  const { level, body } = section(readFileSync(join(base, source), "utf8"), anchor);
  if (body === "") throw new Error(`${source}#${anchor} is empty`);
  return { source, anchor, level, body };
}

/**
 * Rewrites one link target of text copied from `source` so that it resolves from `sepPath`. A same-document anchor
 * stays one when the SEP copies the heading it names (`kept`), else it points back into the spec draft.
 */
export function rewriteTarget(target: string, source: string, sepPath: string, kept: ReadonlySet<string>): string {
  if (isExternal(target) || target.startsWith("/")) return target;
  const fromSep = (p: string): string => posix.relative(posix.dirname(sepPath), p) || ".";
  if (target.startsWith("#")) return kept.has(target.slice(1)) ? target : `${fromSep(source)}${target}`;
  const hash = target.indexOf("#");
  const path = hash < 0 ? target : target.slice(0, hash);
  const fragment = hash < 0 ? "" : target.slice(hash);
  const resolved = posix.normalize(posix.join(posix.dirname(source), path));
  const rel = fromSep(resolved);
  return `${rel}${path.endsWith("/") && !rel.endsWith("/") ? "/" : ""}${fragment}`;
}

/** The level of the last heading before `offset`, or 1 when there is none. */
function enclosingLevel(text: string, offset: number): number {
  const before = headings(text.slice(0, offset));
  return before.length === 0 ? 1 : before[before.length - 1]!.level;
}

/** Returns the SEP text with every generated region filled in. `sepPath` is the SEP's repository-relative path. */
export function fillSep(text: string, sepPath: string, base = root): string {
  const opens = text.match(OPEN)?.length ?? 0;
  const closes = text.match(CLOSE)?.length ?? 0;
  const regions = [...text.matchAll(REGION)];
  if (opens !== regions.length || closes !== regions.length) throw new Error(`${sepPath}: unbalanced sep markers (${opens} open, ${closes} close)`);

  // Anchors the SEP carries per source draft, so a link into any copied section stays inside the SEP.
  const copies = new Map<number, Copy>();
  const kept = new Map<string, Set<string>>();
  for (const r of regions) {
    if (r[1] !== "from") continue;
    const copy = parseFrom(r[2]!, base);
    copies.set(r.index, copy);
    const set = kept.get(copy.source) ?? new Set<string>();
    for (const h of headings(copy.body)) set.add(h.slug);
    kept.set(copy.source, set);
  }

  let out = "";
  let at = 0;
  for (const r of regions) {
    const [whole, kind, arg] = r as unknown as [string, string, string];
    let body: string;
    let note: string;
    if (kind === "from") {
      const copy = copies.get(r.index)!;
      const shifted = shiftHeadings(copy.body, enclosingLevel(text, r.index) - copy.level);
      body = mapLinks(shifted, (t) => rewriteTarget(t, copy.source, sepPath, kept.get(copy.source)!));
      note = `copied by \`npm run spec:seps\` from ${copy.source}; edit the spec draft, not this copy`;
    } else if (kind === "conformance") {
      body = conformanceSummary(arg, sepPath, base);
      note = `generated by \`npm run spec:seps\` from conformance/manifest.json, the vectors and conformance/traceability/${arg}.json`;
    } else {
      throw new Error(`${sepPath}: unknown region sep:${kind}`);
    }
    out += text.slice(at, r.index) + `<!-- sep:${kind} ${arg} -->\n<!-- ${note} -->\n\n${body}\n\n<!-- /sep -->`;
    at = r.index + whole.length;
  }
  return out + text.slice(at);
}

// The MCP SEP template (seps/TEMPLATE.md of modelcontextprotocol/modelcontextprotocol): preamble fields, the required
// sections, and the optional sections this project always writes.
export const HEADER_FIELDS = ["Status", "Type", "Created", "Author(s)", "Sponsor", "PR"] as const;
export const SECTIONS = [
  "Abstract",
  "Motivation",
  "Specification",
  "Rationale",
  "Backward Compatibility",
  "Security Implications",
  "Reference Implementation",
  "Testing Plan",
  "Alternatives Considered",
  "Open Questions",
] as const;
const STATUSES = new Set(["Draft", "In-Review", "Accepted", "Rejected", "Withdrawn", "Final", "Superseded", "Dormant"]);
const TYPES = new Set(["Standards Track", "Extensions Track", "Informational", "Process"]);

/** What keeps a SEP from matching the template: a bad title, a missing or empty header field, a missing, misordered or empty section. */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  const all = headings(text);
  const first = all[0];
  if (first === undefined || first.level !== 1 || first.line !== 0 || !/^SEP-(?:\d+|DRAFT): \S/.test(first.title)) {
    problems.push("the first line must be the title `# SEP-{NUMBER or DRAFT}: {Title}`");
  }
  const preambleEnd = all.find((h) => h.level === 2)?.line ?? 0;
  const preamble = text.split("\n").slice(1, preambleEnd);
  const fields = new Map<string, string>();
  for (const line of preamble) {
    const m = /^- \*\*([^*]+)\*\*: *(.*)$/.exec(line);
    if (m !== null) fields.set(m[1]!, m[2]!.trim());
  }
  for (const f of HEADER_FIELDS) {
    const v = fields.get(f);
    if (v === undefined) problems.push(`header field ${f} is missing`);
    else if (v === "") problems.push(`header field ${f} is empty`);
  }
  const status = fields.get("Status");
  if (status !== undefined && status !== "" && !STATUSES.has(status)) problems.push(`Status ${status} is not a SEP status`);
  const type = fields.get("Type");
  if (type !== undefined && type !== "" && !TYPES.has(type)) problems.push(`Type ${type} is not a SEP type`);
  const created = fields.get("Created");
  if (created !== undefined && created !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(created)) problems.push(`Created ${created} is not YYYY-MM-DD`);

  const lines = text.split("\n");
  const h2s = all.filter((h) => h.level === 2);
  const h2 = h2s.map((h) => h.title);
  const found = h2.filter((t) => (SECTIONS as readonly string[]).includes(t));
  const expected = SECTIONS.filter((t) => found.includes(t));
  if (found.join() !== expected.join()) problems.push(`sections are not in the template's order: ${found.join(", ")}`);
  for (const name of SECTIONS) {
    const i = h2.indexOf(name);
    if (i < 0) {
      problems.push(`section ${name} is missing`);
      continue;
    }
    if (h2.lastIndexOf(name) !== i) problems.push(`section ${name} appears twice`);
    const start = h2s[i]!.line;
    const end = all.find((h) => h.line > start && h.level <= 2)?.line;
    const body = lines.slice(start + 1, end).join("\n").replace(/<!--[\s\S]*?-->/g, "");
    if (body.trim() === "") problems.push(`section ${name} is empty`);
  }
  return problems;
}

function main(): number {
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  const broken: string[] = [];
  for (const f of sepFiles()) {
    const text = readFileSync(f, "utf8");
    const filled = fillSep(text, repoPath(f));
    for (const p of templateProblems(filled)) broken.push(`${repoPath(f)}: ${p}`);
    if (filled === text) continue;
    stale.push(repoPath(f));
    if (!check) writeFileSync(f, filled);
  }
  if (check && stale.length > 0) process.stderr.write(`SEP drafts are stale; run npm run spec:seps:\n  ${stale.join("\n  ")}\n`);
  if (broken.length > 0) process.stderr.write(`SEP drafts do not match the MCP SEP template:\n  ${broken.join("\n  ")}\n`);
  return (check && stale.length > 0) || broken.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
