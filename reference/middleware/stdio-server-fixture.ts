// Test and demo fixture: the sample McpServer behind protectTransport over stdio, as a child process.
//
//   node --import tsx reference/middleware/stdio-server-fixture.ts policy.json
//
// The policy path is argv[2] or MCP_TRUST_POLICY. Optional environment:
//   MCP_TRUST_CALL_LOG      file that gets one JSON line per handler call ({tool, arguments}): proof a refused call
//                           never reached a handler, readable from the parent process
//   MCP_TRUST_DECISION_LOG  file that gets one JSON line per decision
//   MCP_TRUST_REPLAY_STORE  "failing": a replay store whose consume always throws (to exercise failureMode)
//   MCP_TRUST_STDIO         "strict": StrictStdioServerTransport (every frame read by the strict reader) instead of
//                           the SDK's StdioServerTransport
// Not part of the library's API. stdout is the MCP channel: nothing else may be written there.
import { appendFileSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createSampleServer, type CallLog } from "../demo/sample-server.js";
import { Enforcer } from "../enforce/enforcer.js";
import { loadPolicy } from "../enforce/policy.js";
import type { ReplayStore } from "../common/replay.js";
import { protectTransport } from "./protect-transport.js";
import { StrictStdioServerTransport } from "./strict-stdio.js";

/** A replay store that is down: every consume throws, as an unreachable Redis would. */
export const failingReplayStore: ReplayStore = {
  consume() {
    throw new Error("replay store is down (fixture)");
  },
};

/** A call log whose every entry is also appended to `path` as a JSON line. */
function fileCallLog(path: string | undefined): CallLog {
  const calls: CallLog["calls"] = [];
  if (path === undefined) return { calls };
  calls.push = (...items) => {
    for (const item of items) appendFileSync(path, `${JSON.stringify(item)}\n`);
    return Array.prototype.push.apply(calls, items);
  };
  return { calls };
}

export async function main(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const policyPath = argv[0] ?? env["MCP_TRUST_POLICY"];
  if (policyPath === undefined) throw new Error("usage: stdio-server-fixture <policy.json> (or MCP_TRUST_POLICY)");
  const policy = loadPolicy(JSON.parse(readFileSync(policyPath, "utf8")));
  const enforcer = new Enforcer(policy, env["MCP_TRUST_REPLAY_STORE"] === "failing" ? { replayStore: failingReplayStore } : {});
  const decisionLog = env["MCP_TRUST_DECISION_LOG"];
  const { server } = createSampleServer(fileCallLog(env["MCP_TRUST_CALL_LOG"]));
  const onDecision = decisionLog === undefined ? undefined : (d: unknown) => appendFileSync(decisionLog, `${JSON.stringify(d)}\n`);
  const transport = env["MCP_TRUST_STDIO"] === "strict" ? new StrictStdioServerTransport(process.stdin, process.stdout, onDecision === undefined ? {} : { onDecision }) : new StdioServerTransport();
  await server.connect(
    protectTransport(transport, {
      enforcer,
      ...(onDecision === undefined ? {} : { onDecision }),
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`stdio-server-fixture: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
