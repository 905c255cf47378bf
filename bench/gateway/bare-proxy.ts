/**
 * `node dist/bench/gateway/bare-proxy.js --upstream URL --listen 127.0.0.1:PORT`: the least a reverse proxy on the
 * gateway's own HTTP stack (a node:http server, an undici Pool to the upstream) can do — read the body, send it,
 * relay the answer (read whole and sent in one write, as the gateway sends a JSON answer); no reading, deciding,
 * filtering or rewriting, no timeouts. The floor under the gateway's cost and latency on a machine: what any proxy
 * built this way spends per call before it does anything useful. Prints one `{"event":"listening",…}` line like the
 * gateway, runs until SIGTERM. Not a product: never put it in front of anything.
 */
import { createServer } from "node:http";
import { Pool } from "undici";

function flag(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? undefined : process.argv[i + 1];
  if (value === undefined) throw new Error(`bare-proxy: --${name} is required`);
  return value;
}

const upstream = new URL(flag("upstream"));
const [host, port] = flag("listen").split(":") as [string, string];
const pool = new Pool(upstream.origin, { pipelining: 1, connections: null, keepAliveTimeout: 4000, bodyTimeout: 0 });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const headers: string[] = [];
    for (const name of ["content-type", "accept", "mcp-session-id", "mcp-protocol-version"]) {
      const v = req.headers[name];
      if (typeof v === "string") headers.push(name, v);
    }
    pool.request({ path: req.url ?? "/", method: req.method === "GET" ? "GET" : "POST", headers, body: Buffer.concat(chunks) }).then(
      (r) => {
        const out: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(r.headers)) if (v !== undefined && k !== "connection" && k !== "keep-alive" && k !== "transfer-encoding") out[k] = v;
        // Like the gateway's JSON path: the answer read whole and sent with its headers in one write.
        const body: Buffer[] = [];
        r.body.on("data", (c: Buffer) => body.push(c));
        r.body.on("end", () => {
          res.writeHead(r.statusCode, out);
          res.end(Buffer.concat(body));
        });
        r.body.on("error", () => res.destroy());
      },
      () => res.destroy(),
    );
  });
});

server.listen(Number(port), host, () => {
  process.stderr.write(`${JSON.stringify({ event: "listening", url: `http://${host}:${port}${upstream.pathname}`, bare: true })}\n`);
});
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
