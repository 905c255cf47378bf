import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { splitCommand } from "./adapter.js";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { toHtml } from "./html.js";
import { toJunit } from "./junit.js";
import { applyExpectedFailures, formatTable, runSuite, writeReport } from "./run.js";
import { loadTraceability } from "./traceability.js";
import { defaultConformanceDir, loadSuite } from "./suite.js";

/**
 * The reference CLI as an adapter: the compiled bin beside this runner in dist/, or, when the runner itself runs from
 * source (`npx tsx bin/mcp-trust.ts conformance`), the source bin through tsx.
 */
export function defaultAdapter(here = dirname(fileURLToPath(import.meta.url))): string[] {
  const compiled = join(here, "..", "..", "bin", "mcp-trust.js");
  const source = join(here, "..", "..", "bin", "mcp-trust.ts");
  if (!existsSync(compiled) && existsSync(source)) return [process.execPath, "--import", "tsx", source];
  return [process.execPath, compiled];
}

/** `mcp-trust conformance`: runs the suite against an adapter; exit 0 only when every vector gives its expected result. */
export async function conformanceCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      adapter: { type: "string" },
      suite: { type: "string" },
      "report-json": { type: "string" },
      "report-html": { type: "string" },
      junit: { type: "string" },
      "expected-failures": { type: "string" },
      "timeout-ms": { type: "string", default: "10000" },
      concurrency: { type: "string", default: "4" },
      vectors: { type: "string" },
    },
  });
  const root = values.vectors ?? defaultConformanceDir();
  let suite: ReturnType<typeof loadSuite>;
  try {
    suite = loadSuite(root, values.suite?.split(","));
  } catch (e) {
    process.stderr.write(`mcp-trust conformance: ${(e as Error).message}\n`);
    return 2;
  }
  const expected: Record<string, string> =
    values["expected-failures"] === undefined ? {} : (JSON.parse(readFileSync(values["expected-failures"], "utf8")) as Record<string, string>);
  const adapter = values.adapter === undefined ? defaultAdapter() : splitCommand(values.adapter);
  const tty = process.stderr.isTTY === true;
  const report = await runSuite(suite, {
    adapter,
    timeoutMs: Number(values["timeout-ms"]),
    concurrency: Number(values.concurrency),
    onProgress: (done, total) => {
      if (tty) process.stderr.write(`\r${done}/${total} vectors`);
      else if (done % 25 === 0 || done === total) process.stderr.write(`${done}/${total} vectors\n`);
    },
  });
  if (tty) process.stderr.write("\n");
  const problems = applyExpectedFailures(report, expected);
  process.stdout.write(`${formatTable(report)}\n`);
  for (const p of problems) process.stdout.write(`ERROR ${p}\n`);
  if (values["report-json"] !== undefined) writeReport(values["report-json"], report);
  if (values.junit !== undefined) writeFileSync(values.junit, toJunit(report));
  if (values["report-html"] !== undefined) writeFileSync(values["report-html"], toHtml(report, { traceability: loadTraceability(root) }));
  return report.totals.failed === 0 && report.vectors.length > 0 ? 0 : 1;
}
