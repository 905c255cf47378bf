import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTraceability, loadTraceability, normativeStatements } from "./traceability.js";
import { defaultConformanceDir, loadSuite } from "./suite.js";

const SPEC = join(defaultConformanceDir(), "..", "spec");

describe("normative statement extraction", () => {
  it("finds each sentence with a key word, by section, outside code and tables", () => {
    const md = "# T\n\n## Rules\n\nA verifier MUST do a. It may do b. A signer SHOULD NOT do c.\n\n| x | MUST |\n\n```\nMUST\n```\n\n- item one MUST hold\n";
    expect(normativeStatements("t", md)).toEqual([
      { section: "t#rules", text: "A verifier MUST do a." },
      { section: "t#rules", text: "A signer SHOULD NOT do c." },
      { section: "t#rules", text: "item one MUST hold" },
    ]);
  });

  it("reports unmapped statements, wrong quotes, unknown and orphan vectors, wrong polarity", () => {
    const drafts = { t: "## Rules\n\nA verifier MUST refuse x. A verifier MUST accept y.\n" };
    const traces = [
      {
        spec: "t",
        requirements: [
          { id: "t#rules/x", level: "MUST" as const, text: "MUST refuse x", positive: ["s/ok"], negative: ["s/ok"] },
          { id: "t#rules/z", level: "MUST" as const, text: "MUST refuse z", positive: ["s/nope"], negative: ["s/bad"] },
        ],
      },
    ];
    const vectors = [
      { id: "s/ok", accepts: true, rejects: false },
      { id: "s/bad", accepts: false, rejects: true },
      { id: "s/orphan", accepts: true, rejects: false },
    ];
    const problems = checkTraceability(drafts, traces, vectors);
    expect(problems.some((p) => p.startsWith("unmapped: t#rules") && p.includes("accept y"))).toBe(true);
    expect(problems.some((p) => p.includes("t#rules/z: no such statement"))).toBe(true);
    expect(problems.some((p) => p.includes("unknown vector s/nope"))).toBe(true);
    expect(problems.some((p) => p.includes("negative vector s/ok rejects no call"))).toBe(true);
    expect(problems).toContain("orphan vector: s/orphan is named by no requirement");
  });
});

describe("this repository's traceability", () => {
  it("maps every MUST, MUST NOT and SHOULD of every draft, and names every vector", () => {
    const drafts = Object.fromEntries(
      readdirSync(SPEC)
        .filter((f) => f.endsWith(".md") && f !== "README.md")
        .map((f) => [f.replace(/\.md$/, ""), readFileSync(join(SPEC, f), "utf8")]),
    );
    const vectors = loadSuite().vectors.map((v) => ({
      id: v.vector.id,
      accepts: v.vector.calls.some((c) => c.expected.verdict === "accept"),
      rejects: v.vector.calls.some((c) => c.expected.verdict === "reject"),
    }));
    expect(checkTraceability(drafts, loadTraceability(defaultConformanceDir()), vectors)).toEqual([]);
  });
});
