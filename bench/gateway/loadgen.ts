/**
 * Child process: the load generator, driven over IPC by run.ts (`{ id, cmd, … }` → `{ id, result }` or
 * `{ id, error }`). It holds the agent's signing key, opens sessions, signs every body it will send before the
 * timed part of a command starts, and runs the load shapes of load.ts (timed ones over raw sockets, raw-http.ts). Exits on SIGTERM or when the parent goes.
 */
import { createPrivateKey } from "node:crypto";
import { keepAliveAgent, openSession, signedCall, signedCalls, type SignerConfig, type Target } from "./client.js";
import { closedLoop, openLoop, race } from "./load.js";
import { round } from "./stats.js";

let signer: SignerConfig | undefined;
let label = 0;

function needSigner(): SignerConfig {
  if (signer === undefined) throw new Error("init first");
  return signer;
}

/** Signs `count` bodies; returns them with the time it took (not part of any measurement). */
function sign(count: number): { bodies: Buffer[]; signSeconds: number } {
  const started = performance.now();
  const bodies = signedCalls(needSigner(), count, `run${label++}`);
  return { bodies, signSeconds: round((performance.now() - started) / 1000, 2) };
}

type Command =
  | { cmd: "init"; jwk: Record<string, unknown>; kid: string; iss: string; fingerprint: string }
  | { cmd: "session"; url: string }
  | { cmd: "open"; target: Target; rate: number; warmupS: number; seconds: number }
  | { cmd: "closed"; target: Target; connections: number; warmupS: number; seconds: number; bodies: number; reuse?: boolean }
  | { cmd: "race"; targets: Target[]; n: number; path: string };

async function handle(m: Command): Promise<unknown> {
  switch (m.cmd) {
    case "init":
      signer = { key: createPrivateKey({ key: m.jwk as never, format: "jwk" }), kid: m.kid, iss: m.iss, fingerprint: m.fingerprint };
      return null;
    case "session": {
      const agent = keepAliveAgent(1);
      try {
        return await openSession(agent, m.url);
      } finally {
        agent.destroy();
      }
    }
    case "open": {
      const warm = Math.round(m.rate * m.warmupS);
      const { bodies, signSeconds } = sign(warm + Math.round(m.rate * m.seconds));
      return { ...(await openLoop(m.target, bodies, m.rate, warm)), signSeconds };
    }
    case "closed": {
      const { bodies, signSeconds } = sign(m.bodies);
      return { ...(await closedLoop(m.target, bodies, m.connections, m.warmupS, m.seconds, m.reuse === true)), signSeconds };
    }
    case "race":
      return race(m.targets, signedCall(needSigner(), m.path), m.n);
  }
}

process.on("message", (m: Command & { id: number }) => {
  handle(m).then(
    (result) => process.send!({ id: m.id, result }),
    (e: unknown) => process.send!({ id: m.id, error: (e as Error)?.stack ?? String(e) }),
  );
});
process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => {}); // the parent decides when this process stops
process.on("disconnect", () => process.exit(0));
process.send!({ ready: true });
