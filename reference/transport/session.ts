/**
 * The session check (spec/transport-headers.md#mcp-agent-session): verified evidence bound to a session (a `sid`
 * claim in the leaf capability token or the identity credential) may only be used in that session. A request that
 * declares no session counts as another session, or stripping the session would lift the binding.
 */
import { McpTrustError } from "../common/errors.js";

/** Throws `session_mismatch` unless `sessionId` equals every defined `sid` of verified evidence. */
export function checkSession(sessionId: string | undefined, boundSessions: readonly (string | undefined)[]): void {
  for (const sid of boundSessions) {
    if (sid === undefined) continue;
    if (sessionId === undefined) throw new McpTrustError("session_mismatch", "the evidence is bound to a session and the request declares none");
    if (sid !== sessionId) throw new McpTrustError("session_mismatch", "the evidence is bound to another session");
  }
}
