// The conformance facts a SEP's Testing Plan states — suite version, set hash, which vectors exercise which section of
// the draft, how its normative statements are traced — computed from the files, so a SEP never quotes a stale count.
// Reads the JSON directly instead of through the runner's loader: the SEP states what is committed, and the runner's
// own tests prove the committed suite matches its manifest.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { headings } from "./markdown.js";

interface VectorFacts {
  id: string;
  spec: string;
  verdicts: string[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function vectors(base: string): VectorFacts[] {
  const dir = join(base, "conformance", "vectors");
  const out: VectorFacts[] = [];
  for (const suite of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const f of readdirSync(join(dir, suite)).filter((x) => x.endsWith(".json")).sort()) {
      const v = readJson(join(dir, suite, f)) as { id: string; spec: string; calls: { expected: { verdict: string } }[] };
      out.push({ id: v.id, spec: v.spec, verdicts: v.calls.map((c) => c.expected.verdict) });
    }
  }
  return out;
}

/** Markdown for the `sep:conformance DRAFT` region of the SEP at `sepPath` (repository-relative). */
export function conformanceSummary(draft: string, sepPath: string, base: string): string {
  const link = (p: string): string => posix.relative(posix.dirname(sepPath), p);
  const manifest = readJson(join(base, "conformance", "manifest.json")) as { suiteVersion: string; setHash: string };
  const draftFile = `spec/${draft}.md`;
  if (!existsSync(join(base, draftFile))) throw new Error(`sep:conformance names ${draft}, but ${draftFile} does not exist`);
  const titles = new Map(headings(readFileSync(join(base, draftFile), "utf8")).map((h) => [h.slug, h.title] as const));
  const order = [...titles.keys()];

  const mine = vectors(base).filter((v) => v.spec.startsWith(`${draft}#`));
  const lines: string[] = [];
  const suiteText = `conformance suite **${manifest.suiteVersion}** ([manifest](${link("conformance/manifest.json")}), set hash \`${manifest.setHash}\`)`;
  if (mine.length === 0) {
    lines.push(`No vector of the ${suiteText} names a section of this draft yet.`);
  } else {
    const folders = [...new Set(mine.map((v) => v.id.split("/")[0]!))].sort();
    const calls = mine.reduce((n, v) => n + v.verdicts.length, 0);
    lines.push(
      `In the ${suiteText}, ${mine.length} vectors with ${calls} calls name a section of this draft (their \`spec\` field starts with ` +
        `\`${draft}#\`), in ${folders.map((f) => `[\`conformance/vectors/${f}/\`](${link(`conformance/vectors/${f}`)}/)`).join(", ")}:`,
      "",
      "| section | vectors | calls accepted | calls refused |",
      "| --- | ---: | ---: | ---: |",
    );
    const bySection = new Map<string, VectorFacts[]>();
    for (const v of mine) {
      const anchor = v.spec.slice(draft.length + 1);
      bySection.set(anchor, [...(bySection.get(anchor) ?? []), v]);
    }
    const rank = (a: string): number => (order.includes(a) ? order.indexOf(a) : order.length);
    for (const anchor of [...bySection.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
      const vs = bySection.get(anchor)!;
      const count = (verdict: string): number => vs.reduce((n, v) => n + v.verdicts.filter((x) => x === verdict).length, 0);
      lines.push(`| [${titles.get(anchor) ?? anchor}](${link(draftFile)}#${anchor}) | ${vs.length} | ${count("accept")} | ${count("reject")} |`);
    }
  }

  const traceFile = `conformance/traceability/${draft}.json`;
  lines.push("");
  if (!existsSync(join(base, traceFile))) {
    lines.push(`No traceability file maps this draft's normative statements to vectors yet (\`${traceFile}\`).`);
  } else {
    const reqs = (readJson(join(base, traceFile)) as { requirements: { excluded?: string }[] }).requirements;
    const excluded = reqs.filter((r) => r.excluded !== undefined).length;
    lines.push(
      `[\`${traceFile}\`](${link(traceFile)}) traces ${reqs.length} normative statements of this draft: ` +
        `${reqs.length - excluded} mapped to at least one accepting and one refusing vector, ${excluded} marked excluded, ` +
        `each with the reason stated in that file.`,
    );
  }
  return lines.join("\n");
}
