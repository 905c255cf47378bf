#!/usr/bin/env node
// The one executable: the reference CLI's verbs plus the conformance runner, which must stay outside reference/.
import { conformanceCommand } from "../conformance/runner/command.js";
import { runCommand } from "../reference/cli/main.js";

process.exitCode = await runCommand(process.argv.slice(2), { conformance: conformanceCommand });
