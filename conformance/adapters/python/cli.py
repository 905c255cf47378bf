"""Command line of the adapter protocol (conformance/adapter-protocol.md).

A small hand-written parser rather than argparse: every flag takes exactly one value (so a tool name or fingerprint
starting with ``-`` is read as a value), no abbreviations, and any unknown or repeated flag, or an empty value, is a
usage error (exit 2).
"""

from errors import UsageError

USAGE = """usage:
  adapter.py verify-attestation --envelope FILE --keys TRUST_STORE --tool NAME [--arguments FILE]
                                --server FINGERPRINT --now RFC3339 [options]
  adapter.py verify-attestation --request PARAMS_FILE --keys TRUST_STORE --server FINGERPRINT --now RFC3339 [options]
  adapter.py signing-input --envelope FILE [--profile sep-2787|vaara-v2]
  adapter.py verify-transport --request PARAMS_FILE --policy POLICY_FILE --now RFC3339 [--headers HEADERS_FILE]
                              [--context CONTEXT_FILE] [--replay-dir DIR]
options: --profile sep-2787|vaara-v2  --algorithms A,B  --allow-redacted-projection  --resolve URI=FILE (repeatable)
         --replay-dir DIR  --permitted-issuers ISS,ISS  --required-capability CAPABILITY
         --clock-skew SECONDS (default 30; an extension of the protocol)
Every flag takes a non-empty value; a flag other than --resolve may be given once."""

_VALUE, _SWITCH, _REPEAT = "value", "switch", "repeat"

VERBS = {
    "verify-attestation": {
        "--envelope": _VALUE, "--request": _VALUE, "--keys": _VALUE, "--tool": _VALUE, "--arguments": _VALUE,
        "--server": _VALUE, "--now": _VALUE, "--profile": _VALUE, "--algorithms": _VALUE,
        "--allow-redacted-projection": _SWITCH, "--resolve": _REPEAT, "--replay-dir": _VALUE,
        "--permitted-issuers": _VALUE, "--required-capability": _VALUE, "--clock-skew": _VALUE,
    },
    "signing-input": {"--envelope": _VALUE, "--profile": _VALUE},
    "verify-transport": {
        "--request": _VALUE, "--policy": _VALUE, "--now": _VALUE, "--headers": _VALUE, "--context": _VALUE,
        "--replay-dir": _VALUE,
    },
}


def parse_argv(argv):
    """Returns (verb, options) where options maps flag names (without dashes) to values."""
    if not argv:
        raise UsageError("missing verb")
    verb, rest = argv[0], argv[1:]
    if verb not in VERBS:
        raise UsageError("unknown verb %r" % verb)
    spec = VERBS[verb]
    options = {}
    i = 0
    while i < len(rest):
        arg = rest[i]
        i += 1
        flag, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        kind = spec.get(flag)
        if kind is None:
            raise UsageError("unknown flag or argument %r for %s" % (arg, verb))
        name = flag[2:]
        if kind == _SWITCH:
            if eq:
                raise UsageError("%s takes no value" % flag)
            if name in options:
                raise UsageError("%s given twice" % flag)
            options[name] = True
            continue
        if eq:
            value = inline
        else:
            if i >= len(rest):
                raise UsageError("%s needs a value" % flag)
            value = rest[i]
            i += 1
        if value == "":
            raise UsageError("%s needs a non-empty value" % flag)
        if kind == _REPEAT:
            options.setdefault(name, []).append(value)
        elif name in options:
            raise UsageError("%s given twice" % flag)
        else:
            options[name] = value
    _check_combination(verb, options)
    return verb, options


def _check_combination(verb, options):
    def need(*names):
        for name in names:
            if name not in options:
                raise UsageError("%s needs --%s" % (verb, name))

    if "profile" in options and options["profile"] not in ("sep-2787", "vaara-v2"):
        raise UsageError("--profile must be sep-2787 or vaara-v2")
    if verb == "signing-input":
        need("envelope")
        return
    if verb == "verify-transport":
        need("request", "policy", "now")
        return
    need("keys", "server", "now")
    if "request" in options:
        for name in ("envelope", "tool", "arguments"):
            if name in options:
                raise UsageError("--request excludes --%s" % name)
    else:
        need("envelope", "tool")


def split_resolve(spec):
    """URI=FILE, split at the LAST '=' (pinned by the conformance suite), so URIs may hold '=' but FILE may not."""
    uri, eq, path = spec.rpartition("=")
    if not eq or not uri or not path:
        raise UsageError("--resolve needs URI=FILE, got %r" % spec)
    return uri, path


def parse_algorithms(text, supported=("HS256", "ES256", "RS256")):
    """The operator's allow-list: exact names, comma-separated. A name this verifier does not implement (none,
    HS512, a typo) is a configuration error rather than something to drop silently."""
    names = text.split(",")
    for name in names:
        if name not in supported:
            raise UsageError("--algorithms: unknown algorithm %r (supported: %s)" % (name, ",".join(supported)))
    return names


def parse_issuers(text):
    """--permitted-issuers: the tool policy's issuers, comma-separated, each non-empty (an issuer identifier holding
    a comma cannot be given on this command line)."""
    names = text.split(",")
    if any(name == "" for name in names):
        raise UsageError("--permitted-issuers: an empty issuer in %r" % text)
    return names
