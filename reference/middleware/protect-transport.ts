// Server middleware for @modelcontextprotocol/sdk: a Transport wrapper that decides every tools/call before the SDK
// sees it. The SDK (1.32) has no server-side middleware hook and a second setRequestHandler replaces the first, so
// the one public seam in front of the handlers is the Transport the server is connected to.
import type { Transport, TransportSendOptions } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage, MessageExtraInfo, RequestId } from "@modelcontextprotocol/sdk/types.js";
import { DECISION_META_KEY, type Decision } from "../enforce/decision.js";
import type { Enforcer, Enforcement, TransportInput } from "../enforce/enforcer.js";
import { canonicalString } from "../common/jcs.js";
import type { JsonValue } from "../common/strict-json.js";
import { verifiedCalls, type VerifiedCall } from "./guard.js";
import { refusedAfterAllow, trustErrorResponse } from "./refusal.js";
import { takeStrictContext } from "./strict-read.js";

export interface ProtectOptions {
  enforcer: Enforcer;
  /** Every decision: allow and deny, and the deny of a call the handler guard refused after an allow. */
  onDecision?: (decision: Decision) => void;
}

type OnMessage = NonNullable<Transport["onmessage"]>;
type Message = JSONRPCMessage & { id?: RequestId; method?: string; params?: unknown; result?: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

// Read by shape rather than with the SDK's zod guards: anything with method tools/call is ours to decide, even a
// request whose params the SDK would reject, so that nothing named tools/call reaches a handler undecided.
const isToolCall = (m: Message): boolean => m.method === "tools/call";
const hasId = (m: Message): m is Message & { id: RequestId } => typeof m.id === "string" || typeof m.id === "number";

/**
 * Wraps the transport a server is connected to. Every `tools/call` request is decided by `options.enforcer`
 * before the SDK sees it: a refusal is answered here with the JSON-RPC trust error (code -31000, `data.reason`,
 * `data.requestId`, `data.decision`) and never reaches a handler; an allowed request is forwarded with exactly the
 * params the enforcer verified, and its result gets `_meta["org.mcp-trust/decision"]`. Other messages pass through.
 *
 * @example
 * ```ts
 * const enforcer = new Enforcer(loadPolicy(policyJson));
 * await server.connect(protectTransport(new StdioServerTransport(), { enforcer }));
 * // Streamable HTTP: keep calling inner.handleRequest(req, res, body) on the transport you wrapped.
 * ```
 */
export function protectTransport(inner: Transport, options: ProtectOptions): Transport {
  return new ProtectedTransport(inner, options);
}

class ProtectedTransport implements Transport {
  readonly #inner: Transport;
  readonly #options: ProtectOptions;
  #sdkOnMessage: OnMessage | undefined;
  #sdkOnClose: (() => void) | undefined;
  /** Requests being decided; a cancellation that arrives meanwhile is remembered so the request is dropped. */
  readonly #deciding = new Map<RequestId, { cancelled: boolean }>();
  /** Allowed requests forwarded to the SDK, by id, until their response goes out. */
  readonly #allowed = new Map<RequestId, VerifiedCall>();

  constructor(inner: Transport, options: ProtectOptions) {
    this.#inner = inner;
    this.#options = options;
  }

  start(): Promise<void> {
    return this.#inner.start();
  }

  close(): Promise<void> {
    return this.#inner.close();
  }

  get sessionId(): string | undefined {
    return this.#inner.sessionId;
  }

  // Present exactly when the inner transport has it: the SDK tests for the member before calling it.
  get setProtocolVersion(): ((version: string) => void) | undefined {
    const inner = this.#inner;
    return inner.setProtocolVersion === undefined ? undefined : (version) => inner.setProtocolVersion!(version);
  }

  get onerror(): ((error: Error) => void) | undefined {
    return this.#inner.onerror;
  }

  set onerror(handler: ((error: Error) => void) | undefined) {
    this.#inner.onerror = handler;
  }

  get onclose(): (() => void) | undefined {
    return this.#sdkOnClose;
  }

  set onclose(handler: (() => void) | undefined) {
    this.#sdkOnClose = handler;
    this.#inner.onclose = () => {
      this.#deciding.clear();
      this.#allowed.clear();
      this.#sdkOnClose?.();
    };
  }

  get onmessage(): OnMessage | undefined {
    return this.#sdkOnMessage;
  }

  /**
   * The SDK installs its dispatcher here (shared/protocol.js `connect`); the inner transport gets the interceptor
   * instead. An HTTP transport's `handleRequest` calls its own `onmessage`, which is now the interceptor.
   */
  set onmessage(handler: OnMessage | undefined) {
    this.#sdkOnMessage = handler;
    this.#inner.onmessage = handler === undefined ? undefined : ((message: JSONRPCMessage, extra?: MessageExtraInfo) => this.#intercept(message as Message, extra)) as OnMessage;
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    return this.#inner.send(this.#decorate(message as Message), options);
  }

  #intercept(message: Message, extra: MessageExtraInfo | undefined): void {
    if (isToolCall(message)) {
      if (hasId(message)) {
        // Known only when the inner transport read the bytes itself (StrictStdioServerTransport, handleStrictRequest).
        // Over HTTP (handleStrictRequest) also the raw header lines, for the transport identity headers; stdio has none.
        const strict = takeStrictContext(this.#inner, message.id);
        const input: TransportInput = strict?.headers === undefined ? {} : { headers: strict.headers };
        this.#decideThenForward(message, extra, strict?.nonIntegerNumbers ?? [], input).catch((e: unknown) => this.#reportError(e));
      } else {
        // A tools/call without an id is a notification: no MCP peer sends one and no handler may run for it.
        this.#reportError(new Error("dropped a tools/call notification (no id)"));
      }
      return;
    }
    if (message.method === "notifications/cancelled" && isObject(message.params)) {
      const id = message.params["requestId"] as RequestId;
      const deciding = this.#deciding.get(id);
      if (deciding !== undefined) deciding.cancelled = true;
      // The SDK sends no response for a request it cancels (shared/protocol.js `_onrequest`), so none will come.
      this.#allowed.delete(id);
    }
    // Everything else goes straight on, not queued behind decisions that may be waiting for a replay store.
    this.#sdkOnMessage?.(message, extra);
  }

  async #decideThenForward(message: Message & { id: RequestId }, extra: MessageExtraInfo | undefined, nonIntegerNumbers: readonly string[], input: TransportInput): Promise<void> {
    const id = message.id;
    const state = { cancelled: false };
    this.#deciding.set(id, state);
    let params: JsonValue;
    let enforcement: Enforcement;
    try {
      // Our own copy: whoever else holds the message (the inner transport, other wrappers) may change it while
      // the decision awaits, and the SDK must get the object the enforcer verified, not theirs.
      params = structuredClone(message.params ?? null) as JsonValue;
      enforcement = await this.#options.enforcer.decide(params, id, nonIntegerNumbers, input);
    } catch (e) {
      // Not a refusal the enforcer could express (it never throws for bad input): answer, never forward.
      await this.#inner.send({ jsonrpc: "2.0", id, error: { code: -32603, message: "the tools/call could not be decided" } }, { relatedRequestId: id });
      throw e;
    } finally {
      if (this.#deciding.get(id) === state) this.#deciding.delete(id);
    }
    const { decision } = enforcement;
    this.#notify(decision);
    // A request the client cancelled meanwhile gets no response, as the SDK does for its own (shared/protocol.js).
    if (state.cancelled) return;
    if (decision.decision !== "allow") {
      await this.#inner.send(trustErrorResponse(id, decision, enforcement.challenge), { relatedRequestId: id });
      return;
    }
    if (this.#sdkOnMessage === undefined) return;
    const call: VerifiedCall = {
      requestId: id,
      tool: enforcement.request!.name,
      argumentsCanonical: canonicalString(enforcement.request!.arguments),
      decision,
    };
    this.#allowed.set(id, call);
    const sdk = this.#sdkOnMessage;
    verifiedCalls.run(call, () => sdk({ ...message, params } as JSONRPCMessage, extra));
  }

  /** Adds the decision to an allowed call's result, or swaps in the trust error when the guard refused it. */
  #decorate(message: Message): JSONRPCMessage {
    if (!hasId(message) || message.method !== undefined) return message;
    const call = this.#allowed.get(message.id);
    if (call === undefined) return message;
    this.#allowed.delete(message.id);
    if (call.refusal !== undefined) {
      const decision = refusedAfterAllow(call.decision, call.refusal.reason);
      this.#notify(decision);
      return trustErrorResponse(message.id, decision);
    }
    if (!isObject(message.result)) return message; // an error response goes out as the SDK wrote it
    const meta = isObject(message.result["_meta"]) ? message.result["_meta"] : {};
    return { ...message, result: { ...message.result, _meta: { ...meta, [DECISION_META_KEY]: call.decision } } } as JSONRPCMessage;
  }

  #notify(decision: Decision): void {
    try {
      this.#options.onDecision?.(decision);
    } catch (e) {
      this.#reportError(e); // an audit hook that throws must not change what the client gets
    }
  }

  #reportError(e: unknown): void {
    this.#inner.onerror?.(e instanceof Error ? e : new Error(String(e)));
  }
}
