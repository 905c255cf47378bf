/**
 * Scope entries (spec/transport-headers.md#scope-entries), shared by capability tokens (`scope` claim, one
 * space-separated string) and intents (`scope`, an array): an MCP method such as `tools/list`, `tools/call:<tool>`,
 * or `tools/call:*`. A bare `tools/call` is not an entry: it would be unclear whether it names one tool or all.
 */

/** The grammar of common.schema.json#/$defs/scopeEntry. */
export const SCOPE_ENTRY: RegExp = /^(?:tools\/call:(?:\*|[A-Za-z0-9_.-]{1,128})|(?!tools\/call$)[a-z][A-Za-z0-9_-]*(?:\/[A-Za-z][A-Za-z0-9_-]*)*)$/;
/** Tool names a `tools/call:<tool>` entry can name. */
export const TOOL_NAME: RegExp = /^[A-Za-z0-9_.-]{1,128}$/;
export const MAX_SCOPE_ENTRY_LENGTH = 160;
export const MAX_SCOPE_ENTRIES = 32;
export const MAX_SCOPE_STRING_LENGTH = 4096;

const CALL_PREFIX = "tools/call:";
const ALL_TOOLS = "tools/call:*";

export function isScopeEntry(s: unknown): s is string {
  return typeof s === "string" && s.length <= MAX_SCOPE_ENTRY_LENGTH && SCOPE_ENTRY.test(s);
}

/**
 * The entries of a space-separated scope string (common.schema.json#/$defs/scopeString), or `undefined` when it is not
 * one: empty, a doubled, leading or trailing space, or an entry outside the grammar or longer than 160 characters (the
 * schema's pattern cannot bound each entry of the string). One scope has one spacing, so that two parties cannot split
 * it differently.
 */
export function parseScopeString(s: unknown): string[] | undefined {
  if (typeof s !== "string" || s.length === 0 || s.length > MAX_SCOPE_STRING_LENGTH) return undefined;
  const entries = s.split(" ");
  return entries.every(isScopeEntry) ? entries : undefined;
}

/** Whether `entries` is 1..32 distinct scope entries. */
export function isScopeList(entries: unknown): entries is string[] {
  return (
    Array.isArray(entries) &&
    entries.length >= 1 &&
    entries.length <= MAX_SCOPE_ENTRIES &&
    entries.every(isScopeEntry) &&
    new Set(entries).size === entries.length
  );
}

/** The scope entry a `tools/call` of `tool` needs. */
export function callEntry(tool: string): string {
  return CALL_PREFIX + tool;
}

/**
 * Whether `scope` covers `entry`: an equal entry does, and `tools/call:*` covers every `tools/call:<tool>`. Nothing
 * else widens: a method covers only itself, and only `tools/call:*` covers `tools/call:*`.
 */
export function scopeCovers(scope: readonly string[], entry: string): boolean {
  if (scope.includes(entry)) return true;
  return entry.startsWith(CALL_PREFIX) && scope.includes(ALL_TOOLS);
}

/** Whether `scope` covers a `tools/call` of `tool`. A name outside the tool-name grammar is covered by nothing. */
export function scopeCoversCall(scope: readonly string[], tool: string): boolean {
  return TOOL_NAME.test(tool) && scopeCovers(scope, callEntry(tool));
}

/** The first entry of `child` that `parent` does not cover (a widening), or `undefined` when `child` narrows `parent`. */
export function firstEscalation(parent: readonly string[], child: readonly string[]): string | undefined {
  return child.find((entry) => !scopeCovers(parent, entry));
}
