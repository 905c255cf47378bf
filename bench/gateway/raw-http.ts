/**
 * The load generator's timed side: HTTP/1.1 over raw `node:net` sockets. A node:http client costs about 0.5–0.7 ms
 * of CPU per call on this machine — more than a gateway that should add under a millisecond — so the timed runs
 * write pre-built request bytes (request line, headers, pre-signed body) and read replies with the small incremental
 * parser below: status line, headers, then a Content-Length body, a chunked one, or one that ends with the
 * connection. The session handshake and the replay race stay on node:http (client.ts): correctness, not timing.
 */
import { connect, type Socket } from "node:net";
import type { Target } from "./client.js";

/** One complete request (head and body), ready to be written as it is. */
export function requestBytes(target: Target, body: Buffer): Buffer {
  const url = new URL(target.url);
  const head =
    `POST ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\n` +
    `accept: application/json, text/event-stream\r\nmcp-session-id: ${target.sessionId}\r\n` +
    `mcp-protocol-version: ${target.protocolVersion}\r\ncontent-length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
}

export interface RawReply {
  status: number;
  body: Buffer;
}

/** Called once per request: a complete reply, or why there is none (the connection is then unusable). */
export type Done = (reply: RawReply | undefined, error: string | undefined) => void;

const MAX_HEAD = 64 * 1024;
const EMPTY = Buffer.alloc(0);

type State = "head" | "length" | "chunk-size" | "chunk-data" | "chunk-end" | "trailer" | "close";

/**
 * One keep-alive connection carrying one request at a time. `reusable` turns false when the connection closed, failed
 * or announced `Connection: close`; the pools (load.ts) then drop it and open another.
 */
export class RawConnection {
  readonly socket: Socket;
  /** When the current request was written (performance.now()), for the pools' timeout sweep. */
  sentAt = 0;
  busy = false;
  reusable = true;
  private done: Done | undefined;
  private buf: Buffer = EMPTY;
  private state: State = "head";
  private status = 0;
  private remaining = 0;
  private chunks: Buffer[] = [];
  private closeAfter = false;

  constructor(port: number, host: string) {
    this.socket = connect(port, host);
    this.socket.setNoDelay(true);
    this.socket.on("data", (d: Buffer) => this.onData(d));
    this.socket.on("error", (e: NodeJS.ErrnoException) => this.fail(`client ${e.code ?? e.message}`));
    this.socket.on("end", () => {
      // A reply whose body runs to the end of the connection is complete now.
      if (this.busy && this.state === "close") this.complete();
      else this.fail("client connection closed");
    });
    this.socket.on("close", () => this.fail("client connection closed"));
  }

  /** Writes one request; `done` gets its reply (latency: the caller's clock around this call and `done`). */
  send(bytes: Buffer, done: Done): void {
    if (this.busy || !this.reusable) throw new Error("bench: a raw connection got a request while busy or closed");
    this.busy = true;
    this.done = done;
    this.state = "head";
    this.chunks = [];
    this.sentAt = performance.now();
    this.socket.write(bytes);
  }

  /** Ends the connection; a request in flight gets `reason` as its error. */
  destroy(reason = "client connection destroyed"): void {
    this.fail(reason);
    this.socket.destroy();
  }

  private fail(reason: string): void {
    this.reusable = false;
    if (!this.busy) return;
    const done = this.done!;
    this.busy = false;
    this.done = undefined;
    done(undefined, reason);
  }

  private complete(): void {
    const done = this.done!;
    const body = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.busy = false;
    this.done = undefined;
    this.chunks = [];
    // Bytes beyond the reply (nothing is pipelined): the connection is out of step, never reuse it.
    if (this.buf.length > 0) this.closeAfter = true;
    this.buf = EMPTY;
    if (this.closeAfter) {
      this.reusable = false;
      this.socket.destroy();
    }
    done({ status: this.status, body }, undefined);
  }

  private onData(d: Buffer): void {
    if (!this.busy) {
      // Bytes nobody asked for: the connection is out of step, never reuse it.
      this.reusable = false;
      this.socket.destroy();
      return;
    }
    this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
    try {
      while (this.busy && this.step());
    } catch (e) {
      this.destroy(`client bad response: ${(e as Error).message}`);
    }
  }

  /** Consumes what it can of `buf`; false when it needs more bytes. */
  private step(): boolean {
    const buf = this.buf;
    switch (this.state) {
      case "head": {
        const end = buf.indexOf("\r\n\r\n");
        if (end < 0) {
          if (buf.length > MAX_HEAD) throw new Error("response head too long");
          return false;
        }
        this.buf = buf.subarray(end + 4);
        this.head(buf.toString("latin1", 0, end));
        return true;
      }
      case "length": {
        const take = Math.min(this.remaining, buf.length);
        if (take === 0) return false;
        this.chunks.push(buf.subarray(0, take));
        this.buf = buf.subarray(take);
        this.remaining -= take;
        if (this.remaining === 0) this.complete();
        return true;
      }
      case "chunk-size":
      case "trailer":
      case "chunk-end": {
        const eol = buf.indexOf("\r\n");
        if (eol < 0) return false;
        const line = buf.toString("latin1", 0, eol);
        this.buf = buf.subarray(eol + 2);
        if (this.state === "chunk-end") {
          if (line !== "") throw new Error("chunk not followed by CRLF");
          this.state = "chunk-size";
        } else if (this.state === "trailer") {
          if (line === "") this.complete();
        } else {
          const size = parseInt(line.split(";", 1)[0]!.trim(), 16);
          if (!Number.isInteger(size) || size < 0) throw new Error(`bad chunk size ${JSON.stringify(line)}`);
          this.remaining = size;
          this.state = size === 0 ? "trailer" : "chunk-data";
        }
        return true;
      }
      case "chunk-data": {
        const take = Math.min(this.remaining, buf.length);
        if (take === 0) return false;
        this.chunks.push(buf.subarray(0, take));
        this.buf = buf.subarray(take);
        this.remaining -= take;
        if (this.remaining === 0) this.state = "chunk-end";
        return true;
      }
      case "close":
        if (buf.length === 0) return false;
        this.chunks.push(buf);
        this.buf = EMPTY;
        return true;
    }
  }

  /** Status line and headers: decides how the body is framed. */
  private head(text: string): void {
    const lines = text.split("\r\n");
    const m = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]!);
    if (m === null) throw new Error(`bad status line ${JSON.stringify(lines[0])}`);
    const status = Number(m[1]);
    if (status >= 100 && status < 200) return; // an interim reply (100 Continue): the real one follows
    let length: number | undefined;
    let chunked = false;
    let close = lines[0]!.startsWith("HTTP/1.0");
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim().toLowerCase();
      if (name === "content-length") length = Number(value);
      else if (name === "transfer-encoding") chunked = value.split(",").map((x) => x.trim()).includes("chunked");
      else if (name === "connection") close = value.split(",").map((x) => x.trim()).includes("close") || (close && !value.includes("keep-alive"));
    }
    this.status = status;
    this.closeAfter = close;
    if (status === 204 || status === 304) this.complete();
    else if (chunked) this.state = "chunk-size";
    else if (length !== undefined) {
      if (!Number.isInteger(length) || length < 0) throw new Error("bad content-length");
      this.remaining = length;
      this.state = "length";
      if (length === 0) this.complete();
    } else {
      this.closeAfter = true;
      this.state = "close";
    }
  }
}
