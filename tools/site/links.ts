// The last check of the build, on the HTML as it will be served: every internal link (href or src) of every page,
// VitePress's and typedoc's alike, names a file that exists and, with a fragment, an element id on that page.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";

export interface BrokenLink {
  page: string;
  href: string;
  why: string;
}

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const abs = join(dir, f);
    if (statSync(abs).isDirectory()) return htmlFiles(abs, base);
    return f.endsWith(".html") ? [relative(base, abs).split("\\").join("/")] : [];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** Element ids of a page (what a fragment may name). */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)="([^"]*)"/g)) ids.add(decode(m[1]!));
  return ids;
}

/** Internal href/src targets of a page; external schemes, protocol-relative and `javascript:` links are not ours. */
export function linksOf(html: string): string[] {
  // Code blocks may show markup as text; they are escaped, so only real attributes match.
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!)).filter((h) => h !== "" && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(h));
}

/** Where a link on `page` (site-relative path of an .html file) points, as a site-relative file path and fragment. */
export function resolveLink(page: string, href: string): { file: string; fragment: string } {
  const [pathAndQuery, fragment = ""] = href.split("#", 2) as [string, string?];
  const path = pathAndQuery.split("?")[0]!;
  let file = path === "" ? page : path.startsWith("/") ? path.slice(1) : posix.normalize(posix.join(posix.dirname(page), path));
  if (file === "" || file.endsWith("/")) file += "index.html";
  return { file: decodeURIComponent(file), fragment: decodeURIComponent(fragment) };
}

/** Every broken internal link of the built site under `siteDir`. */
export function checkSiteLinks(siteDir: string): BrokenLink[] {
  const pages = htmlFiles(siteDir);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (s === undefined) idCache.set(file, (s = idsOf(readFileSync(join(siteDir, file), "utf8"))));
    return s;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const html = readFileSync(join(siteDir, page), "utf8");
    for (const href of new Set(linksOf(html))) {
      const { file, fragment } = resolveLink(page, href);
      let target = file;
      if (!existsSync(join(siteDir, target)) || statSync(join(siteDir, target)).isDirectory()) {
        // VitePress's router also answers a clean URL (`/spec/reasons` → reasons.html); accept it only if the file exists.
        const html2 = existsSync(join(siteDir, target, "index.html")) ? `${target}/index.html` : `${target}.html`;
        if (!existsSync(join(siteDir, html2))) {
          broken.push({ page, href, why: `no file ${file}` });
          continue;
        }
        target = html2;
      }
      if (fragment !== "" && target.endsWith(".html") && !ids(target).has(fragment)) broken.push({ page, href, why: `no anchor #${fragment} in ${target}` });
    }
  }
  return broken;
}
