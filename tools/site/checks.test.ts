// The site build's own checks: no hand-typed JSON, embedded examples valid and current, every link and anchor
// resolving, schema pages complete. Fixture repositories keep each failure isolated; the CLI test shows the message a
// contributor sees.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillEmbeds } from "../spec/embed.js";
import { assemble } from "./assemble.js";
import { ROOT } from "./build.js";
import { checkExamples } from "./examples.js";
import { checkSiteLinks } from "./links.js";
import { anchors, rewriteLinks } from "./markdown.js";
import { cell, linkSpecRefs, schemaPage } from "./schema-page.js";
import { FIXTURE_VECTOR, siteFixture } from "./site-fixture.js";
import { routes, type SourcePage } from "./sources.js";
import { transformPage } from "./transform.js";

const HOME = "# Home\n";
const embedBlock = (target: string) => `<!-- embed: ${target} -->\n\`\`\`json\n\`\`\`\n`;

/** A fixture whose spec pages have their embed blocks filled in, as `npm run spec:embed` would. */
function fixtureWithEmbeds(files: Record<string, string>, extra: Record<string, string> = {}): string {
  const root = siteFixture(extra);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), fillEmbeds(text, root));
  }
  return root;
}

describe("examples in spec pages", () => {
  it("fails a JSON block typed by hand, naming file and line", () => {
    const root = siteFixture({ "spec/a.md": "# A\n\ntext\n\n```json\n{ \"code\": -31000 }\n```\n" });
    const r = checkExamples(root, [join(root, "spec/a.md")]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^spec\/a\.md:5: a JSON example typed by hand/);
  });

  it("accepts a sketch that elides members with …, and reports it for labelling", () => {
    const root = siteFixture({ "spec/a.md": "# A\n\n```json\n{ \"items\": [ … ] }\n```\n" });
    const r = checkExamples(root, [join(root, "spec/a.md")]);
    expect(r.problems).toEqual([]);
    expect(r.sketches).toEqual([{ page: "spec/a.md", line: 3 }]);
  });

  it("accepts a current embed of a valid envelope and names the schema it was validated against", () => {
    const root = fixtureWithEmbeds({ "spec/a.md": `# A\n\n${embedBlock(`${FIXTURE_VECTOR}#/calls/0/input/envelope`)}` });
    const r = checkExamples(root, [join(root, "spec/a.md")]);
    expect(r.problems).toEqual([]);
    expect(r.embeds).toEqual([expect.objectContaining({ pointer: "/calls/0/input/envelope", schema: "tool-call-attestation.schema.json" })]);
  });

  it("fails a stale embed", () => {
    const root = fixtureWithEmbeds({ "spec/a.md": `# A\n\n${embedBlock(`${FIXTURE_VECTOR}#/calls/0/input/envelope`)}` });
    const path = join(root, "spec/a.md");
    writeFileSync(path, readFileSync(path, "utf8").replace('"alg": "ES256"', '"alg": "ES384"'));
    expect(checkExamples(root, [path]).problems).toEqual([expect.stringMatching(/^spec\/a\.md: an embedded example is stale/)]);
  });

  it("fails an embedded value that breaks its schema", () => {
    const vector = JSON.parse(readFileSync(join(ROOT, FIXTURE_VECTOR), "utf8")) as { id: string; calls: { input: { envelope: Record<string, unknown> } }[] };
    vector.id = "tool-call-attestation/broken-example";
    delete vector.calls[0]!.input.envelope["signature"];
    const file = "conformance/vectors/tool-call-attestation/broken-example.json";
    const root = fixtureWithEmbeds({ "spec/a.md": `# A\n\n${embedBlock(`${file}#/calls/0/input/envelope`)}` }, { [file]: JSON.stringify(vector) });
    const problems = checkExamples(root, [join(root, "spec/a.md")]).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/embed .*broken-example\.json#\/calls\/0\/input\/envelope: does not validate against tool-call-attestation\.schema\.json/);
  });

  it("validates a schema's examples entry against the subschema that carries it", () => {
    const schema = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://mcp-trust.org/schemas/v1/fixture-example.schema.json",
      title: "FixtureExample",
      type: "object",
      required: ["n"],
      properties: { n: { type: "integer" } },
      examples: [{ n: 1 }, { n: "one" }],
    };
    const extra = { "schemas/fixture-example.schema.json": JSON.stringify(schema) };
    const good = fixtureWithEmbeds({ "spec/a.md": `# A\n\n${embedBlock("schemas/fixture-example.schema.json#/examples/0")}` }, extra);
    expect(checkExamples(good, [join(good, "spec/a.md")]).problems).toEqual([]);
    const bad = fixtureWithEmbeds({ "spec/a.md": `# A\n\n${embedBlock("schemas/fixture-example.schema.json#/examples/1")}` }, extra);
    expect(checkExamples(bad, [join(bad, "spec/a.md")]).problems).toEqual([expect.stringMatching(/does not validate against fixture-example\.schema\.json/)]);
  });

  it("fails an embed whose member has no schema", () => {
    const root = fixtureWithEmbeds({ "spec/a.md": `# A\n\n${embedBlock(`${FIXTURE_VECTOR}#/calls/0/expected`)}` });
    expect(checkExamples(root, [join(root, "spec/a.md")]).problems).toEqual([expect.stringMatching(/no schema is known for this member/)]);
  });
});

describe("links between pages", () => {
  const pages = {
    "spec/README.md": "# Spec\n\n- [a](a.md)\n- [b](b.md#second-section)\n",
    "spec/a.md": "# A\n\nSee [the envelope schema](../schemas/tool-call-attestation.schema.json), its [digest](../schemas/common.schema.json#/$defs/digest) and the [vectors](../conformance/vectors/tool-call-attestation/).\n",
    "spec/b.md": "# B\n\n## First section\n\n## Second section\n\nBack to [A](a.md) and [here](#first-section).\n",
  };
  const build = (extra: Record<string, string>) => {
    const root = siteFixture({ ...pages, ...extra });
    return { root, ...assemble({ root, srcDir: join(root, "site-src"), entryPoints: [], home: HOME }) };
  };

  it("maps repository links to site pages and finds no problem when everything resolves", () => {
    const { problems, pages: out } = build({});
    expect(problems).toEqual([]);
    expect(out.get("spec/a.md")).toContain("(../schemas/tool-call-attestation.md)");
    expect(out.get("spec/a.md")).toContain("(../schemas/common.md#defs-digest)");
    expect(out.get("spec/a.md")).toContain("(../conformance/vectors/tool-call-attestation.md)");
    expect(out.get("spec/index.md")).toContain("[b](b.md#second-section)");
  });

  it("fails a link to an anchor that does not exist", () => {
    const { problems } = build({ "spec/c.md": "# C\n\nSee [nowhere](b.md#third-section).\n" });
    expect(problems).toEqual(["spec/c.md:3: link b.md#third-section: no anchor #third-section in spec/b.md"]);
  });

  it("fails a link to a file that does not exist", () => {
    const { problems } = build({ "spec/c.md": "# C\n\nSee [gone](missing.md).\n" });
    expect(problems).toEqual([expect.stringMatching(/^spec\/c\.md:3: link missing\.md \(spec\/missing\.md\) does not exist$/)]);
  });

  it("fails a link into a schema definition that does not exist", () => {
    const { problems } = build({ "spec/c.md": "# C\n\n[x](../schemas/common.schema.json#/$defs/nope)\n" });
    expect(problems).toEqual(["spec/c.md:3: link ../schemas/common.md#defs-nope: no anchor #defs-nope in schemas/common.md"]);
  });

  it("turns a link to source code, which the site does not publish, into its text", () => {
    const { problems, pages: out } = build({ "spec/c.md": "# C\n\nThe [schemas folder tests](../schemas/schemas.test.ts).\n", "schemas/schemas.test.ts": "" });
    expect(problems).toEqual([]);
    expect(out.get("spec/c.md")).toContain("The schemas folder tests.");
  });

  it("makes the CLI exit 1 with the problem listed", () => {
    const root = siteFixture({ ...pages, "spec/c.md": "# C\n\nSee [nowhere](b.md#third-section).\n" });
    const out = mkdtempSync(join(tmpdir(), "mcp-trust-site-out-"));
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "tools/site/build.ts"), "--root", root, "--out", join(out, "site"), "--no-conformance-run"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("the spec site did not build: 1 problem(s)");
    expect(run.stderr).toContain("spec/c.md:3: link b.md#third-section: no anchor #third-section in spec/b.md");
  });
});

describe("reason definitions", () => {
  it("links each code of the registry table to a permalinked definition", () => {
    const source: SourcePage = { src: "spec/reasons.md", page: "spec/reasons.md" };
    const text = "# Reasons\n\n| reason | HTTP | meaning | checked at |\n| --- | --- | --- | --- |\n| `nonce_replay` | 401 | replayed | [nonce consumption](../README.md) |\n";
    const r = routes({ root: ROOT, sources: [source], schemaFiles: [], vectorSuites: new Map(), entryPoints: new Map() });
    const out = transformPage({ source, text, routes: r, embeds: [], sketchLines: [], reasons: [{ code: "nonce_replay", status: 401, description: "The nonce was used." }] });
    expect(out.problems).toEqual([]);
    expect(out.text).toContain("| [`nonce_replay`](#reason-nonce_replay) | 401 |");
    expect(out.text).toContain("### `nonce_replay` {#reason-nonce_replay}");
    expect(out.text).toContain("**HTTP 401** · checked at [nonce consumption](../index.md)");
    expect(anchors(out.text)).toContain("reason-nonce_replay");
  });

  it("reports a registered reason missing from the table", () => {
    const source: SourcePage = { src: "spec/reasons.md", page: "spec/reasons.md" };
    const r = routes({ root: ROOT, sources: [source], schemaFiles: [], vectorSuites: new Map(), entryPoints: new Map() });
    const out = transformPage({ source, text: "# Reasons\n", routes: r, embeds: [], sketchLines: [], reasons: [{ code: "expired", status: 401, description: "" }] });
    expect(out.problems).toEqual(["spec/reasons.md: reason expired of reason.schema.json has no row in the table"]);
  });
});

describe("the built HTML", () => {
  it("reports a missing file and a missing anchor, and accepts links that resolve", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcp-trust-site-html-"));
    mkdirSync(join(dir, "spec"));
    writeFileSync(join(dir, "index.html"), `<a href="/spec/a.html#x">ok</a><a href="spec/a.html#y">no anchor</a><a href="/gone.html">gone</a><a href="https://example.org/">external</a>`);
    writeFileSync(join(dir, "spec", "a.html"), `<h2 id="x">X</h2><a href="../index.html">up</a><a href="#x">self</a>`);
    expect(checkSiteLinks(dir)).toEqual([
      { page: "index.html", href: "spec/a.html#y", why: "no anchor #y in spec/a.html" },
      { page: "index.html", href: "/gone.html", why: "no file gone.html" },
    ]);
  });
});

describe("Markdown helpers", () => {
  it("numbers repeated headings, honours {#id} and ignores headings in code", () => {
    const ids = anchors("# T\n\n## Same\n\n## Same\n\n### `code_name` {#custom}\n\n```md\n## Not a heading\n```\n");
    expect([...ids]).toEqual(["t", "same", "same-1", "custom"]);
  });

  it("rewrites link targets outside code only, and can drop a link to its text", () => {
    const text = "[a](x.md) `[b](y.md)`\n```\n[c](z.md)\n```\n[d](w.md)";
    expect(rewriteLinks(text, (t) => (t === "w.md" ? null : `new-${t}`))).toBe("[a](new-x.md) `[b](y.md)`\n```\n[c](z.md)\n```\nd");
  });
});

describe("schema pages", () => {
  const load = (f: string) => JSON.parse(readFileSync(join(ROOT, "schemas", f), "utf8")) as Record<string, unknown>;
  const titles = new Map([["common.schema.json", "Common"], ["reason.schema.json", "Reason"]]);

  it("show a field table with types, required flags, constraints and definitions", () => {
    const page = schemaPage({ file: "tool-call-attestation.schema.json", schema: load("tool-call-attestation.schema.json"), titles });
    expect(page).toContain("| field | type | required | constraints | description |");
    expect(page).toMatch(/\| `issuerAsserted` \| \[issuerAsserted\]\(#defs-issuerasserted\) \| \*\*yes\*\* \|/);
    expect(page).toContain("### `issuerAsserted` (IssuerAsserted) {#defs-issuerasserted}");
    expect(page).toContain('<a href="/schemas/tool-call-attestation.schema.json" target="_self">raw JSON</a>');
    expect(page).toContain("No members other than these are allowed.");
  });

  it("show an enumeration as a value table", () => {
    const page = schemaPage({ file: "reason.schema.json", schema: load("reason.schema.json"), titles });
    expect(page).toContain("| value | constraints | description |");
    expect(page).toMatch(/\| `"nonce_replay"` \| HTTP 401 \|/);
  });

  it("link the spec sections their descriptions name, outside code", () => {
    expect(linkSpecRefs("see spec/gateway-decision.md#policy and `spec/x.md`")).toBe("see [spec/gateway-decision.md#policy](../spec/gateway-decision.md#policy) and `spec/x.md`");
  });

  it("escape HTML and mustaches outside code spans, and pipes everywhere", () => {
    expect(cell("a <b> {{x}} `<c>|d` e|f")).toBe("a &lt;b&gt; &#123;&#123;x}} `<c>\\|d` e\\|f");
  });
});
