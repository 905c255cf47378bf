import type { Server } from "node:http";
/** Serves a built site directory on 127.0.0.1 (port 0: any free port). */
export function serveSite(dir: string, port?: number): Promise<Server>;
