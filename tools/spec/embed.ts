// Fills the code block after each `<!-- embed: FILE#POINTER [as hex-text] -->` marker in spec/*.md with the value from a
// vector or schema file, so no example in the spec is hand-pasted. `--check` fails when a block is stale or a target
// does not resolve.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MARKER = /<!-- embed: ([^#\s]+)#(\S*)(?: as (hex-text))? -->\n```(json|text)\n[\s\S]*?```/g;

function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let at: unknown = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, token)) throw new Error(`pointer ${pointer} does not resolve`);
    at = (at as Record<string, unknown>)[token];
  }
  return at;
}

/** Returns the spec text with every embed block filled in. */
export function fillEmbeds(text: string, base = root): string {
  return text.replace(MARKER, (_m, file: string, pointer: string, as: string | undefined, lang: string) => {
    const value = resolvePointer(JSON.parse(readFileSync(join(base, file), "utf8")), pointer);
    const body = as === "hex-text" ? Buffer.from(String(value), "hex").toString("utf8") : JSON.stringify(value, null, 2);
    return `<!-- embed: ${file}#${pointer}${as === undefined ? "" : ` as ${as}`} -->\n\`\`\`${lang}\n${body}\n\`\`\``;
  });
}

export function specFiles(base = root): string[] {
  return readdirSync(join(base, "spec")).filter((f) => f.endsWith(".md")).map((f) => join(base, "spec", f));
}

function main(): number {
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  for (const f of specFiles()) {
    const text = readFileSync(f, "utf8");
    const filled = fillEmbeds(text);
    if (filled === text) continue;
    stale.push(f);
    if (!check) writeFileSync(f, filled);
  }
  if (check && stale.length > 0) {
    process.stderr.write(`spec examples are stale; run npm run spec:embed:\n  ${stale.join("\n  ")}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
