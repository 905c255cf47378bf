/**
 * A profiling driver, not part of `npm run bench`: runs only full verifications of one scenario so that a CPU profile
 * shows the verifier and nothing of the harness.
 *
 *   npm run build && node --cpu-prof --cpu-prof-dir=dist/bench/prof dist/bench/attestation/profile.js [scenario] [calls]
 *
 * scenario is es256-1k-identity (default), es256-1k-hash, es256-10k-hash, es256-100k-hash, rs256-1k-identity or
 * hs256-1k-identity.
 */
import { verifyAttestation } from "../../reference/attestation/index.js";
import { MemoryReplayStore, type SignatureAlgorithm } from "../../reference/common/index.js";
import { makeArgs, makeSigner, NOW_MS, SERVER, signCases, TOOL, type ProjectionKind } from "./fixtures.js";

const [id = "es256-1k-identity", callsText = "20000"] = process.argv.slice(2);
const m = /^(es256|rs256|hs256)-(\d+)k-(identity|hash)$/.exec(id);
if (m === null) throw new Error(`unknown scenario ${id}`);
const alg = m[1]!.toUpperCase() as SignatureAlgorithm;
const args = makeArgs(Number(m[2]) * 1024);
const signer = makeSigner(alg);
const calls = Number(callsText);
const cases = signCases(signer, args, m[3] as ProjectionKind, calls);
const call = { toolName: TOOL, arguments: args, serverFingerprint: SERVER, nowMs: NOW_MS };
const config = { trustStore: signer.trustStore, replayStore: new MemoryReplayStore() };

const start = process.hrtime.bigint();
for (const c of cases) {
  const outcome = await verifyAttestation(c.bytes, call, config);
  if (outcome.verdict !== "accept") throw new Error(`refused: ${outcome.reason} ${outcome.message}`);
}
const s = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${id}: ${calls} calls in ${s.toFixed(2)} s, ${Math.round(calls / s)} /s`);
