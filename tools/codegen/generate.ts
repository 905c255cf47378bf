/**
 * Schema → generated/ pipeline. Run as `npm run generate` (writes generated/) or
 * `npm run generate -- --check` (regenerates in memory, byte-compares, exits 1 on drift).
 * `--root DIR` points it at another checkout (used by the tests with a temp copy).
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildOutputs } from "./outputs.js";
import { checkOutputs, writeOutputs } from "./disk.js";

export interface CliOptions {
  readonly root: string;
  readonly check: boolean;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let root = process.cwd();
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") continue;
    if (a === "--check") check = true;
    else if (a === "--root") {
      const v = argv[++i];
      if (v === undefined) throw new Error("--root needs a directory");
      root = v;
    } else if (a !== undefined && a.startsWith("--root=")) root = a.slice("--root=".length);
    else throw new Error(`unknown argument: ${a}`);
  }
  return { root: resolve(root), check };
}

/** Runs the generator; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const opts = parseArgs(argv);
  const outputs = await buildOutputs(opts.root);
  if (opts.check) {
    const problems = checkOutputs(opts.root, outputs);
    for (const p of problems) console.error(`${p.kind}: ${p.path}`);
    if (problems.length > 0) {
      console.error(`generated/ is out of date (${problems.length} file(s)); run \`npm run generate\`.`);
      return 1;
    }
    console.log(`generated/ is up to date (${outputs.size} files).`);
    return 0;
  }
  const { written, removed } = writeOutputs(opts.root, outputs);
  for (const p of written) console.log(`wrote ${p}`);
  for (const p of removed) console.log(`removed ${p}`);
  console.log(`generated/: ${outputs.size} files (${written.length} written, ${removed.length} removed).`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exitCode = 2;
    },
  );
}
