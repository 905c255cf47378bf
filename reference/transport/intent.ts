/**
 * The intent check (spec/transport-headers.md#mcp-agent-intent). An intent is the agent's own declaration, not
 * authority: it can only narrow. A call outside the declared scope is not refused outright but answered with a
 * challenge (`intent_out_of_scope`), so the agent can restate what it is doing.
 */
import { McpTrustError } from "../common/errors.js";
import { isScopeList, scopeCoversCall } from "./scope.js";

export interface AgentIntent {
  purpose: string;
  scope: readonly string[];
}

/** Throws `intent_out_of_scope` when an intent is present and its scope does not cover a `tools/call` of `tool`. */
export function checkIntent(intent: AgentIntent | undefined, tool: string): void {
  if (intent === undefined) return;
  // The schema has already refused a malformed scope; this keeps the function safe on its own.
  if (!isScopeList(intent.scope)) throw new McpTrustError("envelope_malformed", "the intent's scope is not 1..32 distinct scope entries");
  if (!scopeCoversCall(intent.scope, tool)) {
    throw new McpTrustError("intent_out_of_scope", `the declared intent does not cover tools/call:${tool}`);
  }
}
