import { McpTrustError, pointerAppend } from "./errors.js";

/** A value of the JSON data model, as `readStrictJson` returns it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface StrictReadOptions {
  /** Largest accepted input, in UTF-8 bytes. Default 65536. */
  maxBytes?: number;
  /** Deepest accepted nesting: a top-level scalar is depth 0, a top-level `[]` or `{}` depth 1. Default 32. */
  maxDepth?: number;
}

export interface StrictReadResult {
  value: JsonValue;
  /**
   * RFC 6901 pointers of every number literal written with a fraction or an exponent, in document order.
   * Envelope fields are integers only; callers reject these there, while tool arguments may carry them.
   */
  nonIntegerNumbers: string[];
}

export const DEFAULT_MAX_BYTES = 65536;
export const DEFAULT_MAX_DEPTH = 32;

// ignoreBOM keeps a leading U+FEFF in the output instead of silently dropping it, so it is refused, not ignored.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// Everything a string may hold without a closer look: not a quote, backslash, control character or surrogate half.
// Without the u flag the class matches UTF-16 code units, which is what lone-surrogate detection needs.
const PLAIN_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;
// The same, plus escapes other than of a surrogate half: what the loop below accepts, one run or escape at a time.
// JSON text quoted inside JSON (an identity projection) has an escape every few characters, and once a string has
// shown a few, one native pass over the following runs and escapes beats returning to the loop for each (about a third
// off the scan of a 1 KB projection). Whatever it stops at (surrogates, controls, bad escapes, the closing quote) is
// left to the loop. The bound matters: the engine keeps a backtrack entry per repetition, and an unbounded `*` over a
// string of millions of escapes overflows with a RangeError; after 256 the loop just calls again.
const ESCAPED_RUN = /(?:[^"\\\u0000-\u001f\ud800-\udfff]+|\\["\\/bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4}){0,256}/y;
// Escapes a string may show before ESCAPED_RUN takes over: a call costs more than a lone "\n" takes to step over.
const LOOP_ESCAPES = 2;

// Names are compared in place in the text while an object has at most LINEAR_KEYS members and they are at most
// LINEAR_NAME_CHARS long (quotes included); past either a Set pays for itself. Both also bound the pairwise
// comparisons an adversary can force with many equal-length names differing only at the end.
const LINEAR_KEYS = 8;
const LINEAR_NAME_CHARS = 26;

/**
 * Reads untrusted JSON under the common profile's strict rules (RFC 8259 grammar, I-JSON / RFC 7493 values):
 * valid UTF-8 without a byte order mark, no duplicate member names (compared after unescaping), no member named
 * `__proto__`, no lone surrogates, integers within ±(2^53−1), no non-finite numbers, no negative zero, no non-zero
 * number that rounds to zero, and size and depth limits.
 *
 * One iterative pass validates everything (no recursion, so hostile nesting cannot exhaust the stack), then the
 * engine's `JSON.parse` builds the value, which is safe because the pass has already excluded everything on which
 * `JSON.parse` is lenient.
 *
 * @throws McpTrustError `limit_exceeded` for size or depth, `json_invalid` for everything else, with `pointer` naming
 *   the offending member or element where there is one.
 * @throws RangeError only when `options` itself is invalid (a caller bug, never caused by the input).
 *
 * @example
 * ```ts
 * const { value, nonIntegerNumbers } = readStrictJson(bytes, { maxBytes: 1 << 20 });
 * ```
 */
export function readStrictJson(input: Uint8Array | string, options: StrictReadOptions = {}): StrictReadResult {
  const maxBytes = limitOption(options.maxBytes, DEFAULT_MAX_BYTES, "maxBytes");
  const maxDepth = limitOption(options.maxDepth, DEFAULT_MAX_DEPTH, "maxDepth");

  let text: string;
  let fromBytes = false;
  if (typeof input === "string") {
    // Each UTF-16 code unit is 1–3 UTF-8 bytes: only the band in between needs counting.
    if (input.length > maxBytes || (input.length * 3 > maxBytes && utf8Length(input, input.length) > maxBytes)) {
      throw new McpTrustError("limit_exceeded", `input is longer than ${maxBytes} UTF-8 bytes`);
    }
    text = input;
  } else if (input instanceof Uint8Array) {
    if (input.length > maxBytes) {
      throw new McpTrustError("limit_exceeded", `input is ${input.length} bytes, longer than ${maxBytes}`);
    }
    if (input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
      throw new McpTrustError("json_invalid", "input starts with a UTF-8 byte order mark (byte offset 0)");
    }
    try {
      text = UTF8.decode(input);
    } catch (cause) {
      throw new McpTrustError("json_invalid", `input is not valid UTF-8 (byte offset ${invalidUtf8Offset(input)})`, {
        cause,
      });
    }
    fromBytes = true;
  } else {
    throw new McpTrustError("json_invalid", "input is neither a string nor a Uint8Array");
  }

  const nonIntegerNumbers = scan(text, fromBytes, maxDepth);
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (cause) {
    // Unreachable unless the scan has a bug; even then the contract holds: only McpTrustError leaves this function.
    throw new McpTrustError("json_invalid", "input is not valid JSON", { cause });
  }
  return { value, nonIntegerNumbers };
}

function limitOption(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    // A configuration bug, not bad evidence: it must not surface as a 400 blaming the client, nor as "no limit".
    throw new RangeError(`readStrictJson: option ${name} must be a non-negative safe integer, got ${String(value)}`);
  }
  return value;
}

/** UTF-8 length of `s.slice(0, end)`; a lone surrogate counts 3, as an encoder would replace it. */
function utf8Length(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Offset of the first byte that makes `b` invalid UTF-8; only for the error message, so speed does not matter. */
function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return i;
}

type PointerMode = "value" | "container" | "none";
type Fail = (what: string, at: number, pointer?: PointerMode) => never;

/**
 * The open containers, innermost last: only what errors, duplicate detection and number pointers need. Member names
 * stay offsets into the text and become strings only for a pointer, an escaped or long name, or a large object, so
 * the common case allocates nothing per member.
 */
interface Frames {
  /** Element index for an array, -1 for an object. */
  index: number[];
  /** Offsets of the current member's name literal (opening quote, after closing quote); start -1 before it is read. */
  keyStart: number[];
  keyEnd: number[];
  /** Names so far: literal offset pairs while few, short and unescaped, then the unescaped names; null for an array. */
  names: (number[] | Set<string> | null)[];
  /**
   * The container's own pointer, computed on first use: it cannot change while the container is open, and caching
   * it keeps a document full of non-integer numbers linear instead of paying the depth for each of them.
   */
  prefix: (string | undefined)[];
}

// Second result of scanString (an escape was seen) and scanNumber (a fraction or exponent was seen). A module
// variable rather than an object or tuple, to keep the per-token path allocation-free; nothing here re-enters.
let flag = false;

/**
 * Validates the whole text and returns the pointers of non-integer numbers. The loop is a two-state machine (at a
 * value / after a value) over an explicit container stack: no recursion. The position lives in a local of this one
 * function so that the engine can keep it in a register; helpers take it and hand it back.
 */
function scan(s: string, fromBytes: boolean, maxDepth: number): string[] {
  const n = s.length;
  const frames: Frames = { index: [], keyStart: [], keyEnd: [], names: [], prefix: [] };
  const { index, keyStart, keyEnd, names, prefix } = frames;
  const nonInteger: string[] = [];
  const fail: Fail = (what, at, mode = "value") => {
    throw new McpTrustError(
      "json_invalid",
      `${what} at ${where(s, fromBytes, at)}`,
      mode === "none" ? {} : { pointer: pointerOf(s, frames, mode === "container") },
    );
  };

  if (s.charCodeAt(0) === 0xfeff) fail("input starts with a byte order mark", 0, "none");
  let i = skipWs(s, 0, n);
  let depth = 0;
  for (;;) {
    // --- at a value ---
    const c = s.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = scanString(s, i, fail);
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= maxDepth) {
        throw new McpTrustError("limit_exceeded", `nesting deeper than ${maxDepth} at ${where(s, fromBytes, i)}`, {
          pointer: pointerOf(s, frames, false),
        });
      }
      depth++;
      i = skipWs(s, i + 1, n);
      keyStart.push(-1);
      keyEnd.push(-1);
      prefix.push(undefined);
      if (c === 0x5b) {
        index.push(0);
        names.push(null);
        if (s.charCodeAt(i) !== 0x5d /* ] */) continue;
      } else {
        index.push(-1);
        names.push([]);
        if (s.charCodeAt(i) !== 0x7d /* } */) {
          i = scanMember(s, i, frames, fail);
          continue;
        }
      }
      // An empty container closes at once.
      i++;
      index.pop();
      keyStart.pop();
      keyEnd.pop();
      names.pop();
      prefix.pop();
      depth--;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      i = scanNumber(s, i, fail);
      if (flag) nonInteger.push(pointerOf(s, frames, false));
    } else if (c === 0x74 /* t */ && s.startsWith("true", i)) {
      i += 4;
    } else if (c === 0x66 /* f */ && s.startsWith("false", i)) {
      i += 5;
    } else if (c === 0x6e /* n */ && s.startsWith("null", i)) {
      i += 4;
    } else {
      fail(`unexpected ${describe(c)}, expected a value`, i);
    }

    // --- after a value: close as many containers as the text closes ---
    for (;;) {
      i = skipWs(s, i, n);
      if (depth === 0) {
        if (i < n) fail(`unexpected ${describe(s.charCodeAt(i))} after the top-level value`, i, "none");
        return nonInteger;
      }
      const d = s.charCodeAt(i);
      const top = depth - 1;
      const isArray = index[top]! >= 0;
      if (d === 0x2c /* , */) {
        i = skipWs(s, i + 1, n);
        if (isArray) index[top]!++;
        else {
          keyStart[top] = -1;
          i = scanMember(s, i, frames, fail);
        }
        break;
      }
      if (d !== (isArray ? 0x5d /* ] */ : 0x7d) /* } */) {
        fail(`unexpected ${describe(d)} in ${isArray ? "an array, expected , or ]" : "an object, expected , or }"}`, i, "container");
      }
      i++;
      index.pop();
      keyStart.pop();
      keyEnd.pop();
      names.pop();
      prefix.pop();
      depth--;
    }
  }
}

/** Skips insignificant whitespace: exactly RFC 8259's four characters. */
function skipWs(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Reads `"name" :` of an object member at `i` and returns the position of its value. */
function scanMember(s: string, i: number, frames: Frames, fail: Fail): number {
  const top = frames.index.length - 1;
  const start = i;
  if (s.charCodeAt(start) !== 0x22) {
    fail(`unexpected ${describe(s.charCodeAt(start))} in an object, expected a member name`, start);
  }
  const end = scanString(s, start, fail);
  const escaped = flag;
  frames.keyStart[top] = start;
  frames.keyEnd[top] = end;
  const names = frames.names[top]!;
  const len = end - start;
  if (!escaped && len <= LINEAR_NAME_CHARS && Array.isArray(names) && names.length < 2 * LINEAR_KEYS) {
    if (len === 11 && s.startsWith("__proto__", start + 1)) fail("member named __proto__", start);
    for (let k = 0; k < names.length; k += 2) {
      const other = names[k]!;
      if (names[k + 1]! - other === len && sameText(s, other, start, len)) fail("duplicate member name", start);
    }
    names.push(start, end);
  } else {
    const name = keyName(s, frames, top);
    if (name === "__proto__") fail("member named __proto__", start);
    let set: Set<string>;
    if (Array.isArray(names)) {
      // Every name so far was unescaped and short, so its text is its value.
      set = new Set();
      for (let k = 0; k < names.length; k += 2) set.add(s.slice(names[k]! + 1, names[k + 1]! - 1));
      frames.names[top] = set;
    } else set = names;
    if (set.has(name)) fail("duplicate member name", start);
    set.add(name);
  }
  i = skipWs(s, end, s.length);
  if (s.charCodeAt(i) !== 0x3a /* : */) fail(`unexpected ${describe(s.charCodeAt(i))} after a member name, expected :`, i);
  return skipWs(s, i + 1, s.length);
}

/** Validates the string literal whose opening quote is at `start`; returns the position after its closing quote. */
function scanString(s: string, start: number, fail: Fail): number {
  const n = s.length;
  let i = start + 1;
  let escapes = 0;
  for (;;) {
    let c = s.charCodeAt(i);
    const short = i + 16;
    while (i < short && c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0xd800 || c > 0xdfff)) c = s.charCodeAt(++i);
    if (i === short) {
      // A long run: the engine's compiled regex skips it several times faster than this loop, but costs more to
      // start than a typical short name or value takes to scan.
      PLAIN_RUN.lastIndex = i;
      PLAIN_RUN.test(s);
      i = PLAIN_RUN.lastIndex;
      c = s.charCodeAt(i);
    }
    if (c === 0x22) break;
    if (i >= n) fail("unterminated string", start);
    if (c === 0x5c /* \ */) {
      const e = s.charCodeAt(i + 1);
      if (e === 0x75 /* u */) {
        const u = hex4(s, i + 2);
        if (u >= 0xd800 && u <= 0xdbff) {
          // A high surrogate escape is only meaningful as the first half of an escaped pair.
          const v = s.charCodeAt(i + 6) === 0x5c && s.charCodeAt(i + 7) === 0x75 ? hex4(s, i + 8) : -1;
          if (v < 0xdc00 || v > 0xdfff) fail(v === -2 ? "invalid \\u escape" : "lone surrogate escape", i);
          i += 12;
        } else if (u >= 0xdc00 && u <= 0xdfff) {
          fail("lone surrogate escape", i);
        } else if (u < 0) {
          fail("invalid \\u escape", i);
        } else i += 6;
      } else if (
        e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74
      ) {
        i += 2;
      } else {
        fail(i + 1 >= n ? "unterminated string" : "invalid escape", i);
      }
      if (++escapes > LOOP_ESCAPES) {
        ESCAPED_RUN.lastIndex = i;
        ESCAPED_RUN.test(s);
        i = ESCAPED_RUN.lastIndex;
      }
    } else if (c < 0x20) {
      fail("unescaped control character in a string", i);
    } else {
      // A surrogate half: a pair is fine; a lone half only comes from string input (the fatal decoder never yields one).
      if (c >= 0xdc00 || (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) fail("lone surrogate", i);
      i += 2;
    }
  }
  flag = escapes > 0;
  return i + 1;
}

/** The four hex digits at `at` as a number, or -2 if they are not four hex digits. */
function hex4(s: string, at: number): number {
  let v = 0;
  for (let k = at; k < at + 4; k++) {
    const c = s.charCodeAt(k);
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
    else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
    else return -2;
    v = v * 16 + d;
  }
  return v;
}

/** Validates the number literal at `start` and its value; returns the position after it. */
function scanNumber(s: string, start: number, fail: Fail): number {
  let i = start;
  const negative = s.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let c = s.charCodeAt(i);
  if (c === 0x30) {
    c = s.charCodeAt(++i);
    if (c >= 0x30 && c <= 0x39) fail("number with a leading zero", start);
  } else if (c >= 0x31 && c <= 0x39) {
    do c = s.charCodeAt(++i);
    while (c >= 0x30 && c <= 0x39);
  } else {
    fail("invalid number", start);
  }
  const intEnd = i;
  let integer = true;
  if (c === 0x2e /* . */) {
    integer = false;
    c = s.charCodeAt(++i);
    if (!(c >= 0x30 && c <= 0x39)) fail("number with no digit after the decimal point", start);
    do c = s.charCodeAt(++i);
    while (c >= 0x30 && c <= 0x39);
  }
  const mantissaEnd = i;
  if (c === 0x65 || c === 0x45 /* e E */) {
    integer = false;
    c = s.charCodeAt(++i);
    if (c === 0x2b || c === 0x2d) c = s.charCodeAt(++i);
    if (!(c >= 0x30 && c <= 0x39)) fail("number with no digit in the exponent", start);
    do c = s.charCodeAt(++i);
    while (c >= 0x30 && c <= 0x39);
  }
  flag = !integer;

  if (integer) {
    const digits = intEnd - start - (negative ? 1 : 0);
    if (negative && digits === 1 && s.charCodeAt(start + 1) === 0x30) fail("negative zero", start);
    // 15 digits are always within 2^53−1; 2^53 and beyond round to at least 2^53, so the comparison is exact.
    if (digits > 15 && Math.abs(Number(s.slice(start, intEnd))) > Number.MAX_SAFE_INTEGER) {
      fail("integer outside ±(2^53−1)", start);
    }
    return i;
  }
  // Under 300 characters and without an exponent the magnitude lies in (1e-300, 1e300), so the value is finite and
  // zero only if every digit is 0: no conversion needed, which matters for documents full of prices and scores.
  if (i !== mantissaEnd || i - start >= 300) {
    const value = Number(s.slice(start, i));
    if (!Number.isFinite(value)) fail("number is not finite as an IEEE 754 double", start);
    if (value !== 0) return i;
  }
  // RFC 8785 would serialise both -0 and a vanished non-zero value as 0: the signed bytes would not say what was sent.
  for (let k = start; k < mantissaEnd; k++) {
    const d = s.charCodeAt(k);
    if (d >= 0x31 && d <= 0x39) {
      if (i === mantissaEnd && i - start < 300) return i;
      fail("non-zero number underflows to zero as an IEEE 754 double", start);
    }
  }
  if (negative) fail("negative zero", start);
  return i;
}

/** Whether the `len` characters at `a` and at `b` are equal, without allocating. */
function sameText(s: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** The unescaped name of the current member at depth `d`. */
function keyName(s: string, frames: Frames, d: number): string {
  const start = frames.keyStart[d]!;
  const end = frames.keyEnd[d]!;
  const raw = s.slice(start, end);
  // The literal has been validated, so the engine may unescape it.
  return raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

/**
 * RFC 6901 pointer of the value being read (of the object itself while a member name is read), or with
 * `containerOnly` of the innermost open container, for errors between members, which belong to no member.
 */
function pointerOf(s: string, frames: Frames, containerOnly: boolean): string {
  const top = frames.index.length - 1;
  if (top < 0) return "";
  const p = containerPointer(s, frames, top);
  return containerOnly ? p : p + token(s, frames, top);
}

function containerPointer(s: string, frames: Frames, d: number): string {
  // Walk down to the nearest container whose pointer is known, then fill in the rest going up (no recursion).
  let k = d;
  while (k > 0 && frames.prefix[k] === undefined) k--;
  let p = frames.prefix[k] ?? "";
  frames.prefix[k] = p;
  // A child is open only inside a member or element of its parent, so each parent token exists.
  for (let j = k + 1; j <= d; j++) {
    p += token(s, frames, j - 1);
    frames.prefix[j] = p;
  }
  return p;
}

/** "/index" or "/name" for the current element or member of the container at depth `d`; "" before a name is read. */
function token(s: string, frames: Frames, d: number): string {
  const index = frames.index[d]!;
  if (index >= 0) return "/" + index;
  if (frames.keyStart[d] === -1) return "";
  const k = keyName(s, frames, d);
  // Most names need no escaping; skip pointerAppend's two regex passes for them.
  return k.includes("~") || k.includes("/") ? pointerAppend("", k) : "/" + k;
}

function where(s: string, fromBytes: boolean, at: number): string {
  return fromBytes ? `byte offset ${utf8Length(s, at)}` : `character offset ${at}`;
}

function describe(c: number): string {
  if (Number.isNaN(c)) return "end of input";
  if (c >= 0x21 && c <= 0x7e) return JSON.stringify(String.fromCharCode(c));
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}
