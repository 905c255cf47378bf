// VitePress compiles every page as a Vue template, so raw HTML in Markdown must be well-formed, known markup. Text such
// as `<unix seconds>` that escapes its code span (a span broken by a line that starts a list item, say) becomes an
// unknown element and the whole build fails with a Vue compiler error that names no source line. This check finds it
// first, with the file and line, using the same Markdown renderer as VitePress.
import { createMarkdownRenderer } from "vitepress";

const ALLOWED = new Set([
  "a", "abbr", "b", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em", "i", "img", "kbd", "li", "ol", "p",
  "pre", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
]);

interface Token {
  type: string;
  content: string;
  map: [number, number] | null;
  children: Token[] | null;
}

/** Unknown or malformed HTML tags in each page; `pages` maps a page name to its Markdown. */
export async function checkInlineHtml(srcDir: string, pages: ReadonlyMap<string, string>): Promise<string[]> {
  const md = await createMarkdownRenderer(srcDir, {});
  const problems: string[] = [];
  for (const [page, text] of pages) {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
    const visit = (tokens: Token[], line: number | undefined) => {
      for (const t of tokens) {
        const at = t.map?.[0] ?? line;
        if (t.type === "html_inline" || t.type === "html_block") {
          for (const m of t.content.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/g)) {
            const tag = m[1]!.toLowerCase();
            if (!ALLOWED.has(tag))
              problems.push(
                `${page}${at === undefined ? "" : `:${at + 1}`}: raw HTML <${m[1]}${m[2]}> would break the page (text in angle brackets outside ` +
                  "code: a code span split by a line break before + or - turns that line into a list item); keep it in one code span or escape it",
              );
          }
        }
        if (t.children !== null) visit(t.children, at);
      }
    };
    visit(md.parse(body, {}) as unknown as Token[], undefined);
  }
  return problems;
}
