// Turns a repository Markdown page into its site form: links mapped to site pages, a caption on every embedded example
// (where it comes from, which schema it was validated against), a label on every sketch, and on the reason registry
// one permalinked definition per reason.
import type { Embed } from "./examples.js";
import { fences, links, rewriteLinks } from "./markdown.js";
import { cell, schemaStem } from "./schema-page.js";
import { mapLink, type Routes, type SourcePage } from "./sources.js";

export interface ReasonEntry {
  code: string;
  status: number | undefined;
  description: string;
}

export interface TransformInput {
  source: SourcePage;
  text: string;
  routes: Routes;
  embeds: readonly Embed[];
  sketchLines: readonly number[];
  /** The registry (from reason.schema.json), for the reasons page. */
  reasons?: readonly ReasonEntry[];
}

export const reasonAnchor = (code: string) => `reason-${code}`;

const EMBED_LINE = /^<!-- embed: ([^#\s]+)#(\S*)(?: as (hex-text))? -->$/;

function caption(e: Embed, routes: Routes, from: SourcePage): string {
  const raw = routes.raw.get(e.file);
  const src = raw === undefined ? `<code>${e.file}</code>` : `<a href="${raw}" target="_self"><code>${e.file}</code></a>`;
  const pointer = e.pointer === "" ? "" : ` <code>${e.pointer}</code>`;
  let schema = "";
  if (e.schema !== undefined) {
    const [file] = e.schema.split("#") as [string];
    const page = mapLink(routes, from, `${"../".repeat(from.src.split("/").length - 1)}schemas/${file}`);
    const href = "target" in page ? page.target.replace(/\.md(#|$)/, ".html$1") : "";
    schema = `, validated against <a href="${href}">${schemaStem(file)}</a>${e.schema.includes("#") ? ` <code>#${e.schema.split("#")[1]}</code>` : ""}`;
  }
  return `<p class="sketch-note">Embedded from ${src}${pointer}${schema}.</p>`;
}

/** The reasons page: each code in the table links to its definition, and the definitions follow the table. */
function reasonsPage(text: string, reasons: readonly ReasonEntry[]): { text: string; problems: string[] } {
  const problems: string[] = [];
  const checkedAt = new Map<string, string>();
  const lines = text.split("\n").map((line) => {
    const row = /^\| `([a-z0-9_]+)` \|(.*)\|\s*$/.exec(line);
    if (row === null) return line;
    const code = row[1]!;
    const cells = row[2]!.split(" | ");
    checkedAt.set(code, cells.at(-1)!.trim());
    return line.replace(`| \`${code}\` |`, `| [\`${code}\`](#${reasonAnchor(code)}) |`);
  });
  const defs = ["", "## Definitions", "", "One section per registered reason, from `reason.schema.json`; link to a reason as `reasons.html#reason-<code>`.", ""];
  for (const r of reasons) {
    const at = checkedAt.get(r.code);
    if (at === undefined) problems.push(`spec/reasons.md: reason ${r.code} of reason.schema.json has no row in the table`);
    defs.push(`### \`${r.code}\` {#${reasonAnchor(r.code)}}`, "");
    defs.push(`**HTTP ${r.status ?? "—"}**${at === undefined ? "" : ` · checked at ${at}`}`, "");
    defs.push(cell(r.description), "");
  }
  for (const code of checkedAt.keys())
    if (!reasons.some((r) => r.code === code)) problems.push(`spec/reasons.md: the table lists ${code}, which reason.schema.json does not define`);
  return { text: [...lines, ...defs].join("\n"), problems };
}

/** The page's site text and its problems; `unresolved` lists link targets already reported (left as they were). */
export function transformPage(input: TransformInput): { text: string; problems: string[]; unresolved: string[] } {
  const { source, routes } = input;
  const problems: string[] = [];
  const unresolved: string[] = [];
  for (const l of links(input.text)) {
    const m = mapLink(routes, source, l.target);
    if ("error" in m) {
      problems.push(`${source.src}:${l.line}: link ${m.error}`);
      unresolved.push(l.target);
    }
  }
  let text = input.text;
  // Captions and labels go in first, by line, while the line numbers still match the checked source.
  const lines = text.split("\n");
  const sketches = new Set(input.sketchLines);
  for (const f of [...fences(text)].reverse()) {
    const i = f.line - 1;
    if (sketches.has(f.line)) {
      lines.splice(i, 0, `<p class="sketch-note">Sketch: an abbreviated shape, with … where members are left out; not a complete wire object.</p>`, "");
      continue;
    }
    const embed = input.embeds.find((e) => e.line === f.line);
    if (embed !== undefined && EMBED_LINE.test(f.before.trim())) lines.splice(i, 0, caption(embed, routes, source), "");
  }
  text = lines.join("\n");
  text = rewriteLinks(text, (target) => {
    const m = mapLink(routes, source, target);
    return "error" in m ? target : "source" in m ? null : m.target;
  });
  if (source.src === "spec/reasons.md" && input.reasons !== undefined) {
    const r = reasonsPage(text, input.reasons);
    text = r.text;
    problems.push(...r.problems);
  }
  return { text, problems, unresolved };
}
