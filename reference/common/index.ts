export { DEFAULT_CLOCK_SKEW_SECONDS, formatTimestamp, parseTimestamp } from "./clock.js";
export { DIGEST_PATTERN, digestEquals, digestOfJson, isDigest, sha256Digest } from "./digest.js";
export { McpTrustError, pointerAppend, type Reason } from "./errors.js";
export { bytesToHex, hexToBytes } from "./hex.js";
export { canonicalBytes, canonicalString } from "./jcs.js";
export { generateKeyPair, TrustStore, type RejectedKey, type TrustStoreOptions } from "./keys.js";
export { DirectoryReplayStore, MemoryReplayStore, replayKey, type ReplayStore } from "./replay.js";
export { isSignatureAlgorithm, signBytes, SIGNATURE_ALGORITHMS, verifyBytes, type SignatureAlgorithm } from "./signature.js";
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, readStrictJson, type JsonValue, type StrictReadOptions, type StrictReadResult } from "./strict-json.js";
