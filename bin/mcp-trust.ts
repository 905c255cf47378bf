#!/usr/bin/env node
// The one executable: the reference CLI's verbs plus the conformance runner, which must stay outside reference/.
// The runner is loaded only when asked for: every adapter call of a conformance run starts this file.
import { runCommand } from "../reference/cli/main.js";

process.exitCode = await runCommand(process.argv.slice(2), {
  conformance: async (argv) => (await import("../conformance/runner/command.js")).conformanceCommand(argv),
});
