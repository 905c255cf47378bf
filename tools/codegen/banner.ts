/** Banner placed at the top of every generated file. */

export const GENERATE_COMMAND = "npm run generate";

/** A `//`-style DO-NOT-EDIT banner naming the source schema file(s). */
export function tsBanner(sources: readonly string[]): string {
  const src = sources.length === 1 ? sources[0] : sources.join(", ");
  return [
    "// DO NOT EDIT: this file is generated.",
    `// Source: ${src}`,
    `// Regenerate with \`${GENERATE_COMMAND}\` (check for drift with \`${GENERATE_COMMAND} -- --check\`).`,
  ].join("\n");
}

/** The same banner as a block comment (for json-schema-to-typescript's bannerComment). */
export function blockBanner(sources: readonly string[]): string {
  const src = sources.length === 1 ? sources[0] : sources.join(", ");
  return [
    "/* DO NOT EDIT: this file is generated.",
    ` * Source: ${src}`,
    ` * Regenerate with \`${GENERATE_COMMAND}\` (check for drift with \`${GENERATE_COMMAND} -- --check\`).`,
    " */",
  ].join("\n");
}
