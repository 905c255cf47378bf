/**
 * `node dist/bench/gateway/bare-proxy.js --upstream URL --listen 127.0.0.1:PORT`: the least a node:http reverse proxy
 * can do — read the body, send it over a keep-alive agent, pipe the answer back; no reading, deciding, filtering or
 * rewriting, no timeouts. The floor under the gateway's cost on a machine: what any proxy built on node:http spends
 * per call before it does anything useful. Prints one `{"event":"listening",…}` line like the gateway, runs until
 * SIGTERM. Not a product: never put it in front of anything.
 */
import { Agent, createServer, request, type IncomingHttpHeaders } from "node:http";

function flag(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? undefined : process.argv[i + 1];
  if (value === undefined) throw new Error(`bare-proxy: --${name} is required`);
  return value;
}

const upstream = new URL(flag("upstream"));
const [host, port] = flag("listen").split(":") as [string, string];
const agent = new Agent({ keepAlive: true, scheduling: "lifo", maxFreeSockets: 1024 });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const headers: IncomingHttpHeaders = { ...req.headers, "content-length": String(body.length) };
    delete headers.host;
    delete headers.connection;
    const out = request({ hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers, agent }, (r) => {
      const h = { ...r.headers };
      delete h.connection;
      delete h["transfer-encoding"];
      delete h["keep-alive"];
      res.writeHead(r.statusCode ?? 502, h);
      r.pipe(res);
    });
    out.on("error", () => res.destroy());
    out.end(body);
  });
});

server.listen(Number(port), host, () => {
  process.stderr.write(`${JSON.stringify({ event: "listening", url: `http://${host}:${port}${upstream.pathname}`, bare: true })}\n`);
});
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
