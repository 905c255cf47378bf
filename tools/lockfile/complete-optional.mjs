// The registry reachable here serves only the linux-x64 builds of rollup's platform packages, so `npm install` leaves
// the others out of the lock and `npm ci` then refuses it. Add them as optional, platform-filtered entries.
import { readFileSync, writeFileSync } from "node:fs";
const path = process.argv[2];
const lock = JSON.parse(readFileSync(path, "utf8"));
const pk = lock.packages;
let added = 0;
for (const [loc, meta] of Object.entries(pk)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = loc === "" ? "" : loc + "/";
    const candidates = [base + "node_modules/" + name, "node_modules/" + name];
    if (candidates.some((c) => pk[c])) continue;
    const m = /^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-(gnu|musl|msvc|gnueabihf|musleabihf|eabi))?$/.exec(name);
    if (!m) { console.error("unknown optional dep", name, "of", loc); continue; }
    const os = { android: "android", darwin: "darwin", freebsd: "freebsd", linux: "linux", openbsd: "openbsd", openharmony: "openharmony", win32: "win32" }[m[1]];
    const cpu = { arm: "arm", arm64: "arm64", x64: "x64", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x" }[m[2]];
    const entry = { version, cpu: [cpu], license: "MIT", optional: true, os: [os] };
    if (m[3] === "gnu" || m[3] === "gnueabihf") entry.libc = ["glibc"];
    if (m[3] === "musl" || m[3] === "musleabihf") entry.libc = ["musl"];
    pk["node_modules/" + name] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
console.log("added", added);
