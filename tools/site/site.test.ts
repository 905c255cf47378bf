// Browser tests of the built spec site: Debian's Chromium, headless, driven by playwright-core, against dist/site served
// on loopback. Builds the site first when dist/site is missing. Without Chromium the tests are skipped, except under CI,
// where every one of them fails.
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite } from "../../site/serve.js";
import { buildSite, ROOT } from "./build.js";
import { checkSiteLinks } from "./links.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const SITE = join(ROOT, "dist", "site");
const SHOTS = join(ROOT, "dist", "site-screenshots");
const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium && process.env["CI"] === undefined)("the spec site in a browser", () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  /** A browser test: under CI without Chromium it fails (rather than being skipped), naming what is missing. */
  const test = (name: string, fn: () => Promise<void>, timeout?: number) =>
    it(
      name,
      async () => {
        if (!haveChromium) throw new Error(`${CHROMIUM} is missing; .ci/run installs Debian's chromium (or set CHROMIUM_PATH)`);
        await fn();
      },
      timeout,
    );

  beforeAll(async () => {
    if (!haveChromium) return;
    if (!existsSync(join(SITE, "index.html"))) {
      // CI builds from a fresh clone: publish the report if one matches the vectors, never run the suite a third time
      // (the conformance tests already do), so the site tests stay within a couple of minutes.
      const { problems } = await buildSite({ runConformance: false, log: () => {} });
      expect(problems, "npm run site fails").toEqual([]);
    }
    server = await serveSite(SITE, 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"], headless: true });
    mkdirSync(SHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server === undefined ? r(undefined) : server.close(r)));
  });

  /** A tab that records console errors, uncaught exceptions and failed requests since its last `go`. */
  async function tab(): Promise<{ page: Page; errors: string[]; go: (path: string) => Promise<void> }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
    // A prefetch still in flight when the tab moves on is aborted by the navigation, not failed; a missing file is a 404.
    page.on("requestfailed", (r) => {
      if (r.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const go = async (path: string) => {
      errors.length = 0;
      await page.goto(base + path, { waitUntil: "load" });
    };
    return { page, errors, go };
  }

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const t = await tab();
    await t.go(path);
    return t;
  }

  test("loads every page reachable from the home page without console errors or broken links", async () => {
    const seen = new Set<string>(["/"]);
    const queue = ["/"];
    const problems: string[] = [];
    let visited = 0;
    let busy = 0;
    // A few tabs at a time; a worker leaves only when the queue is empty and no other tab can still add to it.
    const worker = async () => {
      const t = await tab();
      for (;;) {
        const path = queue.shift();
        if (path === undefined) {
          if (busy === 0) return t.page.close();
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        busy++;
        try {
          await visit(t, path);
        } finally {
          busy--;
        }
      }
    };
    const visit = async ({ page, errors, go }: Awaited<ReturnType<typeof tab>>, path: string) => {
      await go(path);
      visited++;
      problems.push(...errors.map((e) => `${path}: ${e}`));
      // One round trip per page: every link and every element id or name a fragment could name.
      const found = await page.$$eval("a[href]", (as) => as.map((a) => (a as unknown as { href: string }).href));
      const ids = new Set(await page.$$eval("[id], [name]", (es) => es.map((e) => (e as unknown as { id: string }).id || ((e as unknown as { getAttribute(n: string): string }).getAttribute("name") ?? ""))));
      for (const href of found) {
        const url = new URL(href);
        if (url.origin !== base) continue;
        // Fragments must name an element of their page.
        if (url.hash !== "" && url.pathname === new URL(page.url()).pathname && !ids.has(decodeURIComponent(url.hash.slice(1)))) problems.push(`${path}: no anchor ${url.hash}`);
        // Typedoc's own pages are many; the browser visits its entry pages, the static check covers the rest.
        const isApiDetail = url.pathname.startsWith("/api/") && !/^\/api\/(?:index|modules)\.html$|^\/api\/modules\//.test(url.pathname);
        if (!url.pathname.endsWith(".html") && !url.pathname.endsWith("/")) continue;
        if (isApiDetail || seen.has(url.pathname)) continue;
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(problems).toEqual([]);
    expect(visited).toBeGreaterThan(20);
    expect(seen).toContain("/spec/reasons.html");
    expect(seen).toContain("/schemas/tool-call-attestation.html");
    expect(seen).toContain("/conformance/report.html");
    expect(seen).toContain("/api/index.html");
    // Every link of every built page, typedoc's included, resolves to a file and an anchor.
    expect(checkSiteLinks(SITE)).toEqual([]);
  }, 300_000);

  test("search finds a reason code and lands on its definition", async () => {
    const { page, errors } = await open("/");
    await page.locator(".VPNavBarSearch button").first().click();
    const input = page.locator(".VPLocalSearchBox input");
    await input.fill("nonce_replay");
    // The hit whose section title is the code (the table row's section would only land on the page).
    const hit = page.locator(".VPLocalSearchBox .result").filter({ has: page.locator(".titles", { hasText: "nonce_replay" }) }).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/spec\/reasons\.html#reason-nonce_replay$/);
    const heading = page.locator('[id="reason-nonce_replay"]');
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(await heading.textContent()).toContain("nonce_replay");
    // The definition section says what the reason is: its HTTP status and where it is checked.
    const section = await page.locator('[id="reason-nonce_replay"] + p').textContent();
    expect(section).toContain("HTTP 401");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a schema page shows its fields table", async () => {
    const { page, errors } = await open("/schemas/tool-call-attestation.html");
    const headers = await page.locator(".vp-doc table").first().locator("th").allTextContents();
    expect(headers).toEqual(["field", "type", "required", "constraints", "description"]);
    const fields = await page.locator(".vp-doc table").first().locator("tbody tr td:first-child").allTextContents();
    expect(fields).toEqual(expect.arrayContaining(["issuerAsserted", "plannerDeclared", "payloadDerived", "signature"]));
    expect(await page.locator('[id="defs-issuerasserted"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("writes screenshots of the home page, a spec page and a schema page", async () => {
    for (const [name, path] of [
      ["home", "/"],
      ["spec-tool-call-attestation", "/spec/tool-call-attestation.html"],
      ["schema-tool-call-attestation", "/schemas/tool-call-attestation.html"],
    ] as const) {
      const { page, errors } = await open(path);
      const file = join(SHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect(existsSync(file)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  test("prints without navigation, and offers light and dark", async () => {
    const { page } = await open("/spec/reasons.html");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".VPSidebar").isVisible()).toBe(false);
    expect(await page.locator(".VPNav").isVisible()).toBe(false);
    expect(await page.locator(".vp-doc h1").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen", colorScheme: "dark" });
    // VitePress keeps the reader's choice in localStorage and applies it before the first paint.
    await page.evaluate(`localStorage.setItem("vitepress-theme-appearance", "dark")`);
    await page.reload();
    expect(await page.evaluate(`document.documentElement.classList.contains("dark")`)).toBe(true);
    await page.close();
  });
});
