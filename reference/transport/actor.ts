/**
 * The actor check (spec/transport-headers.md#mcp-actor): a declared actor must be the subject some verified evidence
 * speaks for — the leaf capability token's `sub` when a chain was verified, else the verified agent identity. An actor
 * that nothing verified vouches for is refused, so the header cannot be used to put a name in the audit log.
 */
import { McpTrustError } from "../common/errors.js";

export interface ActorEvidence {
  /** `sub` of the verified leaf capability token. */
  capTokenSubject?: string | undefined;
  /** `agentId` of the verified agent identity. */
  agentId?: string | undefined;
}

/** Throws `actor_mismatch` when `actorId` is present and differs from what the verified evidence names (or nothing does). */
export function checkActor(actorId: string | undefined, evidence: ActorEvidence): void {
  if (actorId === undefined) return;
  const expected = evidence.capTokenSubject ?? evidence.agentId;
  if (expected === undefined) throw new McpTrustError("actor_mismatch", "an actor is declared but no verified evidence names one");
  if (actorId !== expected) throw new McpTrustError("actor_mismatch", "the declared actor is not the one the verified evidence names");
}
