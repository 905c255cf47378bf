import type { RunReport, VectorResult } from "./run.js";
import type { Traceability } from "./traceability.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface HtmlOptions {
  /** How a spec reference `<draft>#<anchor>` becomes a link; default `../spec/<draft>.md#<anchor>`. */
  specLink?: (draft: string, anchor: string) => string;
  traceability?: Traceability[];
}

function status(v: VectorResult | undefined): string {
  if (v === undefined) return `<td class="miss">missing</td>`;
  if (v.status === "pass" && v.expectedFailure === undefined) return `<td class="pass">pass</td>`;
  if (v.status === "fail" && v.expectedFailure !== undefined) return `<td class="xfail" title="${esc(v.expectedFailure)}">expected failure</td>`;
  return `<td class="fail">fail</td>`;
}

/** A self-contained HTML page: per requirement (when traceability is given) and per vector, with links to the spec. */
export function toHtml(report: RunReport, options: HtmlOptions = {}): string {
  const link = options.specLink ?? ((d, a) => `../spec/${d}.md#${a}`);
  const specRef = (ref: string) => {
    const [draft, anchor] = ref.split("#") as [string, string];
    return `<a href="${esc(link(draft, anchor))}">${esc(ref)}</a>`;
  };
  const byId = new Map(report.vectors.map((v) => [v.id, v]));
  const vecLink = (id: string) => `<a href="#v-${esc(id.replace("/", "--"))}">${esc(id.split("/")[1]!)}</a>`;
  const reqRows = (options.traceability ?? []).flatMap((t) =>
    t.requirements.map((r) => {
      const vs = [...(r.positive ?? []), ...(r.negative ?? [])].map((id) => byId.get(id));
      const ok = r.excluded !== undefined || vs.every((v) => v !== undefined && (v.status === "pass" || v.expectedFailure !== undefined));
      const cover = r.excluded !== undefined ? `excluded: ${esc(r.excluded)}` : `+ ${(r.positive ?? []).map(vecLink).join(", ")}<br>− ${(r.negative ?? []).map(vecLink).join(", ")}`;
      return `<tr><td>${specRef(r.id.split("/")[0]!)}</td><td>${esc(r.level)}</td><td>${esc(r.text)}</td><td>${cover}</td><td class="${ok ? "pass" : "fail"}">${ok ? "pass" : "fail"}</td></tr>`;
    }),
  );
  const vecRows = report.vectors.map((v) => {
    const problem = v.calls.find((c) => !c.ok)?.problem ?? "";
    return `<tr id="v-${esc(v.id.replace("/", "--"))}"><td>${esc(v.id)}</td><td>${esc(v.category)}</td><td>${specRef(v.spec)}</td><td>${esc(v.description)}</td>${status(v)}<td>${esc(problem)}</td></tr>`;
  });
  const t = report.totals;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>mcp-trust conformance report</title>
<style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif}body{margin:2rem;max-width:80rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #8884;padding:.3rem .5rem;vertical-align:top;text-align:left}
.pass{color:#1a7f37}.fail{color:#cf222e;font-weight:bold}.xfail{color:#9a6700}.miss{color:#cf222e}code{font-size:.9em}
</style></head><body>
<h1>mcp-trust conformance report</h1>
<p>Suite <code>${esc(report.suiteVersion)}</code>, set hash <code>${esc(report.setHash)}</code>.<br>
Adapter <code>${esc(report.adapter)}</code>, run ${esc(report.startedAt)} in ${report.durationMs} ms.</p>
<p><strong>${t.passed} passed, ${t.failed} failed${t.expectedFailures ? `, ${t.expectedFailures} expected failures` : ""}</strong> of ${report.vectors.length} vectors.</p>
${reqRows.length > 0 ? `<h2 id="requirements">Requirements</h2>\n<table><thead><tr><th>section</th><th>level</th><th>requirement</th><th>vectors</th><th>result</th></tr></thead><tbody>\n${reqRows.join("\n")}\n</tbody></table>` : ""}
<h2 id="vectors">Vectors</h2>
<table><thead><tr><th>vector</th><th>category</th><th>spec</th><th>description</th><th>result</th><th>problem</th></tr></thead><tbody>
${vecRows.join("\n")}
</tbody></table>
</body></html>
`;
}
