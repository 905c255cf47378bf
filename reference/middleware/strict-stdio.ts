// A stdio server transport that reads every frame with the strict reader, instead of the SDK's JSON.parse.
import process from "node:process";
import type { Readable, Writable } from "node:stream";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { JSONRPCMessageSchema, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { Decision } from "../enforce/decision.js";
import type { Reason } from "../common/errors.js";
import { DEFAULT_MAX_MESSAGE_BYTES, forgetNonIntegerNumbers, inspectBadFrame, readStrictMessage, rememberNonIntegerNumbers, strictRefusal } from "./strict-read.js";

export interface StrictStdioOptions {
  /** Longest frame (one line, in bytes) read; a longer one is skipped and answered with `limit_exceeded`. */
  maxMessageBytes?: number;
  /** The decision of every tools/call refused here for its bytes (the protected transport reports the others). */
  onDecision?: (decision: Decision) => void;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The SDK's stdio server transport (newline-delimited JSON-RPC on stdin/stdout), reading each frame with the strict
 * reader: a frame that is not strict I-JSON (duplicate members, a lone surrogate, invalid UTF-8, …) or too large or
 * deep never reaches the SDK. A refused request is answered — a tools/call with the trust error and reason
 * `json_invalid` or `limit_exceeded`, another request with a JSON-RPC parse error — and a refused notification
 * is reported to `onerror`. For every tools/call it passes on, the protected transport wrapping it learns which
 * numbers were written with a fraction or an exponent, so that `"iat": 1700000000.0` in the evidence is refused
 * (`envelope_malformed`) although JSON.parse would have read an integer.
 *
 * @example
 * ```ts
 * await server.connect(protectTransport(new StrictStdioServerTransport(), { enforcer }));
 * ```
 */
export class StrictStdioServerTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  readonly #stdin: Readable;
  readonly #stdout: Writable;
  readonly #maxBytes: number;
  readonly #onDecision: ((decision: Decision) => void) | undefined;
  #started = false;
  /** Bytes of the frame not complete yet. */
  #held: Buffer[] = [];
  #heldBytes = 0;
  /** The current frame passed the bound: its bytes are dropped until its newline. */
  #skipping = false;

  constructor(stdin: Readable = process.stdin, stdout: Writable = process.stdout, options: StrictStdioOptions = {}) {
    this.#stdin = stdin;
    this.#stdout = stdout;
    this.#maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.#onDecision = options.onDecision;
  }

  async start(): Promise<void> {
    if (this.#started) throw new Error("StrictStdioServerTransport already started (Server.connect calls start)");
    this.#started = true;
    this.#stdin.on("data", this.#onData);
    this.#stdin.on("error", this.#onStreamError);
  }

  async close(): Promise<void> {
    this.#stdin.off("data", this.#onData);
    this.#stdin.off("error", this.#onStreamError);
    // Only pause stdin when nothing else reads it, as the SDK's transport does.
    if (this.#stdin.listenerCount("data") === 0) this.#stdin.pause();
    this.#held = [];
    this.#heldBytes = 0;
    this.onclose?.();
  }

  send(message: JSONRPCMessage): Promise<void> {
    return this.#write(message);
  }

  #write(message: unknown): Promise<void> {
    return new Promise((resolve) => {
      if (this.#stdout.write(`${JSON.stringify(message)}\n`)) resolve();
      else this.#stdout.once("drain", resolve);
    });
  }

  readonly #onStreamError = (error: Error): void => {
    this.onerror?.(error);
  };

  readonly #onData = (chunk: Buffer): void => {
    let start = 0;
    for (let nl = chunk.indexOf(LF); nl !== -1; nl = chunk.indexOf(LF, start)) {
      const part = chunk.subarray(start, nl);
      start = nl + 1;
      if (this.#skipping) {
        this.#skipping = false;
        this.#refuse(undefined, "limit_exceeded");
        continue;
      }
      if (this.#heldBytes + part.length > this.#maxBytes + 1) {
        this.#held = [];
        this.#heldBytes = 0;
        this.#refuse(undefined, "limit_exceeded");
        continue;
      }
      const frame = this.#held.length === 0 ? part : Buffer.concat([...this.#held, part]);
      this.#held = [];
      this.#heldBytes = 0;
      this.#frame(frame);
    }
    if (start < chunk.length && !this.#skipping) {
      const rest = chunk.subarray(start);
      this.#heldBytes += rest.length;
      if (this.#heldBytes > this.#maxBytes + 1) {
        // Over the bound before its newline: nothing more of it is kept.
        this.#held = [];
        this.#heldBytes = 0;
        this.#skipping = true;
      } else this.#held.push(Buffer.from(rest)); // a copy: the chunk's memory is not kept alive behind a short tail
    }
  };

  /** One line, its LF removed (a CR before it too, as the SDK's reader allows). */
  #frame(line: Buffer): void {
    const frame = line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, line.length - 1) : line;
    if (frame.length === 0) return;
    const read = readStrictMessage(frame, this.#maxBytes);
    if (!read.ok) {
      this.#refuse(frame, read.error.reason);
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(read.value);
    if (!parsed.success) {
      this.onerror?.(new Error(`not a JSON-RPC message: ${parsed.error.message}`));
      return;
    }
    for (const call of read.toolCalls) rememberNonIntegerNumbers(this, call.id, call.pointers);
    try {
      this.onmessage?.(parsed.data);
    } finally {
      // Taken synchronously by a protected transport; left over only when nothing protects this transport.
      forgetNonIntegerNumbers(this, read.toolCalls.map((c) => c.id));
    }
  }

  #refuse(frame: Buffer | undefined, reason: Reason): void {
    const bad = inspectBadFrame(frame);
    this.onerror?.(new Error(`refused a frame that the strict reader does not accept (${reason})`));
    if (!bad.request) return; // a notification or a response: JSON-RPC answers neither
    const { response, decision } = strictRefusal(bad, reason);
    if (decision !== undefined) {
      try {
        this.#onDecision?.(decision);
      } catch (e) {
        this.onerror?.(e instanceof Error ? e : new Error(String(e)));
      }
    }
    this.#write(response).catch((e: unknown) => this.onerror?.(e as Error));
  }
}
