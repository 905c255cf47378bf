// Reading a request body with a size bound and a deadline: a large or trickling body never holds memory or a slot.
import type { IncomingMessage } from "node:http";

/** 1 MiB of tool arguments plus 64 KiB of evidence (the CLI's `--request` bound). */
export const DEFAULT_MAX_BODY_BYTES = (1 << 20) + 65536;
/** How long a client may take to send its whole request. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export type BodyFailure = "too_large" | "timeout" | "aborted";

export class BodyError extends Error {
  override readonly name = "BodyError";
  constructor(
    readonly failure: BodyFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The whole body of `req`, at most `maxBytes` long, received before `deadline` (epoch ms). A declared Content-Length
 * over the bound is refused before reading a byte; a body that grows past it stops being read at once. On failure
 * the request stream is paused and detached: the caller answers and closes the connection.
 */
export function readBody(req: IncomingMessage, maxBytes: number, deadline: number): Promise<Buffer> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > maxBytes) {
    return Promise.reject(new BodyError("too_large", `the body is ${declared} bytes, longer than ${maxBytes}`));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (error: BodyError | undefined): void => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      if (error === undefined) {
        resolve(Buffer.concat(chunks, length));
        return;
      }
      req.pause();
      chunks.length = 0;
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length > maxBytes) finish(new BodyError("too_large", `the body is longer than ${maxBytes} bytes`));
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish(undefined);
    const onError = (): void => finish(new BodyError("aborted", "the client aborted the request"));
    const onClose = (): void => {
      if (!req.complete) finish(new BodyError("aborted", "the client closed the connection"));
    };
    const timer = setTimeout(() => finish(new BodyError("timeout", "the request was not received in time")), Math.max(0, deadline - Date.now()));
    req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
  });
}
