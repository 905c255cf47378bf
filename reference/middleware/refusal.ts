// The JSON-RPC error a refused tools/call gets, and the decision for a refusal found after the enforcer allowed.
import type { JSONRPCErrorResponse, RequestId } from "@modelcontextprotocol/sdk/types.js";
import { REASON_DESCRIPTIONS, TRUST_ERROR_CODE, type Reason } from "../../generated/constants.js";
import type { Decision } from "../enforce/decision.js";

/** `error.data` of a refusal (schemas/error.schema.json plus the decision, spec/gateway-decision.md). */
export interface TrustErrorData {
  reason: Reason;
  requestId: RequestId | null;
  decision: Decision;
  /** A fresh DID challenge, with decision `challenge` and reason `challenge_required`. */
  challenge?: string;
}

/**
 * The error response for a refused call. The message is the registry's fixed description of the reason, never the
 * verifier's detailed message: that can quote a replay store's error text or parts of the request, and the client
 * gets everything it can act on from `data.reason` and `data.decision`. No `data.pointer`: the verifier's pointers
 * are relative to the attestation or to params depending on the step, and a client could not tell which.
 */
export function trustErrorResponse(id: RequestId, decision: Decision, challenge?: string): JSONRPCErrorResponse {
  const reason = decision.reason ?? "request_malformed";
  const data: TrustErrorData = { reason, requestId: id, decision, ...(challenge === undefined ? {} : { challenge }) };
  return { jsonrpc: "2.0", id, error: { code: TRUST_ERROR_CODE, message: REASON_DESCRIPTIONS[reason].slice(0, 1024), data: data as unknown as Record<string, unknown> } };
}

/**
 * Turns the enforcer's allow into a deny at the arguments check, for a call refused later by the handler guard
 * (the SDK changed the arguments after verification). The nonce check stays `pass`: the nonce was consumed.
 */
export function refusedAfterAllow(allowed: Decision, reason: Reason): Decision {
  return {
    ...allowed,
    decision: "deny",
    agentId: null,
    operatorId: null,
    reason,
    expiresAt: null,
    checks: allowed.checks.map((c) => (c.name === "arguments" ? { name: c.name, result: "fail", reason } : c)),
  };
}
