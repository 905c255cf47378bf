import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { verifyTransportCommand } from "./reference/cli/verify-transport.ts";

const dir = "conformance/vectors/transport-identity";
let pass = 0, fail = 0;
const realWrite = process.stdout.write.bind(process.stdout);
for (const f of readdirSync(dir).sort()) {
  const v = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const work = mkdtempSync(join(tmpdir(), "d1-"));
  const replay = join(work, "replay");
  let problems: string[] = [];
  for (const [i, c] of v.calls.entries()) {
    const inp = c.input;
    const w = (n: string, x: unknown) => { const p = join(work, `${i}-${n}.json`); writeFileSync(p, JSON.stringify(x)); return p; };
    const argv = ["--request", w("req", inp.request), "--policy", w("pol", inp.policy), "--now", inp.now];
    if (inp.headers !== undefined) argv.push("--headers", w("hdr", inp.headers));
    if (inp.context !== undefined) argv.push("--context", w("ctx", inp.context));
    argv.push("--replay-dir", inp.replayStoreUnavailable ? "/proc/nonexistent/x" : replay);
    let out = "";
    (process.stdout as any).write = (s: string) => { out += s; return true; };
    let code: number;
    try { code = await verifyTransportCommand(argv); } catch (e) { code = 2; out += String(e); }
    finally { (process.stdout as any).write = realWrite; }
    let line: any = {};
    try { line = JSON.parse(out.trim().split("\n").pop()!); } catch { line = { raw: out }; }
    const e = c.expected;
    const bad = [];
    if (e.verdict !== undefined && line.verdict !== e.verdict) bad.push(`verdict ${line.verdict}≠${e.verdict}`);
    if (e.reason !== undefined && line.reason !== e.reason) bad.push(`reason ${line.reason}≠${e.reason}`);
    if (e.decision !== undefined && line.decision !== e.decision) bad.push(`decision ${line.decision}≠${e.decision}`);
    if (e.agentId !== undefined && line.agentId !== e.agentId) bad.push(`agentId ${line.agentId}≠${e.agentId}`);
    if (e.operatorId !== undefined && line.operatorId !== e.operatorId) bad.push(`operatorId ${line.operatorId}≠${e.operatorId}`);
    if (bad.length) problems.push(`call ${i}: ${bad.join(", ")} ${line.raw ?? ""}`);
  }
  rmSync(work, { recursive: true, force: true });
  if (problems.length) { fail++; console.log(`FAIL ${f}: ${problems.join(" | ")}`); } else pass++;
}
console.log(`pass ${pass} fail ${fail}`);
