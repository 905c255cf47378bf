/**
 * One scenario = one algorithm, one argument size, one projection: full verification through the public API and raw
 * node:crypto verification of the same signatures over the same signing inputs, interleaved in rounds so that a
 * noisy neighbour or a frequency change hits both sides alike and the ratio stays meaningful.
 */
import { Buffer } from "node:buffer";
import { constants, createHmac, timingSafeEqual, verify, type KeyObject } from "node:crypto";
import { verifyAttestation, type CallContext, type VerifierConfig } from "../../reference/attestation/index.js";
import { canonicalString, MemoryReplayStore, type JsonValue, type SignatureAlgorithm } from "../../reference/common/index.js";
import { makeArgs, makeSigner, NOW_MS, SERVER, signCases, TOOL, type ProjectionKind, type SignedCase, type Signer } from "./fixtures.js";
import { round, Samples, timeAsync, timeSync, type Summary } from "./measure.js";

export interface ScenarioSpec {
  id: string;
  alg: SignatureAlgorithm;
  argsBytes: number;
  projection: ProjectionKind;
  note?: string;
}

export interface ScenarioResult extends ScenarioSpec {
  envelopeBytes: number;
  canonicalArgsBytes: number;
  full: Summary;
  raw: Summary;
  /** full ops/s ÷ raw ops/s: the share of raw signature throughput the whole pipeline keeps. */
  ratio: number;
  /** raw p50 ÷ full p50: the same question asked of typical calls, which preemption by other workloads rarely hits. */
  ratioP50: number;
}

export interface RunOptions {
  /** Target timed seconds per side and scenario. */
  seconds: number;
  minIterations: number;
  /** At most this many seconds of signing per scenario (RS256 signs ~1.5 k/s): caps the iteration count. */
  maxSigningSeconds: number;
  rounds: number;
  /** Pure-ASCII arguments instead of ASCII with one "é". */
  ascii: boolean;
}

const WARMUP = 1000;
const MIN_WARMUP = 200;
const WARMUP_SECONDS = 0.6;
/** Fewer calls would leave p99 to a handful of samples. */
const MIN_CALLS = 1000;

/** A raw verifier for `alg`: exactly one node:crypto check with a pre-imported key, nothing else. */
export function rawVerifier(alg: SignatureAlgorithm, key: KeyObject): (c: SignedCase) => boolean {
  switch (alg) {
    case "ES256": {
      const k = { key, dsaEncoding: "ieee-p1363" as const };
      return (c) => verify("sha256", c.input, k, c.signature);
    }
    case "RS256": {
      const k = { key, padding: constants.RSA_PKCS1_PADDING };
      return (c) => verify("sha256", c.input, k, c.signature);
    }
    case "HS256":
      return (c) => timingSafeEqual(createHmac("sha256", key).update(c.input).digest(), c.signature);
  }
}

export interface PreparedScenario {
  spec: ScenarioSpec;
  signer: Signer;
  args: JsonValue;
  cases: SignedCase[];
  canonicalArgsBytes: number;
}

function callFor(args: JsonValue): CallContext {
  return { toolName: TOOL, arguments: args, serverFingerprint: SERVER, nowMs: NOW_MS };
}

export async function runScenario(spec: ScenarioSpec, opts: RunOptions, signers: Map<SignatureAlgorithm, Signer>): Promise<{ result: ScenarioResult; prepared: PreparedScenario }> {
  let signer = signers.get(spec.alg);
  if (signer === undefined) signers.set(spec.alg, (signer = makeSigner(spec.alg)));
  const args = makeArgs(spec.argsBytes, opts.ascii);
  const canonicalArgsBytes = Buffer.byteLength(canonicalString(args));
  const call = callFor(args);
  const raw = rawVerifier(spec.alg, signer.publicKey);

  // Warm-up on envelopes of their own, against a store of its own (the timed store starts empty), for at most
  // WARMUP_SECONDS: long enough for the optimising compiler, short enough for 100 KB arguments.
  const t0 = process.hrtime.bigint();
  const warm = signCases(signer, args, spec.projection, WARMUP);
  const signRate = WARMUP / (Number(process.hrtime.bigint() - t0) / 1e9);
  const warmConfig: VerifierConfig = { trustStore: signer.trustStore, replayStore: new MemoryReplayStore() };
  const warmStart = process.hrtime.bigint();
  let warmed = 0;
  while (warmed < WARMUP && (warmed < MIN_WARMUP || Number(process.hrtime.bigint() - warmStart) < WARMUP_SECONDS * 1e9)) {
    if ((await verifyAttestation(warm[warmed]!.bytes, call, warmConfig)).verdict !== "accept") throw new Error(`bench: ${spec.id}: warm-up refused`);
    warmed++;
  }
  timeSync(0, warmed, (i) => raw(warm[i]!));
  // The warm-up store has seen these nonces: the rate probe needs a fresh one, or every call would be a replay.
  const probeConfig: VerifierConfig = { trustStore: signer.trustStore, replayStore: new MemoryReplayStore() };
  const probe = async (i: number) => (await verifyAttestation(warm[i]!.bytes, call, probeConfig)).verdict === "accept";
  const rateProbe = await timeAsync(0, Math.min(warmed, 200), probe);
  const fullRate = rateProbe.latencies.length / (rateProbe.wallNs / 1e9);

  // Distinct envelopes for `seconds` of full verification, within the signing budget (RS256 signs ~1.5 k/s). The
  // issue asks for at least 2 s or at least 5 000 calls: when the budget cuts the time short, the count still holds.
  const wanted = Math.ceil(fullRate * opts.seconds * 1.1);
  const affordable = Math.floor(signRate * opts.maxSigningSeconds);
  const n = Math.max(MIN_CALLS, Math.min(wanted, affordable), Math.min(opts.minIterations, wanted));
  const cases = signCases(signer, args, spec.projection, n);

  const store = new MemoryReplayStore();
  const config: VerifierConfig = { trustStore: signer.trustStore, replayStore: store };
  const full = new Samples();
  const rawSamples = new Samples();
  const per = Math.ceil(n / opts.rounds);
  for (let r = 0; r < opts.rounds; r++) {
    const from = r * per;
    const to = Math.min(n, from + per);
    const f = await timeAsync(from, to, async (i) => (await verifyAttestation(cases[i]!.bytes, call, config)).verdict === "accept");
    full.add(f);
    // The raw side re-checks the same signatures until it has run as long as the full side did: it needs no
    // fresh envelopes, and a short raw run would leave its percentiles to chance.
    let rawNs = 0;
    do {
      const s = timeSync(from, to, (i) => raw(cases[i]!));
      rawSamples.add(s);
      rawNs += s.wallNs;
    } while (rawNs < f.wallNs);
  }
  // Every timed call was accepted (timeAsync checks), so each inserted its nonce: the store must hold all of them.
  if (store.size !== n) throw new Error(`bench: ${spec.id}: the replay store holds ${store.size} nonces, expected ${n}`);
  const fullSummary = full.summary();
  const rawSummary = rawSamples.summary();
  const result: ScenarioResult = {
    ...spec,
    envelopeBytes: cases[0]!.bytes.length,
    canonicalArgsBytes,
    full: fullSummary,
    raw: rawSummary,
    ratio: round(fullSummary.opsPerSec / rawSummary.opsPerSec, 3),
    ratioP50: round(rawSummary.p50Us / fullSummary.p50Us, 3),
  };
  return { result, prepared: { spec, signer, args, cases, canonicalArgsBytes } };
}
