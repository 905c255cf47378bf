// The second lock: a tool handler that checks it runs with exactly the arguments the middleware verified.
import { AsyncLocalStorage } from "node:async_hooks";
import { McpError, type RequestId } from "@modelcontextprotocol/sdk/types.js";
import { TRUST_ERROR_CODE, type Reason } from "../../generated/constants.js";
import type { Decision } from "../enforce/decision.js";
import { canonicalString } from "../common/jcs.js";
import type { JsonValue } from "../common/strict-json.js";

/** What the middleware allowed for one `tools/call`, visible to the handler that request starts. */
export interface VerifiedCall {
  readonly requestId: RequestId;
  readonly tool: string;
  /**
   * RFC 8785 text of the verified arguments. A string, not the object: nothing the SDK or a handler does to the
   * object it was given can change what the guard compares against.
   */
  readonly argumentsCanonical: string;
  readonly decision: Decision;
  /** Set by the guard when it refuses; the protected transport then answers with the trust error instead. */
  refusal?: { reason: Reason; message: string };
}

/**
 * The protected transport forwards an allowed request to the SDK inside `run(call, …)`. The SDK starts the handler
 * from a promise chain created synchronously in that call (shared/protocol.js `_onrequest`), so the handler sees
 * this call's context, and only this call's: a key such as the request id alone would collide across HTTP
 * sessions and across stdio connections in one process.
 */
export const verifiedCalls = new AsyncLocalStorage<VerifiedCall>();

/** The verified call the current handler runs for, if it was started by a protected transport. */
export function currentVerifiedCall(): VerifiedCall | undefined {
  return verifiedCalls.getStore();
}

interface ExtraLike {
  requestId: RequestId;
}

function refuse(call: VerifiedCall | undefined, requestId: RequestId | null, message: string): never {
  const reason: Reason = "args_commitment_mismatch";
  if (call !== undefined) call.refusal = { reason, message };
  throw new McpError(TRUST_ERROR_CODE, message, { reason, requestId });
}

function check(args: unknown, extra: ExtraLike | undefined, hasArgs: boolean): void {
  const call = verifiedCalls.getStore();
  const requestId = extra?.requestId ?? null;
  if (call === undefined || call.requestId !== requestId) {
    refuse(undefined, requestId, "this tool call did not pass through the mcp-trust middleware");
  }
  if (!hasArgs) return; // a tool without an input schema is never given the arguments, so none can differ
  let actual: string | undefined;
  try {
    actual = canonicalString(args as JsonValue);
  } catch {
    actual = undefined; // not JSON any more (e.g. a transform produced a Date): cannot be what was verified
  }
  if (actual !== call.argumentsCanonical) refuse(call, requestId, "the handler's arguments differ from the verified arguments");
}

/**
 * Wraps an `McpServer.registerTool` callback so that it runs only for a call the protected transport allowed, and
 * only with arguments canonically equal (RFC 8785) to the verified ones — the SDK's input parsing (zod defaults,
 * stripped unknown members, transforms, coercion) must not change what the attestation committed to. On a
 * difference it throws an `McpError` with code -31000 and reason `args_commitment_mismatch`; McpServer turns any
 * thrown error into an `isError` result (server/mcp.js, CallToolRequestSchema handler), so the protected
 * transport replaces that result with the JSON-RPC trust error for the request.
 *
 * @example
 * ```ts
 * server.registerTool("delete_file", { inputSchema: { path: z.string() } },
 *   guardToolArguments(async ({ path }) => ({ content: [{ type: "text", text: `deleted ${path}` }] })));
 * ```
 */
export function guardToolArguments<H extends (...a: never[]) => unknown>(handler: H): H;
export function guardToolArguments(handler: (...a: unknown[]) => unknown): (...a: unknown[]) => unknown {
  // McpServer calls handler(args, extra) for a tool with an input schema and handler(extra) without one
  // (server/mcp.js executeToolHandler); the arity of the call tells them apart.
  return (...a: unknown[]) => {
    const hasArgs = a.length >= 2;
    check(hasArgs ? a[0] : undefined, (hasArgs ? a[1] : a[0]) as ExtraLike | undefined, hasArgs);
    return handler(...a);
  };
}
