import { spawn } from "node:child_process";

export interface AdapterRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The last non-empty stdout line parsed as JSON, or undefined when there is none or it is not JSON. */
  json: unknown;
}

/**
 * Splits an adapter command line into argv: whitespace separates words, single or double quotes group them.
 * No other shell features: the adapter is run without a shell.
 */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let word = "";
  let quote: string | null = null;
  let started = false;
  for (const ch of command) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) words.push(word);
      word = "";
      started = false;
    } else {
      word += ch;
      started = true;
    }
  }
  if (quote !== null) throw new Error(`unbalanced quote in adapter command: ${command}`);
  if (started) words.push(word);
  return words;
}

const MAX_OUTPUT = 1 << 20;

/** Runs the adapter once. Never throws for adapter misbehaviour: a crash, hang or garbage is reported in the result. */
export function runAdapter(command: readonly string[], args: readonly string[], timeoutMs: number): Promise<AdapterRun> {
  return new Promise((resolvePromise) => {
    const [file, ...pre] = command;
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let settled = false;
    const finish = (exitCode: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const line = stdout.split("\n").map((l) => l.trim()).filter((l) => l !== "").pop();
      let json: unknown;
      try {
        json = line === undefined ? undefined : JSON.parse(line);
      } catch {
        json = undefined;
      }
      resolvePromise({ exitCode, stdout, stderr, timedOut, json });
    };
    const child = spawn(file!, [...pre, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += d;
    });
    child.on("error", (e) => {
      stderr += String(e);
      finish(null);
    });
    child.on("close", (code) => finish(code));
  });
}
