// The allow decision in the answer: `result._meta["org.mcp-trust/decision"]` of the JSON-RPC response to an allowed
// tools/call, in a JSON body or in the one event of an event stream that carries that response.
import type { Decision } from "../../generated/types/decision.js";
import { DECISION_META_KEY } from "../enforce/decision.js";
import { McpTrustError } from "../common/errors.js";
import { readStrictJson, type JsonValue } from "../common/strict-json.js";
import type { JsonRpcId } from "./inspect.js";

/** Largest response (JSON) or event (SSE) rewritten; a larger one goes through unchanged, without the decision. */
export const DEFAULT_MAX_DECORATED_BYTES = 8 << 20;
/** Results nest deeper than arguments may: this is about reading the server's answer, not about evidence. */
const RESPONSE_MAX_DEPTH = 256;

export interface DecorateTarget {
  id: JsonRpcId;
  decision: Decision;
  maxBytes: number;
}

const isObject = (v: unknown): v is { [key: string]: JsonValue } => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The message `bytes` with the decision added to its result's `_meta`, or undefined when `bytes` is not strict JSON
 * holding a JSON-RPC success response to `id` (an error response, another message, anything unreadable): that goes
 * to the client as the server sent it. The message is written again (JSON.stringify of what the strict reader read:
 * same members, same order, `_meta` where it was or last); the server's other bytes are never touched.
 */
export function decorateMessage(bytes: Uint8Array, target: DecorateTarget): Buffer | undefined {
  let value: JsonValue;
  try {
    value = readStrictJson(bytes, { maxBytes: target.maxBytes, maxDepth: RESPONSE_MAX_DEPTH }).value;
  } catch (e) {
    if (e instanceof McpTrustError) return undefined;
    throw e;
  }
  if (!isObject(value) || value["jsonrpc"] !== "2.0" || value["id"] !== target.id || target.id === null) return undefined;
  const result = value["result"];
  if (!isObject(result)) return undefined;
  const meta = isObject(result["_meta"]) ? result["_meta"] : {};
  // A decision the server put there itself is replaced: only the gateway speaks for the gateway.
  const decorated = { ...value, result: { ...result, _meta: { ...meta, [DECISION_META_KEY]: target.decision as unknown as JsonValue } } };
  return Buffer.from(JSON.stringify(decorated));
}

/** Whether `bytes` could be a JSON-RPC success response at all: a cheap test before a strict read. */
function mayBeResult(bytes: Buffer): boolean {
  // A notification or a progress event (the usual other events) has no `"result"`; a member name written with
  // escapes is missed, and such a response then goes on without the decision, unchanged.
  return bytes.includes(RESULT);
}
const RESULT = Buffer.from('"result"');

const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
const DATA = Buffer.from("data");
const NEWLINE = Buffer.from("\n");
const DATA_PREFIX = Buffer.from("data: ");

/**
 * Rewrites, in a `text/event-stream` body, the one event whose data is the JSON-RPC success response to the call
 * (WHATWG HTML §9.2 event stream format: lines end in CRLF, LF or CR; an empty line ends an event; `data` lines of
 * one event join with LF). Every other byte passes through unchanged and in order; an event is held back only until
 * its empty line has arrived, and after the response event (or once more than the bound is held) nothing is held.
 * Lines are found with native searches, and nothing already passed is searched again, whatever the chunking.
 */
export class EventStreamDecorator {
  readonly #target: DecorateTarget;
  /** Bytes of the event not complete yet. */
  #held: Buffer[] = [];
  #heldBytes = 0;
  /** Bytes of the current line so far (0: at the start of a line). */
  #lineLength = 0;
  /** The last byte was a CR ending a line: an LF now is the second half of that CRLF. */
  #afterCr = false;
  /** The response went by (or cannot be found any more): pass everything through. */
  #done = false;

  constructor(target: DecorateTarget) {
    this.#target = target;
  }

  /** What to send on for `chunk` (possibly nothing yet). */
  push(chunk: Buffer): Buffer | undefined {
    if (this.#done) return chunk;
    const out: Buffer[] = [];
    const n = chunk.length;
    let segment = 0; // where the bytes of the current event start in this chunk
    for (let i = 0; i < n; i++) {
      const b = chunk[i]!;
      if (this.#afterCr) {
        this.#afterCr = false;
        if (b === LF) {
          // The second half of a CRLF. If that CR ended an event (which went on at it, at the end of the last chunk),
          // the LF goes on at once too, rather than start the next event with an empty line.
          if (i === segment && this.#held.length === 0) {
            out.push(chunk.subarray(i, i + 1));
            segment = i + 1;
          }
          continue;
        }
      }
      if (b !== LF && b !== CR) {
        // Straight to the end of the line, natively: events are a few long lines.
        const next = nextTerminator(chunk, i);
        this.#lineLength += next - i;
        i = next - 1;
        continue;
      }
      if (b === CR) this.#afterCr = true;
      if (this.#lineLength > 0) {
        this.#lineLength = 0;
        continue;
      }
      // An empty line: the event is complete, its CRLF included when the LF is in this chunk.
      let end = i + 1;
      if (b === CR && end < n && chunk[end] === LF) {
        end++;
        i++;
        this.#afterCr = false;
      }
      const part = chunk.subarray(segment, end);
      const event = this.#held.length === 0 ? part : Buffer.concat([...this.#held, part]);
      this.#held = [];
      this.#heldBytes = 0;
      out.push(this.#event(event));
      segment = end;
      if (this.#done) break;
    }
    if (segment < n) {
      const rest = chunk.subarray(segment);
      if (this.#done) out.push(rest);
      else {
        this.#held.push(rest);
        this.#heldBytes += rest.length;
        if (this.#heldBytes > this.#target.maxBytes) {
          // Too large to rewrite: what is held goes on, and so does the rest of the stream.
          this.#done = true;
          out.push(...this.#held);
          this.#held = [];
        }
      }
    }
    return out.length === 0 ? undefined : out.length === 1 ? out[0] : Buffer.concat(out);
  }

  /** Whatever is still held when the stream ends (an event without its closing empty line goes on as it came). */
  end(): Buffer | undefined {
    const held = this.#held;
    this.#held = [];
    this.#done = true;
    return held.length === 0 ? undefined : Buffer.concat(held);
  }

  /** One complete event (its terminating empty line included): itself, or itself carrying the decision. */
  #event(event: Buffer): Buffer {
    const { lines, terminator } = splitEvent(event);
    const data: Buffer[] = [];
    let firstData = -1;
    for (let k = 0; k < lines.length; k++) {
      const value = fieldValue(lines[k]!, DATA);
      if (value === undefined) continue;
      if (firstData === -1) firstData = k;
      if (data.length > 0) data.push(NEWLINE);
      data.push(value);
    }
    if (firstData === -1) return event;
    const message = data.length === 1 ? data[0]! : Buffer.concat(data);
    if (!mayBeResult(message)) return event;
    const decorated = decorateMessage(message, this.#target);
    if (decorated === undefined) return event;
    this.#done = true;
    // Every other line as it was; one data line (JSON.stringify writes no line breaks) where the first one was; the
    // event's own final terminator, so that a CR whose LF is still to come pairs up as before.
    const out: Buffer[] = [];
    for (let k = 0; k < lines.length; k++) {
      if (k === firstData) out.push(DATA_PREFIX, decorated, NEWLINE);
      else if (fieldValue(lines[k]!, DATA) === undefined) out.push(lines[k]!, NEWLINE);
    }
    out.push(terminator);
    return Buffer.concat(out);
  }
}

/** The lines of a complete event without their terminators, and the terminator of its final empty line. */
function splitEvent(event: Buffer): { lines: Buffer[]; terminator: Buffer } {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = nextTerminator(event, 0); i < event.length; i = nextTerminator(event, i)) {
    const b = event[i]!;
    if (i === start) return { lines, terminator: event.subarray(i) };
    lines.push(event.subarray(start, i));
    i += b === CR && event[i + 1] === LF ? 2 : 1;
    start = i;
  }
  return { lines, terminator: NEWLINE };
}

/** The offset of the first CR or LF in `buf` at or after `from`, or `buf.length`. */
function nextTerminator(buf: Buffer, from: number): number {
  const lf = buf.indexOf(LF, from);
  const end = lf === -1 ? buf.length : lf;
  // A CR is rare (the SDK writes LF): look for one only before the LF.
  const cr = buf.subarray(from, end).indexOf(CR);
  return cr === -1 ? end : from + cr;
}

/** The value of `line` if its field name is `name` (`name`, `name:` or `name: value`), else undefined. */
function fieldValue(line: Buffer, name: Buffer): Buffer | undefined {
  const n = name.length;
  if (line.length < n || line.compare(name, 0, n, 0, n) !== 0) return undefined;
  if (line.length === n) return line.subarray(n);
  if (line[n] !== COLON) return undefined;
  return line.subarray(line[n + 1] === SPACE ? n + 2 : n + 1);
}
