import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fillEmbeds, specFiles } from "./embed.js";

describe("spec examples", () => {
  it.each(specFiles().map((f) => [f.split("/").pop()!, f]))("%s embeds current vector data", (_n, f) => {
    const text = readFileSync(f, "utf8");
    expect(fillEmbeds(text)).toBe(text);
  });

  it("fails on a pointer that does not resolve", () => {
    expect(() => fillEmbeds("<!-- embed: conformance/manifest.json#/nope -->\n```json\n```")).toThrow(/does not resolve/);
  });
});
