// VitePress configuration of the spec site. The content is not here: `npm run site` (tools/site/build.ts) assembles
// it from spec/, schemas/, conformance/ and the typedoc output into dist/site-src, with the sidebar in nav.json.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type DefaultTheme } from "vitepress";
// Headings get the same GitHub-style anchors as on the repository and in the vectors' `spec` fields (one slug function).
import { slug } from "../../conformance/runner/traceability.js";

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = resolve(process.env.MCP_TRUST_SITE_SRC ?? resolve(here, "../../dist/site-src"));
const outDir = resolve(process.env.MCP_TRUST_SITE_OUT ?? resolve(here, "../../dist/site"));
const nav = JSON.parse(readFileSync(resolve(srcDir, "nav.json"), "utf8")) as {
  nav: DefaultTheme.NavItem[];
  sidebar: DefaultTheme.Sidebar;
};

export default defineConfig({
  title: "mcp-trust",
  description: "Verifiable trust for the Model Context Protocol: spec drafts, schemas, reason registry, conformance.",
  lang: "en",
  srcDir,
  outDir,
  cacheDir: resolve(outDir, "..", "site-cache"),
  // Plain .html URLs: the built site works behind any static file server, no rewrite rules needed.
  cleanUrls: false,
  // The site is built offline and read offline: no web fonts, no external requests.
  useWebFonts: false,
  // The API reference is typedoc's own HTML, written into /api after VitePress; tools/site/links.ts checks those links.
  ignoreDeadLinks: [/^\/api\//],
  markdown: { anchor: { slugify: slug }, theme: { light: "github-light", dark: "github-dark" } },
  themeConfig: {
    nav: nav.nav,
    sidebar: nav.sidebar,
    outline: { level: [2, 3] },
    search: { provider: "local" },
    footer: { message: "Apache-2.0. Generated from the repository: spec/, schemas/, conformance/ and the reference library." },
  },
});
