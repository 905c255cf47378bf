#!/usr/bin/env python3
"""mcp-trust conformance adapter in Python: an independent verifier of tool-call attestations.

Implements conformance/adapter-protocol.md from the specification documents alone (no code shared with the
TypeScript reference). Prints one JSON line; exit 0 accept/success, 1 reject, 2 usage or I/O error.
"""

import json
import os
import sys

# The runner starts one process per vector call; with PYTHONDONTWRITEBYTECODE set (as in this environment) every start
# would recompile every module, so cache bytecode beside the sources.
sys.dont_write_bytecode = False
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from carriage import check_attestation, check_shape, check_sizes, locate  # noqa: E402
from cli import USAGE, parse_algorithms, parse_argv, parse_issuers, split_resolve  # noqa: E402
from envelope import check_envelope  # noqa: E402
from errors import Refusal, UsageError  # noqa: E402
from keys import SUPPORTED_ALGORITHMS, TrustStore, TrustStoreError, b64url_decode_canonical  # noqa: E402
from replay import ReplayStore  # noqa: E402
from strict_json import JsonError, parse_bytes  # noqa: E402
from timeutil import parse_timestamp  # noqa: E402
from verify import DEFAULT_SKEW, Policy, verify  # noqa: E402

EVIDENCE_LIMIT = 65536
ARGUMENTS_LIMIT = 1048576
REQUEST_LIMIT = ARGUMENTS_LIMIT + EVIDENCE_LIMIT
TRUST_STORE_LIMIT = 16 * 1048576
RESOLVED_LIMIT = ARGUMENTS_LIMIT


def warn(message):
    print("adapter.py: " + message, file=sys.stderr)


def read_limited(path, limit):
    """Reads at most limit + 1 bytes, so that the size is known without reading a huge file whole."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise UsageError("cannot read %s: %s" % (path, exc)) from None


def check_size(data, limit, what, pointer=""):
    """Steps 1 and 4: the size, before parsing."""
    if len(data) > limit:
        raise Refusal("limit_exceeded", "%s larger than %d bytes" % (what, limit), pointer)


def read_json(data, prefix=""):
    """Steps 1 and 4: strict JSON and depth."""
    try:
        return parse_bytes(data)
    except JsonError as exc:
        pointer = None if exc.pointer is None else prefix + exc.pointer
        raise Refusal(exc.reason, exc.message, pointer) from None


def load_trust_store(path):
    data = read_limited(path, TRUST_STORE_LIMIT)
    if len(data) > TRUST_STORE_LIMIT:
        raise UsageError("trust store %s is larger than %d bytes" % (path, TRUST_STORE_LIMIT))
    try:
        return TrustStore(parse_bytes(data), warn)
    except (JsonError, TrustStoreError) as exc:
        raise UsageError("unusable trust store %s: %s" % (path, exc)) from None


def build_policy(options):
    now = parse_timestamp(options["now"])
    if now is None:
        raise UsageError("--now must be an RFC 3339 UTC instant such as 2026-06-01T12:00:30Z")
    algorithms = parse_algorithms(options.get("algorithms", ",".join(SUPPORTED_ALGORITHMS)))
    skew = DEFAULT_SKEW
    if "clock-skew" in options:
        if not options["clock-skew"].isascii() or not options["clock-skew"].isdigit():
            raise UsageError("--clock-skew must be a whole number of seconds")
        skew = int(options["clock-skew"])
    resolved = {}
    for spec in options.get("resolve", []):
        uri, path = split_resolve(spec)
        if uri in resolved:  # two contents for one URI: the documents do not say which wins, so neither does
            raise UsageError("--resolve given twice for %s" % uri)
        content = read_limited(path, RESOLVED_LIMIT)
        resolved[uri] = content if len(content) <= RESOLVED_LIMIT else None  # too large: unresolvable
    replay = ReplayStore(options["replay-dir"]) if "replay-dir" in options else None
    issuers = parse_issuers(options["permitted-issuers"]) if "permitted-issuers" in options else None
    return Policy(algorithms, options["server"], now, options.get("allow-redacted-projection", False),
                  resolved.get, replay, skew, issuers, options.get("required-capability"))


def run_verify(options):
    store = load_trust_store(options["keys"])
    policy = build_policy(options)
    profile = options.get("profile")
    if "request" in options:
        data = read_limited(options["request"], REQUEST_LIMIT)
        check_size(data, REQUEST_LIMIT, "the request")                  # 1. read the request
        params = read_json(data)
        request = check_shape(params)                                   # 2. request shape
        locate(params, request)                                         # 3. carriage
        check_sizes(request, EVIDENCE_LIMIT)                            # 4. read the attestation (JCS size)
        env = check_attestation(request, profile)                       # 5. schema
        tool, arguments = request.name, request.arguments
    else:
        args_data = (read_limited(options["arguments"], ARGUMENTS_LIMIT) if "arguments" in options else b"{}")
        check_size(args_data, ARGUMENTS_LIMIT, "the arguments", "/arguments")  # 1. read the arguments
        arguments = read_json(args_data, "/arguments")  # pointers into the arguments file say so
        if not isinstance(arguments, dict):                               # 2. request shape
            raise Refusal("request_malformed", "the tools/call arguments must be an object", "/arguments")
        data = read_limited(options["envelope"], EVIDENCE_LIMIT)
        check_size(data, EVIDENCE_LIMIT, "the envelope")                  # 4. read the attestation
        raw = read_json(data)
        env = check_envelope(raw, profile)                                # 5. schema
        tool = options["tool"]
    kind = verify(env, store, tool, arguments, policy)                   # 6. to 13.
    return {"verdict": "accept", "reason": None, "argsCommitment": kind}


def _config_json(path, what):
    """A configuration file of verify-transport (policy, headers, context): unreadable or not strict JSON is exit 2."""
    data = read_limited(path, TRUST_STORE_LIMIT)
    if len(data) > TRUST_STORE_LIMIT:
        raise UsageError("%s %s is larger than %d bytes" % (what, path, TRUST_STORE_LIMIT))
    try:
        return parse_bytes(data)
    except JsonError as exc:
        raise UsageError("%s %s is not strict JSON: %s" % (what, path, exc)) from None


def _headers(value):
    if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
                                              for p in value):
        raise UsageError("--headers must hold a JSON array of [name, value] string pairs")
    return value


def _context(value):
    if not isinstance(value, dict) or not set(value) <= {"clientCertificateSha256", "introspection", "didDocuments"}:
        raise UsageError("--context must be an object of clientCertificateSha256, introspection, didDocuments")
    cert = value.get("clientCertificateSha256")
    if cert is not None and (not isinstance(cert, str) or len(cert) != 43 or b64url_decode_canonical(cert) is None):
        raise UsageError("--context clientCertificateSha256 must be 43 characters of base64url")
    for name in ("introspection", "didDocuments"):
        table = value.get(name, {})
        if not isinstance(table, dict) or not all(isinstance(v, dict) or v == "unavailable" for v in table.values()):
            raise UsageError("--context %s maps names to objects or \"unavailable\"" % name)
    return value


def run_transport(options):
    # imported here: the transport modules (RFC 9651, JWS, DIDs) are not needed by the other verbs
    from tpolicy import Policy as TransportPolicyDocument
    from transport import decide
    now = parse_timestamp(options["now"])
    if now is None:
        raise UsageError("--now must be an RFC 3339 UTC instant such as 2026-06-01T12:00:30Z")
    policy = TransportPolicyDocument(_config_json(options["policy"], "policy"), warn)
    headers = _headers(_config_json(options["headers"], "headers")) if "headers" in options else None
    context = _context(_config_json(options["context"], "context")) if "context" in options else {}
    replay = ReplayStore(options["replay-dir"]) if "replay-dir" in options else None
    data = read_limited(options["request"], REQUEST_LIMIT)
    check_size(data, REQUEST_LIMIT, "the request")
    outcome = decide(read_json(data), policy, now, headers, context, replay)
    result = {"verdict": "accept", "reason": None, "decision": "allow", "agentId": outcome.agent_id,
              "operatorId": outcome.operator_id}
    if outcome.args_commitment is not None:
        result["argsCommitment"] = outcome.args_commitment
    if outcome.bypass:
        result["bypass"] = True
    return result


def run_signing_input(options):
    data = read_limited(options["envelope"], EVIDENCE_LIMIT)
    check_size(data, EVIDENCE_LIMIT, "the envelope")
    env = check_envelope(read_json(data), options.get("profile"))
    return {"signingInput": env.signing_input().hex()}


def emit(obj):
    sys.stdout.write(json.dumps(obj, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def main(argv):
    verb = None
    if argv and argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0
    try:
        verb, options = parse_argv(argv)
        runner = {"verify-attestation": run_verify, "signing-input": run_signing_input,
                  "verify-transport": run_transport}[verb]
        result = runner(options)
    except Refusal as refusal:
        warn("reject: %s: %s" % (refusal.reason, refusal.message))
        out = {"verdict": "reject", "reason": refusal.reason}
        if verb == "verify-transport":
            out["decision"] = refusal.decision
            if refusal.challenge is not None:
                out["challenge"] = refusal.challenge
        if refusal.pointer is not None:
            out["pointer"] = refusal.pointer
        emit(out)
        return 1
    except UsageError as exc:
        warn(str(exc))
        warn(USAGE)
        return 2
    except Exception as exc:  # never a traceback: an internal error is not a verdict
        warn("internal error: %s: %s" % (type(exc).__name__, exc))
        return 2
    if result.get("argsCommitment", "") is None:
        del result["argsCommitment"]
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
