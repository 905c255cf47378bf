// The few Markdown operations the SEP generator needs: find headings and sections, shift heading levels, and rewrite
// or list link targets — all outside fenced code blocks, so that a `#` comment or a `](` inside an example is never
// mistaken for structure. Headings are slugged exactly as the traceability check slugs them, so every anchor the spec
// drafts, the vectors and the SEPs use means the same thing.
import { slug } from "../../conformance/runner/traceability.js";

export { slug };

export interface Heading {
  level: number;
  title: string;
  slug: string;
  /** Index of the heading's line. */
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** For each line, whether it belongs to a fenced code block (the fence lines included). */
export function codeLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let open: string | undefined;
  for (const line of lines) {
    const m = FENCE.exec(line);
    if (open === undefined) {
      if (m !== null) open = m[1]!;
      out.push(open !== undefined);
    } else {
      out.push(true);
      // A fence closes on the same character, at least as long, with nothing after it.
      if (m !== null && m[1]![0] === open[0] && m[1]!.length >= open.length && line.trim() === m[1]) open = undefined;
    }
  }
  return out;
}

export function headings(text: string): Heading[] {
  const lines = text.split("\n");
  const code = codeLines(lines);
  const out: Heading[] = [];
  lines.forEach((line, i) => {
    const m = /^(#{1,6}) +(.+?)(?: +#+)? *$/.exec(line);
    if (m !== null && !code[i]) out.push({ level: m[1]!.length, title: m[2]!, slug: slug(m[2]!), line: i });
  });
  return out;
}

/** The body of the section whose heading slugs to `anchor`: the lines after its heading up to the next heading of the same or a higher level. */
export function section(text: string, anchor: string): { level: number; body: string } {
  const all = headings(text);
  const found = all.filter((h) => h.slug === anchor);
  if (found.length !== 1) throw new Error(found.length === 0 ? `no heading with anchor #${anchor}` : `anchor #${anchor} names ${found.length} headings`);
  const h = found[0]!;
  const next = all.find((x) => x.line > h.line && x.level <= h.level);
  const lines = text.split("\n").slice(h.line + 1, next === undefined ? undefined : next.line);
  return { level: h.level, body: lines.join("\n").trim() };
}

/** Moves every heading outside code blocks by `delta` levels (clamped to 1..6). */
export function shiftHeadings(text: string, delta: number): string {
  if (delta === 0) return text;
  const lines = text.split("\n");
  const code = codeLines(lines);
  return lines
    .map((line, i) => {
      const m = /^(#{1,6})( +.*)$/.exec(line);
      if (m === null || code[i]) return line;
      return `${"#".repeat(Math.min(6, Math.max(1, m[1]!.length + delta)))}${m[2]}`;
    })
    .join("\n");
}

// An inline link or image `[text](target "title")` — the text may hold code spans and one level of brackets — or a
// code span, which is matched only to be skipped. At any position the leftmost match wins, so a link whose text
// starts with a code span is still a link.
const INLINE = /(`+)[\s\S]*?\1|(!?\[(?:[^[\]]|\[[^\]]*\])*\]\()(<[^>\n]*>|[^)\s]+)((?:\s+"[^"\n]*")?\))/g;
const REFERENCE = /^( {0,3}\[[^\]]+\]:\s*)(\S+)(.*)$/;

/** Rewrites the target of every link outside code with `map`. */
export function mapLinks(text: string, map: (target: string) => string): string {
  const lines = text.split("\n");
  const code = codeLines(lines);
  return lines
    .map((line, i) => {
      if (code[i]) return line;
      const ref = REFERENCE.exec(line);
      if (ref !== null) return `${ref[1]}${map(ref[2]!)}${ref[3]}`;
      return line.replace(INLINE, (m, tick: string | undefined, open: string, target: string, close: string) => {
        if (tick !== undefined) return m;
        const bracketed = target.startsWith("<");
        const mapped = map(bracketed ? target.slice(1, -1) : target);
        return `${open}${bracketed ? `<${mapped}>` : mapped}${close}`;
      });
    })
    .join("\n");
}

/** Every link target outside code, in order. */
export function links(text: string): string[] {
  const out: string[] = [];
  mapLinks(text, (t) => {
    out.push(t);
    return t;
  });
  return out;
}

/** True for a target that leaves the repository (a URL with a scheme, or protocol-relative). */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}
