import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Traceability } from "../../generated/types/conformance-traceability.js";
import { validateTraceability } from "../../generated/validators/conformance-traceability.js";

export type { Traceability };

const NORMATIVE = /\b(MUST NOT|MUST|SHOULD NOT|SHOULD|REQUIRED|SHALL|RECOMMENDED)\b/;

export interface NormativeStatement {
  /** `<draft>#<section anchor>` */
  section: string;
  /** The paragraph or list item, white space normalised. */
  text: string;
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/** GitHub-style anchor of a heading. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, "").replace(/ /g, "-");
}

/**
 * The normative statements of a Markdown draft: each sentence of a paragraph or list item (outside code blocks and
 * tables) that contains an RFC 2119 key word in capitals, with the section it sits in.
 */
export function normativeStatements(draft: string, markdown: string): NormativeStatement[] {
  const out: NormativeStatement[] = [];
  let section = "";
  let block: string[] = [];
  let fenced = false;
  const flush = () => {
    // The BCP 14 boilerplate names the key words without binding anyone.
    if (section !== "conventions-used-in-this-document") {
      for (const sentence of normalise(block.join(" ")).split(/(?<=\.)\s+(?=[A-Z])/)) {
        if (NORMATIVE.test(sentence)) out.push({ section: `${draft}#${section}`, text: sentence });
      }
    }
    block = [];
  };
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const heading = /^#{1,6} (.+)$/.exec(line);
    if (heading !== null) {
      flush();
      section = slug(heading[1]!);
    } else if (line.trim() === "" || line.trimStart().startsWith("|") || line.startsWith("<!--")) {
      flush();
    } else if (/^\s*(?:[-*]|\d+\.) /.test(line)) {
      flush();
      block.push(line.replace(/^\s*(?:[-*]|\d+\.) /, ""));
    } else {
      block.push(line);
    }
  }
  flush();
  return out;
}

export function loadTraceability(conformanceDir: string): Traceability[] {
  const dir = join(conformanceDir, "traceability");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const doc: unknown = JSON.parse(readFileSync(join(dir, f), "utf8"));
      if (!validateTraceability(doc)) throw new Error(`traceability/${f} does not match its schema: ${validateTraceability.errors?.[0]?.instancePath} ${validateTraceability.errors?.[0]?.message}`);
      if (`${doc.spec}.json` !== f) throw new Error(`traceability/${f} names spec ${doc.spec}`);
      return doc;
    });
}

/**
 * Every normative statement of every draft is mapped (to a positive and a negative vector, or excluded with a reason),
 * every mapping quotes a statement that exists in that section, every named vector exists and is of the right polarity,
 * and every vector is named by some requirement. Returns the problems; empty means traceable.
 */
export function checkTraceability(
  drafts: Record<string, string>,
  traces: Traceability[],
  vectors: { id: string; accepts: boolean; rejects: boolean }[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(vectors.map((v) => [v.id, v]));
  const used = new Set<string>();
  const tracesBySpec = new Map(traces.map((t) => [t.spec, t]));
  for (const [draft, markdown] of Object.entries(drafts)) {
    const trace = tracesBySpec.get(draft);
    const statements = normativeStatements(draft, markdown);
    const reqs = trace?.requirements ?? [];
    for (const s of statements) {
      if (!reqs.some((r) => r.id.startsWith(`${s.section}/`) && s.text.includes(normalise(r.text)))) {
        problems.push(`unmapped: ${s.section}: "${s.text.slice(0, 100)}…"`);
      }
    }
    for (const r of reqs) {
      const section = r.id.slice(0, r.id.lastIndexOf("/"));
      const statement = statements.find((s) => s.section === section && s.text.includes(normalise(r.text)));
      if (statement === undefined) problems.push(`${r.id}: no such statement in ${section}: "${r.text}"`);
      else if (!statement.text.includes(r.level)) problems.push(`${r.id}: level ${r.level} does not occur in the statement`);
      for (const id of r.positive ?? []) {
        used.add(id);
        if (!byId.has(id)) problems.push(`${r.id}: unknown vector ${id}`);
        else if (!byId.get(id)!.accepts) problems.push(`${r.id}: positive vector ${id} accepts no call`);
      }
      for (const id of r.negative ?? []) {
        used.add(id);
        if (!byId.has(id)) problems.push(`${r.id}: unknown vector ${id}`);
        else if (!byId.get(id)!.rejects) problems.push(`${r.id}: negative vector ${id} rejects no call`);
      }
    }
    const ids = reqs.map((r) => r.id);
    for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`duplicate requirement id ${id}`);
  }
  for (const t of traces) if (!(t.spec in drafts)) problems.push(`traceability for unknown draft ${t.spec}`);
  for (const v of vectors) if (!used.has(v.id)) problems.push(`orphan vector: ${v.id} is named by no requirement`);
  return problems;
}
