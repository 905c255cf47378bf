#!/usr/bin/env node
// Serves the built spec site (dist/site) on loopback: `node site/serve.js [port]`, default 4173. A VitePress site uses
// site-absolute URLs, so it needs a server rather than file:// — this is the smallest one, with no dependencies.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".txt": "text/plain",
};

/** Starts the server on 127.0.0.1; resolves with it once listening (port 0 picks a free port). */
export function serveSite(dir, port = 4173) {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`; // clean URLs
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      createReadStream(join(root, "404.html")).on("error", () => res.end()).pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL("../dist/site", import.meta.url));
  if (!existsSync(join(dir, "index.html"))) {
    process.stderr.write("dist/site is not built: run npm run site\n");
    process.exit(1);
  }
  const server = await serveSite(dir, Number(process.argv[2] ?? 4173));
  process.stdout.write(`Spec site: http://127.0.0.1:${server.address().port}/ (Ctrl-C to stop)\n`);
}
