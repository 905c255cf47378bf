import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../reference/cli/main.js";
import { headings, isExternal, links, mapLinks, section, shiftHeadings } from "./markdown.js";
import { fillSep, repoPath, rewriteTarget, SECTIONS, sepFiles, templateProblems } from "./seps.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const seps = sepFiles().map((f) => [repoPath(f), readFileSync(f, "utf8")] as const);

/** The spec drafts that define an extension: their header table gives a Standards or Extensions Track type. */
function extensionDrafts(): string[] {
  return readdirSync(join(root, "spec"))
    .filter((f) => f.endsWith(".md") && /^\| Type \| (?:Extensions|Standards) Track \|$/m.test(readFileSync(join(root, "spec", f), "utf8")))
    .map((f) => `spec/${f}`);
}

/** The body of a level-2 section of a SEP, by title. */
function h2(text: string, title: string): string {
  return section(text, headings(`## ${title}`)[0]!.slug).body;
}

describe("the SEP drafts in spec/seps/", () => {
  it("exist, one per extension draft, each generating its Specification from that draft", () => {
    const sources = seps.map(([, text]) => /<!-- sep:from (spec\/[^#\s]+)#specification -->/.exec(h2(text, "Specification"))?.[1]);
    expect(sources).not.toContain(undefined);
    expect([...sources].sort()).toEqual(extensionDrafts().sort());
  });

  it.each(seps)("%s is current (npm run spec:seps)", (path, text) => {
    expect(fillSep(text, path)).toBe(text);
  });

  it.each(seps)("%s follows the MCP SEP template with every section filled", (_p, text) => {
    expect(templateProblems(text)).toEqual([]);
  });

  it.each(seps)("%s has unique anchors, and every relative link resolves from spec/seps/", (path, text) => {
    const slugs = headings(text).map((h) => h.slug);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
    const broken: string[] = [];
    for (const target of links(text)) {
      if (isExternal(target)) continue;
      const hash = target.indexOf("#");
      const file = hash < 0 ? target : target.slice(0, hash);
      const anchor = hash < 0 ? "" : target.slice(hash + 1);
      const resolved = file === "" ? path : posix.join(posix.dirname(path), file);
      if (!existsSync(join(root, resolved))) broken.push(`${target}: no such file`);
      else if (anchor !== "" && (!resolved.endsWith(".md") || !headings(readFileSync(join(root, resolved), "utf8")).some((h) => h.slug === anchor))) {
        broken.push(`${target}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(seps)("%s states the adoption renaming and cites the reference implementation and the vectors", (_p, text) => {
    const spec = h2(text, "Specification");
    expect(spec).toMatch(/`org\.mcp-trust\/[^`]*` becomes `io\.modelcontextprotocol\/[^`]*`|becomes\s+`io\.modelcontextprotocol\/[^`]*`/);
    expect(spec).toMatch(/-31000 [^.]*replaced by a code\s+MCP allocates/);
    const impl = h2(text, "Reference Implementation");
    expect(links(impl).some((l) => l.startsWith("../../reference/"))).toBe(true);
    expect(impl).toMatch(/`mcp-trust [a-z-]+/);
    const testing = h2(text, "Testing Plan");
    expect(testing).toMatch(/<!-- sep:conformance [a-z-]+ -->/);
    for (const cited of ["../../conformance/manifest.json", "../../conformance/adapter-protocol.md"]) expect(links(testing)).toContain(cited);
  });

  it.each(seps)("%s states requirements only in text copied from the spec draft", (_p, text) => {
    const own = text.replace(/<!-- sep:[\s\S]*?<!-- \/sep -->/g, "").replace(/`[^`\n]*`/g, "");
    expect(own.match(/\b(?:MUST|SHOULD|SHALL|REQUIRED|RECOMMENDED|MAY|OPTIONAL)\b/g) ?? []).toEqual([]);
  });

  it("are each listed in spec/README.md", () => {
    const listed = links(readFileSync(join(root, "spec", "README.md"), "utf8"));
    expect(seps.map(([p]) => p.replace(/^spec\//, "")).filter((p) => !listed.includes(p))).toEqual([]);
  });

  it.each(seps)("%s names only CLI verbs that exist", (_p, text) => {
    const bin = readFileSync(join(root, "bin", "mcp-trust.ts"), "utf8");
    const verbs = new Set([...Object.keys(COMMANDS), ...[...bin.matchAll(/^\s+([a-z-]+): async/gm)].map((m) => m[1]!)]);
    const named = [...text.matchAll(/`mcp-trust ([a-z][a-z-]*)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((v) => !verbs.has(v))).toEqual([]);
  });
});

describe("the SEP generator", () => {
  const base = mkdtempSync(join(tmpdir(), "seps-"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  mkdirSync(join(base, "spec", "seps"), { recursive: true });
  mkdirSync(join(base, "schemas"), { recursive: true });
  writeFileSync(
    join(base, "spec", "x.md"),
    [
      "# X",
      "## Specification",
      "### Part",
      "See [the schema](../schemas/x.json), [part](#part), [why](#rationale), [other](other.md#keys) and [web](https://example.org/a).",
      "`[not](a-link.md)` and [`code` text](other.md).",
      "```md",
      "# not a heading",
      "[in code](other.md)",
      "```",
      "## Rationale",
      "Because.",
      "## Empty",
      "",
    ].join("\n"),
  );
  const sep = (inner: string): string => `## Specification\n\n<!-- sep:from spec/x.md#specification -->\n${inner}<!-- /sep -->\n`;

  it("fills a region with the section body, links rewritten to resolve from spec/seps/, code left alone", () => {
    const out = fillSep(sep(""), "spec/seps/x.md", base);
    expect(out).toContain("### Part");
    expect(out).toContain("[the schema](../../schemas/x.json)");
    expect(out).toContain("[part](#part)");
    expect(out).toContain("[why](../x.md#rationale)");
    expect(out).toContain("[other](../other.md#keys)");
    expect(out).toContain("[web](https://example.org/a)");
    expect(out).toContain("`[not](a-link.md)`");
    expect(out).toContain("[`code` text](../other.md)");
    expect(out).toContain("# not a heading\n[in code](other.md)");
    expect(out).not.toContain("## Rationale");
    expect(fillSep(out, "spec/seps/x.md", base)).toBe(out);
  });

  it("detects a stale region: any edit inside it is undone by regeneration", () => {
    const fresh = fillSep(sep(""), "spec/seps/x.md", base);
    const edited = fresh.replace("### Part", "### Part, edited by hand");
    expect(edited).not.toBe(fresh);
    expect(fillSep(edited, "spec/seps/x.md", base)).toBe(fresh);
  });

  it("moves copied headings under the SEP heading the marker sits in", () => {
    const out = fillSep("# T\n### Deep\n<!-- sep:from spec/x.md#specification -->\n<!-- /sep -->\n", "spec/seps/x.md", base);
    expect(out).toContain("\n#### Part\n");
  });

  it("refuses unknown anchors, empty sections, copies from outside spec/, unknown regions and unbalanced markers", () => {
    expect(() => fillSep("<!-- sep:from spec/x.md#nope -->\n<!-- /sep -->", "spec/seps/x.md", base)).toThrow(/no heading/);
    expect(() => fillSep("<!-- sep:from spec/x.md#empty -->\n<!-- /sep -->", "spec/seps/x.md", base)).toThrow(/empty/);
    expect(() => fillSep("<!-- sep:from schemas/x.json#a -->\n<!-- /sep -->", "spec/seps/x.md", base)).toThrow(/spec draft/);
    expect(() => fillSep("<!-- sep:paste spec/x.md -->\n<!-- /sep -->", "spec/seps/x.md", base)).toThrow(/unknown region/);
    expect(() => fillSep("<!-- sep:from spec/x.md#specification -->\ntext", "spec/seps/x.md", base)).toThrow(/unbalanced/);
  });

  it("rewrites targets relative to the SEP", () => {
    const kept = new Set(["here"]);
    expect(rewriteTarget("#here", "spec/a.md", "spec/seps/a.md", kept)).toBe("#here");
    expect(rewriteTarget("#there", "spec/a.md", "spec/seps/a.md", kept)).toBe("../a.md#there");
    expect(rewriteTarget("../conformance/vectors/x/", "spec/a.md", "spec/seps/a.md", kept)).toBe("../../conformance/vectors/x/");
    expect(rewriteTarget("seps/b.md#y", "spec/a.md", "spec/seps/a.md", kept)).toBe("b.md#y");
    expect(rewriteTarget("mailto:a@example.org", "spec/a.md", "spec/seps/a.md", kept)).toBe("mailto:a@example.org");
  });
});

describe("the SEP template check", () => {
  const good = [
    "# SEP-DRAFT: Something",
    "",
    "- **Status**: Draft",
    "- **Type**: Extensions Track",
    "- **Created**: 2026-11-22",
    "- **Author(s)**: someone",
    "- **Sponsor**: None yet",
    "- **PR**: to be assigned",
    "",
    ...SECTIONS.flatMap((s) => [`## ${s}`, "", `Text of ${s}.`, ""]),
  ].join("\n");

  it("accepts a complete SEP", () => {
    expect(templateProblems(good)).toEqual([]);
  });

  it("reports a missing or empty header field and a bad status, type or date", () => {
    expect(templateProblems(good.replace("- **Sponsor**: None yet\n", ""))).toEqual(["header field Sponsor is missing"]);
    expect(templateProblems(good.replace("- **PR**: to be assigned", "- **PR**:"))).toEqual(["header field PR is empty"]);
    expect(templateProblems(good.replace("Status**: Draft", "Status**: Pending"))).toEqual(["Status Pending is not a SEP status"]);
    expect(templateProblems(good.replace("Extensions Track", "Extension"))).toEqual(["Type Extension is not a SEP type"]);
    expect(templateProblems(good.replace("2026-11-22", "22 Nov 2026"))).toEqual(["Created 22 Nov 2026 is not YYYY-MM-DD"]);
  });

  it("reports a missing, empty, duplicated or misordered section and a bad title", () => {
    expect(templateProblems(good.replace("## Testing Plan\n\nText of Testing Plan.\n", ""))).toEqual(["section Testing Plan is missing"]);
    expect(templateProblems(good.replace("Text of Rationale.", "<!-- only a comment -->"))).toEqual(["section Rationale is empty"]);
    expect(templateProblems(`${good}\n## Abstract\n\nAgain.\n`)).toContain("section Abstract appears twice");
    const swapped = good.replace("## Motivation\n\nText of Motivation.\n", "").replace("## Open Questions", "## Motivation\n\nLate.\n\n## Open Questions");
    expect(templateProblems(swapped)).toEqual([expect.stringMatching(/^sections are not in the template's order: Abstract, Specification, .*Motivation, Open Questions$/)]);
    expect(templateProblems(good.replace("# SEP-DRAFT: Something", "# Something"))[0]).toMatch(/title/);
  });
});

describe("markdown helpers", () => {
  it("ignore headings and links inside fenced code", () => {
    const text = "# A\n~~~\n# no\n[x](y)\n~~~\n## B\n````\n```\n# still code\n````\n";
    expect(headings(text).map((h) => h.title)).toEqual(["A", "B"]);
    expect(links(text)).toEqual([]);
  });

  it("shift headings within 1..6 and map reference-style links", () => {
    expect(shiftHeadings("## a\n###### b", 1)).toBe("### a\n###### b");
    expect(mapLinks("[r]: ../x.md", (t) => `../${t}`)).toBe("[r]: ../../x.md");
  });
});
