import { REASON_HTTP_STATUS, TRUST_ERROR_CODE, type Reason } from "../../generated/constants.js";

export type { Reason };

/**
 * The one error class of mcp-trust. Every refusal carries a `reason` from the closed registry
 * (spec/reasons.md); callers and tests branch on `reason`, never on `message`.
 *
 * @example
 * ```ts
 * try { readStrictJson(bytes) } catch (e) { if (e instanceof McpTrustError) console.log(e.reason, e.pointer) }
 * ```
 */
export class McpTrustError extends Error {
  override readonly name = "McpTrustError";
  readonly reason: Reason;
  /** RFC 6901 pointer to the offending member, when one can be named. */
  readonly pointer: string | undefined;

  constructor(reason: Reason, message: string, options: { pointer?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.pointer = options.pointer;
  }

  /** The HTTP status the common profile maps this reason to (400, 401 or 403). */
  get httpStatus(): number {
    return REASON_HTTP_STATUS[this.reason];
  }

  /** The JSON-RPC error object for this refusal (schemas/error.schema.json). */
  toJsonRpcError(requestId?: string | number | null): {
    code: number;
    message: string;
    data: { reason: Reason; requestId?: string | number | null; pointer?: string };
  } {
    const data: { reason: Reason; requestId?: string | number | null; pointer?: string } = { reason: this.reason };
    if (requestId !== undefined) data.requestId = requestId;
    if (this.pointer !== undefined) data.pointer = this.pointer;
    return { code: TRUST_ERROR_CODE, message: this.message, data };
  }
}

/** Appends one reference token to an RFC 6901 pointer, escaping `~` and `/`. */
export function pointerAppend(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
