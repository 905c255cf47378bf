import { McpTrustError, pointerAppend } from "./errors.js";
import type { JsonValue } from "./strict-json.js";

/**
 * Nesting limit of the canonicalizer, counted in arrays and objects (the top-level container is level 1).
 *
 * The serializer recurses rather than keeping an explicit stack: recursion is what makes it fast, and 1000 levels
 * (about 2000 frames) fit comfortably in Node's default stack. Values from the strict reader are capped far lower
 * (limit_exceeded at depth 32 by default); this cap only stops caller-built values, including cycles, from turning
 * into a RangeError.
 */
export const JCS_MAX_DEPTH = 1000;

interface WellFormedString {
  isWellFormed(): boolean;
}

// Pairs are one code point (not \p{Cs}) under the u flag, so this matches exactly the lone surrogates. Used only
// where String.prototype.isWellFormed (ES2024, native in Node 20) is missing.
const LONE_SURROGATE = /\p{Cs}/u;
const hasIsWellFormed = typeof (String.prototype as Partial<WellFormedString>).isWellFormed === "function";

const ObjectPrototype = Object.prototype;
const ArrayPrototype = Array.prototype;
const getPrototypeOf = Object.getPrototypeOf;
const keysOf = Object.keys;

// Thrown bare on the hot path; canonicalString re-walks the value to say where, so the fast path keeps no path state.
function invalid(message: string): McpTrustError {
  return new McpTrustError("json_invalid", message);
}

// Code units that JSON.stringify would escape or that may start a lone surrogate. Most strings in an envelope contain
// none of them and are quoted by concatenation; calling JSON.stringify per string costs more than the whole test.
const NEEDS_CARE = /["\\\u0000-\u001f\ud800-\udfff]/;

// Beyond this length JSON.stringify's native scan beats the regex test, so long strings skip the fast path.
const SHORT_STRING = 64;

function isWellFormed(s: string): boolean {
  return hasIsWellFormed ? (s as unknown as WellFormedString).isWellFormed() : !LONE_SURROGATE.test(s);
}

function quote(s: string): string {
  if (s.length <= SHORT_STRING && !NEEDS_CARE.test(s)) return '"' + s + '"';
  // JSON.stringify would escape a lone surrogate as \udXXX (well-formed stringify) and so hide it; RFC 8785 §3.2.2.2
  // leaves such a string without a canonical form, so it is refused instead.
  if (!isWellFormed(s)) throw invalid("string contains a lone surrogate");
  // JSON.stringify escapes exactly what RFC 8785 §3.2.2.2 requires: ", \, the short forms \b \t \n \f \r, other
  // controls as lowercase \u00xx, everything else verbatim.
  return JSON.stringify(s);
}

function number(n: number): string {
  if (n === 0) {
    // -0 and 0 serialise alike, so writing -0 as 0 would let two different caller values sign the same bytes.
    if (1 / n < 0) throw invalid("negative zero has no canonical form in the common profile");
    return "0";
  }
  if (n - n !== 0) throw invalid("NaN and Infinity are not JSON numbers");
  // ECMAScript Number::toString is the serialisation RFC 8785 §3.2.2.3 specifies.
  return "" + n;
}

function serialize(v: unknown, depth: number): string {
  switch (typeof v) {
    case "string":
      return quote(v);
    case "number":
      return number(v);
    case "boolean":
      return v ? "true" : "false";
    case "object": {
      if (v === null) return "null";
      if (depth >= JCS_MAX_DEPTH) throw new McpTrustError("limit_exceeded", `nested deeper than ${JCS_MAX_DEPTH} levels`);
      const proto: unknown = getPrototypeOf(v);
      if (proto === ArrayPrototype) return serializeArray(v as readonly unknown[], depth + 1);
      if (proto === ObjectPrototype || proto === null) return serializeObject(v as Record<string, unknown>, depth + 1);
      throw invalid("not a plain object or array");
    }
    default:
      throw invalid(`${typeof v} is not a JSON value`);
  }
}

function serializeArray(a: readonly unknown[], depth: number): string {
  const n = a.length;
  if (n === 0) return "[]";
  let out = "[";
  for (let i = 0; i < n; i++) {
    if (i !== 0) out += ",";
    // A hole reads as undefined, which serialize refuses: sparse arrays need no test of their own.
    out += serialize(a[i], depth);
  }
  return out + "]";
}

// String `<` compares UTF-16 code units, the order RFC 8785 §3.2.3 prescribes (not code points); so does the default
// Array.prototype.sort. Envelopes have a handful of members per object, where insertion sort is several times faster
// than the generic sort; past a few dozen it is not.
const INSERTION_SORT_MAX = 24;

function sortKeys(keys: string[]): string[] {
  const n = keys.length;
  if (n > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < n; i++) {
    const k = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

// Member names repeat from call to call (every envelope has the same few dozen), so their quoted form is memoised.
// Only short names are kept and the map is emptied when full: memory stays bounded (about 2048 × 130 code units) and
// a stream of fresh names only costs what the cache saves. Names enter only after quote() has accepted them.
const KEY_CACHE_MAX = 2048;
const keyCache = new Map<string, string>();

function quoteKey(k: string): string {
  let q = keyCache.get(k);
  if (q === undefined) {
    q = quote(k);
    if (k.length <= SHORT_STRING) {
      if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
      keyCache.set(k, q);
    }
  }
  return q;
}

function serializeObject(o: Record<string, unknown>, depth: number): string {
  const keys = sortKeys(keysOf(o));
  const n = keys.length;
  if (n === 0) return "{}";
  let out = "{";
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (i !== 0) out += ",";
    out += quoteKey(k) + ":" + serialize(o[k], depth);
  }
  return out + "}";
}

interface Finding {
  readonly reason: "json_invalid" | "limit_exceeded";
  readonly message: string;
  readonly pointer: string;
}

/**
 * Slow path, run only after the fast serializer has refused: names an offending member by its RFC 6901 pointer (when
 * there are several, not necessarily the one the serializer met first). Iterative so that it cannot overflow, and
 * cycle-aware so that a cycle is reported as json_invalid rather than as the depth limit it would eventually hit.
 */
function locate(root: unknown): Finding | undefined {
  type Frame = { value: unknown; pointer: string; depth: number; exit?: object };
  const ancestors = new Set<object>();
  const stack: Frame[] = [{ value: root, pointer: "", depth: 0 }];
  while (stack.length > 0) {
    const { value: v, pointer, depth, exit } = stack.pop()!;
    if (exit !== undefined) {
      ancestors.delete(exit);
      continue;
    }
    const bad = (message: string): Finding => ({ reason: "json_invalid", message, pointer });
    switch (typeof v) {
      case "string":
        if (!isWellFormed(v)) return bad("string contains a lone surrogate");
        continue;
      case "number":
        if (v === 0 && 1 / v < 0) return bad("negative zero has no canonical form in the common profile");
        if (!Number.isFinite(v)) return bad("NaN and Infinity are not JSON numbers");
        continue;
      case "boolean":
        continue;
      case "object": {
        if (v === null) continue;
        if (ancestors.has(v)) return bad("value contains a cycle");
        if (depth >= JCS_MAX_DEPTH) {
          return { reason: "limit_exceeded", message: `nested deeper than ${JCS_MAX_DEPTH} levels`, pointer };
        }
        const proto: unknown = getPrototypeOf(v);
        const children: Frame[] = [];
        if (proto === ArrayPrototype) {
          const a = v as readonly unknown[];
          for (let i = 0; i < a.length; i++) {
            const p = pointerAppend(pointer, i);
            if (a[i] === undefined) return { reason: "json_invalid", message: "array element is undefined or a hole", pointer: p };
            children.push({ value: a[i], pointer: p, depth: depth + 1 });
          }
        } else if (proto === ObjectPrototype || proto === null) {
          const o = v as Record<string, unknown>;
          for (const k of sortKeys(keysOf(o))) {
            const p = pointerAppend(pointer, k);
            if (!isWellFormed(k)) {
              return { reason: "json_invalid", message: "member name contains a lone surrogate", pointer: p };
            }
            if (o[k] === undefined) return { reason: "json_invalid", message: "member value is undefined", pointer: p };
            children.push({ value: o[k], pointer: p, depth: depth + 1 });
          }
        } else {
          return bad("not a plain object or array");
        }
        ancestors.add(v);
        stack.push({ value: undefined, pointer, depth, exit: v });
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
        continue;
      }
      default:
        return bad(`${typeof v} is not a JSON value`);
    }
  }
  return undefined;
}

/**
 * The RFC 8785 (JCS) text of `value`: members sorted by UTF-16 code units, no whitespace, ECMAScript number
 * serialisation, minimal string escaping.
 *
 * Throws {@link McpTrustError} `json_invalid` for what JCS cannot represent — NaN, ±Infinity, -0, lone surrogates in
 * strings or member names, undefined, functions, symbols, bigints, sparse arrays, objects whose prototype is neither
 * `Object.prototype` nor `null` (Date, Map, boxed primitives, class instances, objects from another realm), and cycles
 * — with `pointer` naming the offending member; `limit_exceeded` beyond {@link JCS_MAX_DEPTH} levels. Only own
 * enumerable string-keyed members are read, as JSON.stringify reads them: symbol-keyed and non-enumerable members
 * are ignored (checking for them costs about 10 % on the hot path).
 *
 * @example
 * ```ts
 * canonicalString({ b: [1e21, "é"], a: null }) // '{"a":null,"b":[1e+21,"é"]}'
 * ```
 */
export function canonicalString(value: JsonValue): string {
  try {
    return serialize(value, 0);
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    const found = locate(value);
    // A getter that answers differently the second time can leave nothing to find; the first refusal still stands.
    if (found === undefined) throw e;
    throw new McpTrustError(found.reason, found.message, { pointer: found.pointer });
  }
}

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of {@link canonicalString} — the exact input to a signature or digest. A fresh array each time,
 * never a view into a shared pool. Throws as {@link canonicalString} does.
 */
export function canonicalBytes(value: JsonValue): Uint8Array {
  return encoder.encode(canonicalString(value));
}
