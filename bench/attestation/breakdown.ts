/**
 * Where the time of one full verification goes: each step function exported by reference/attestation (and the
 * strict reader and replay store from reference/common) called on its own, over the same pre-signed envelopes as the
 * scenario, with its inputs prepared outside the timed batch.
 */
import {
  acceptableUntil,
  checkArgsCommitment,
  checkSignature,
  checkTime,
  matchToolCall,
  readEnvelope,
  signingInput,
  verifyAttestation,
} from "../../reference/attestation/index.js";
import { DEFAULT_CLOCK_SKEW_SECONDS, MemoryReplayStore, readStrictJson, replayKey } from "../../reference/common/index.js";
import { NOW_MS, SERVER, TOOL } from "./fixtures.js";
import { batchMeanNs, round } from "./measure.js";
import { rawVerifier, type PreparedScenario } from "./scenarios.js";

export interface BreakdownRow {
  step: string;
  /** Mean µs per call, median of several batches. */
  us: number;
  /** Share of the full verification measured the same way (batch mean). */
  share: number;
  how: string;
}

export async function breakdown(p: PreparedScenario, count: number, passes: number): Promise<BreakdownRow[]> {
  const cases = p.cases.slice(0, count);
  const n = cases.length;
  const { trustStore } = p.signer;
  const envs = cases.map((c) => readEnvelope(c.bytes));
  const inputs = envs.map((e) => signingInput(e.raw));
  const entries = envs.map((e) => matchToolCall(e, SERVER, TOOL));
  const skew = DEFAULT_CLOCK_SKEW_SECONDS;
  const raw = rawVerifier(p.spec.alg, p.signer.publicKey);
  const call = { toolName: TOOL, arguments: p.args, serverFingerprint: SERVER, nowMs: NOW_MS };

  // Each step's closure is made afresh per batch: a replay store must start empty for every consume to insert.
  const steps: { step: string; fn: () => (i: number) => unknown }[] = [
    { step: "strict read", fn: () => (i) => readStrictJson(cases[i]!.bytes) },
    { step: "read envelope", fn: () => (i) => readEnvelope(cases[i]!.bytes) },
    { step: "signing input (JCS)", fn: () => (i) => signingInput(envs[i]!.raw) },
    { step: "signature verify", fn: () => (i) => checkSignature(envs[i]!, inputs[i]!, trustStore) },
    {
      step: "time + tool-call match",
      fn: () => (i) => {
        checkTime(envs[i]!, NOW_MS, skew);
        return matchToolCall(envs[i]!, SERVER, TOOL);
      },
    },
    { step: "args commitment", fn: () => (i) => checkArgsCommitment(entries[i]!, p.args) },
    {
      step: "replay (nonce insert)",
      fn: () => {
        const store = new MemoryReplayStore();
        return (i) => store.consume(replayKey(envs[i]!.iss, envs[i]!.nonce), acceptableUntil(envs[i]!, skew), NOW_MS);
      },
    },
    {
      step: "full verifyAttestation",
      fn: () => {
        const config = { trustStore, replayStore: new MemoryReplayStore() };
        return (i) => verifyAttestation(cases[i]!.bytes, call, config);
      },
    },
    { step: "raw signature verify", fn: () => (i) => raw(cases[i]!) },
  ];
  // Warm every step on the same data first, so that no row pays for another's compilation. Then the passes go round
  // the steps in turn, so that a slow spell of the machine lands on every row alike instead of on one.
  for (const s of steps) await batchMeanNs(Math.min(n, 500), s.fn());
  const perPass = new Map<string, number[]>(steps.map((s) => [s.step, []]));
  for (let k = 0; k < passes; k++) for (const s of steps) perPass.get(s.step)!.push(await batchMeanNs(n, s.fn()));
  const mean = new Map<string, number>();
  for (const [step, xs] of perPass) mean.set(step, xs.sort((a, b) => a - b)[passes >> 1]!);

  const fullNs = mean.get("full verifyAttestation")!;
  const strict = mean.get("strict read")!;
  const schema = Math.max(0, mean.get("read envelope")! - strict);
  const parts: [string, number, string][] = [
    ["strict read", strict, "readStrictJson(bytes)"],
    ["schema + envelope view", schema, "readEnvelope − strict read"],
    ["signing input (JCS)", mean.get("signing input (JCS)")!, "signingInput(envelope.raw)"],
    ["signature verify", mean.get("signature verify")!, "checkSignature: allow-list, key lookup, range checks, crypto.verify"],
    ["time + tool-call match", mean.get("time + tool-call match")!, "checkTime + matchToolCall"],
    ["args commitment", mean.get("args commitment")!, "await checkArgsCommitment(entry, args), incl. JCS of the arguments"],
    ["replay (nonce insert)", mean.get("replay (nonce insert)")!, "MemoryReplayStore.consume, fresh store"],
  ];
  const sum = parts.reduce((a, [, ns]) => a + ns, 0);
  const rows: BreakdownRow[] = parts.map(([step, ns, how]) => ({ step, us: round(ns / 1e3, 2), share: round(ns / fullNs, 3), how }));
  rows.push({ step: "sum of steps", us: round(sum / 1e3, 2), share: round(sum / fullNs, 3), how: "" });
  rows.push({
    step: "rest (full − sum)",
    us: round((fullNs - sum) / 1e3, 2),
    share: round((fullNs - sum) / fullNs, 3),
    how: "promise, outcome object, defaults; and steps run together, not alone (caches, GC)",
  });
  rows.push({ step: "full verifyAttestation", us: round(fullNs / 1e3, 2), share: 1, how: "batch mean, same envelopes" });
  const rawNs = mean.get("raw signature verify")!;
  rows.push({ step: "raw crypto.verify", us: round(rawNs / 1e3, 2), share: round(rawNs / fullNs, 3), how: "for comparison" });
  return rows;
}
