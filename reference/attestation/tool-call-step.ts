import { McpTrustError } from "../common/errors.js";
import type { AttestationEnvelope, ToolCallView } from "./envelope.js";

/**
 * Step 9: the entry for this server (exact string comparison of `serverFingerprint`), then the tool name.
 * An envelope may name several servers; each server checks only its own entries.
 */
export function matchToolCall(envelope: AttestationEnvelope, serverFingerprint: string, toolName: string): ToolCallView {
  const mine = envelope.toolCalls.filter((tc) => tc.serverFingerprint === serverFingerprint);
  if (mine.length === 0) {
    throw new McpTrustError("server_mismatch", "no toolCalls entry names this server", { pointer: "/payloadDerived/toolCalls" });
  }
  const entry = mine.find((tc) => tc.name === toolName);
  if (entry === undefined) {
    throw new McpTrustError("tool_mismatch", `the entry for this server does not name tool ${JSON.stringify(toolName)}`, {
      pointer: `${mine[0]!.pointer}/name`,
    });
  }
  return entry;
}
