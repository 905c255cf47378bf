import { signAttestationCommand, keygenCommand } from "./sign-attestation.js";
import { UsageError } from "./io.js";
import { signingInputCommand, verifyAttestationCommand } from "./verify-attestation.js";
import { verifyTransportCommand } from "./verify-transport.js";

export { UsageError };

const USAGE = `usage: mcp-trust <command> [options]
  verify-attestation (--envelope FILE --tool NAME --arguments FILE | --request PARAMS_FILE)
                     --keys TRUST_STORE --server FINGERPRINT --now RFC3339
                     [--profile sep-2787|vaara-v2] [--algorithms LIST] [--allow-redacted-projection]
                     [--resolve URI=FILE]... [--replay-dir DIR] [--clock-skew SECONDS]
  verify-transport   --request PARAMS_FILE --policy POLICY_FILE --now RFC3339 [--headers HEADERS_FILE]
                     [--context CONTEXT_FILE] [--replay-dir DIR]
  signing-input      --envelope FILE [--profile sep-2787|vaara-v2]
  sign-attestation   --key PRIVATE_JWK --iss ISS --sub SUB --intent TEXT --tool NAME --server FINGERPRINT --arguments FILE
                     [--commitment identity|hash|ref:URI] [--exp SECONDS] [--iat RFC3339] [--nonce N]
                     [--requested-capability C] [--planner-ref R] [--out FILE]
  keygen             --kid KID --iss ISS --private-out FILE --trust-store-out FILE [--alg ES256|RS256|HS256]
  gateway            --upstream URL --policy FILE --listen HOST:PORT [--fail-open] [--redis URL] [--workers N]
                     [--max-body BYTES] [--upstream-timeout-ms MS] [--request-timeout-ms MS]
  demo               (sample MCP server, gateway and a signing agent on loopback; exit 0 when every call got its expected decision)
  conformance        [--adapter "<command>"] [--suite NAME,...] [--report-json FILE]
exit codes: 0 accept / allow / success, 1 reject / deny / challenge, 2 usage or I/O error`;

type Command = (argv: string[]) => number | Promise<number>;

export const COMMANDS: Record<string, Command> = {
  "verify-attestation": verifyAttestationCommand,
  "verify-transport": verifyTransportCommand,
  "signing-input": signingInputCommand,
  "sign-attestation": signAttestationCommand,
  keygen: keygenCommand,
  // Loaded only when asked for: the adapter verbs above start this file once per conformance call.
  gateway: async (argv) => (await import("../gateway/command.js")).gatewayCommand(argv),
  demo: async (argv) => (await import("../demo/demo.js")).demoCommand(argv),
};

/** Runs one reference CLI command; usage and I/O problems become exit 2 with a message on stderr, never a stack trace. */
export async function runCommand(argv: string[], extra: Record<string, Command> = {}): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : (extra[name] ?? COMMANDS[name]);
  if (command === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    const message = e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? (e as Error).message : `internal error: ${(e as Error).stack ?? String(e)}`;
    process.stderr.write(`mcp-trust ${name}: ${message}\n`);
    return 2;
  }
}
