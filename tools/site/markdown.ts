// Small, line-based readers of the Markdown the site is built from: fenced blocks, links and heading anchors. They
// follow what VitePress (markdown-it) does closely enough for the site's own checks; tools/site/links.ts then checks
// the built HTML, which is the final word on whether a link resolves.
import { slug } from "../../conformance/runner/traceability.js";

export interface Fence {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  body: string;
  /** The nearest non-blank line before the fence (an embed marker sits there). */
  before: string;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;

/** Every fenced code block, in order. */
export function fences(text: string): Fence[] {
  const lines = text.split("\n");
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!);
    if (open === null) continue;
    const marker = open[1]!;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(marker)) j++;
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === "") k--;
    out.push({ line: i + 1, lang: open[2]!.toLowerCase(), body: lines.slice(i + 1, j).join("\n"), before: k >= 0 ? lines[k]! : "" });
    i = j;
  }
  return out;
}

/** The text with fenced blocks and inline code spans blanked (same length per line), so links inside code are ignored. */
export function withoutCode(text: string): string {
  const lines = text.split("\n");
  let inFence: string | null = null;
  return lines
    .map((line) => {
      if (inFence !== null) {
        if (line.trimStart().startsWith(inFence)) inFence = null;
        return "";
      }
      const open = FENCE_OPEN.exec(line);
      if (open !== null) {
        inFence = open[1]!;
        return "";
      }
      return line.replace(/(`+)[^`]*?\1/g, (m) => " ".repeat(m.length));
    })
    .join("\n");
}

export interface Link {
  line: number;
  text: string;
  target: string;
}

const LINK = /(!?)\[((?:[^\]\\]|\\.)*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const HTML_LINK = /<a\s[^>]*href="([^"]+)"/g;

/** Markdown links and images, and `<a href>` in inline HTML, outside code. */
export function links(text: string): Link[] {
  const out: Link[] = [];
  withoutCode(text)
    .split("\n")
    .forEach((line, i) => {
      for (const m of line.matchAll(LINK)) out.push({ line: i + 1, text: m[2]!, target: m[3]! });
      for (const m of line.matchAll(HTML_LINK)) out.push({ line: i + 1, text: "", target: m[1]! });
    });
  return out;
}

/** Rewrites every Markdown link target outside code; `map` returns the new target, or null to keep only the text. */
export function rewriteLinks(text: string, map: (target: string, line: number) => string | null): string {
  const blanked = withoutCode(text).split("\n");
  return text
    .split("\n")
    .map((line, i) => {
      const visible = blanked[i]!;
      if (!visible.includes("](")) return line;
      // Replace from the end so earlier offsets stay valid.
      const matches = [...visible.matchAll(LINK)].reverse();
      let out = line;
      for (const m of matches) {
        const start = m.index + m[1]!.length + m[2]!.length + 3; // past `![text](`
        const target = m[3]!;
        const mapped = map(target, i + 1);
        if (mapped === null) {
          const textStart = m.index + m[1]!.length + 1;
          out = out.slice(0, m.index) + out.slice(textStart, textStart + m[2]!.length) + out.slice(m.index + m[0].length);
        } else out = out.slice(0, start) + mapped + out.slice(start + target.length);
      }
      return out;
    })
    .join("\n");
}

/** The text a heading's anchor is made from: its inline text without Markdown syntax (what markdown-it-anchor sees). */
export function headingText(raw: string): string {
  return raw
    .replace(/\s*\{#[^}]+\}\s*$/, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/\\(.)/g, "$1")
    .trim();
}

/**
 * The anchors a page defines: heading ids (an explicit `{#id}` or the slug, numbered `-1`, `-2`, … when repeated, as
 * markdown-it-anchor does) and `id="…"` attributes of inline HTML.
 */
export function anchors(text: string): Set<string> {
  const out = new Set<string>();
  const code = withoutCode(text).split("\n");
  for (const [i, line] of text.split("\n").entries()) {
    if (code[i] === "" && line.trim() !== "") continue; // inside a fence
    const h = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h !== null) {
      const explicit = /\{#([^}\s]+)\}\s*$/.exec(h[1]!);
      let id = explicit !== null ? explicit[1]! : slug(headingText(h[1]!));
      if (explicit === null && out.has(id)) {
        let n = 1;
        while (out.has(`${id}-${n}`)) n++;
        id = `${id}-${n}`;
      }
      out.add(id);
    }
    for (const m of code[i]!.matchAll(/\sid="([^"]+)"/g)) out.add(m[1]!);
  }
  return out;
}

/** The first `# ` heading, for page titles. */
export function title(text: string): string | undefined {
  const m = /^# (.+)$/m.exec(withoutCode(text));
  return m === null ? undefined : headingText(m[1]!);
}
