"""Tests of the Python adapter (stdlib unittest).

    python3 -m unittest discover -s conformance/adapters/python -p 'test_*.py'

- RFC 8785 suites from ../shared (cyberphone testdata and the first 10 000 lines of es6testfile);
- strict JSON reader cases;
- the request shape, carriage, keys, arguments commitment and command line, unit by unit;
- every vector of conformance/vectors/tool-call-attestation, with the argv the conformance runner builds
  (conformance/adapter-protocol.md). To keep the run short, the vectors are spread over a few worker processes that
  call adapter.main(argv) in-process (one vector's calls in order, in one worker); set ADAPTER_TEST_SUBPROCESS=1 to
  start python3 adapter.py for every call instead. The command-line and concurrency tests always start real
  processes.

When ../shared is absent the shared suites are skipped with a message, unless CI is set (then they fail).
"""

import base64
import concurrent.futures
import contextlib
import glob
import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import jcs  # noqa: E402
from carriage import Request, check_attestation, check_shape, check_sizes, locate  # noqa: E402
from cli import parse_argv, parse_issuers, split_resolve  # noqa: E402
from errors import Refusal, UsageError  # noqa: E402
from keys import TrustStore  # noqa: E402
from strict_json import JsonError, parse_bytes  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.abspath(os.path.join(REPO, "..", "shared"))
CYBERPHONE = os.path.join(SHARED, "vectors", "cyberphone", "json-canonicalization")
VECTORS = os.path.join(REPO, "conformance", "vectors", "tool-call-attestation")
ADAPTER = os.path.join(HERE, "adapter.py")


def require_shared(test, path):
    if os.path.exists(path):
        return
    if os.environ.get("CI"):
        test.fail("%s is missing and CI is set: clone the shared material beside the project" % path)
    test.skipTest("%s is absent (../shared not cloned); skipping" % path)


class JcsCyberphone(unittest.TestCase):
    def test_testdata(self):
        base = os.path.join(CYBERPHONE, "testdata")
        require_shared(self, base)
        names = sorted(os.listdir(os.path.join(base, "input")))
        self.assertTrue(names)
        for name in names:
            with self.subTest(name=name):
                with open(os.path.join(base, "input", name), "rb") as handle:
                    value = parse_bytes(handle.read())
                with open(os.path.join(base, "output", name), "rb") as handle:
                    expected = handle.read()
                self.assertEqual(jcs.canonicalize(value), expected)

    def test_es6_numbers(self):
        path = os.path.join(CYBERPHONE, "derived", "es6testfile-first-10000-lines.txt")
        require_shared(self, path)
        failures = []
        count = 0
        with open(path, encoding="ascii") as handle:
            for line in handle:
                line = line.strip()
                if not line:
                    continue
                hex_bits, expected = line.split(",")
                value = struct.unpack(">d", bytes.fromhex(hex_bits.rjust(16, "0")))[0]
                count += 1
                got = jcs.number_to_string(value)
                if got != expected:
                    failures.append((hex_bits, expected, got))
        self.assertEqual(count, 10000)
        self.assertEqual(failures[:10], [])


class JcsUnits(unittest.TestCase):
    def test_numbers(self):
        cases = {1e21: "1e+21", 1e20: "100000000000000000000", 1e-7: "1e-7", 1e-6: "0.000001", -0.0: "0",
                 0.1 + 0.2: "0.30000000000000004", 5e-324: "5e-324", 1.7976931348623157e308: "1.7976931348623157e+308",
                 123.456: "123.456", -1.5: "-1.5", 2 ** 53 - 1: "9007199254740991"}
        for value, expected in cases.items():
            self.assertEqual(jcs.number_to_string(value), expected)

    def test_sort_by_utf16(self):
        # U+10000 is D800 DC00 in UTF-16 and sorts before U+FFFF there, though not by code point.
        self.assertEqual(jcs.serialize({"\uffff": 1, "\U00010000": 2, "a": 3}), '{"a":3,"\U00010000":2,"\uffff":1}')

    def test_string_escapes(self):
        self.assertEqual(jcs.serialize("\u0007\n\"\\/\u007f\u2028"), '"\\u0007\\n\\"\\\\/\u007f\u2028"')


class StrictJson(unittest.TestCase):
    def refused(self, data, reason="json_invalid"):
        with self.assertRaises(JsonError) as ctx:
            parse_bytes(data)
        self.assertEqual(ctx.exception.reason, reason, data)
        return ctx.exception

    def test_refusals(self):
        for data in [b'\xef\xbb\xbf{}', b'{"a":"\xc3("}', b'{"a":1,}', b'[1,]', b"{'a':1}", b'{"a":01}', b'NaN',
                     b'[Infinity]', b'{"a":1,"\\u0061":2}', b'{"__proto__":1}', b'{"\\u005f_proto__":1}',
                     b'["\\ud800"]', b'["\\udc00\\ud800"]', b'[9007199254740992]', b'[-9007199254740992]',
                     b'[1e400]', b'[-1e400]', b'[-0]', b'[-0.0]', b'[-0e1]', b'[1e-400]', b'[-1e-400]',
                     b'[2e-324]', b'[0.0001e-400]', b'[0.' + b'0' * 400 + b'1]', b'[1] x', b'/*c*/[]', b'["\x01"]',
                     b'["\\x"]', b'[.5]', b'[1.]', b'[+1]', b'', b' ', b'[', b'{"a" 1}', b'["\xed\xa0\x80"]',
                     b'[tru]', b'[1 2]', b'{"a":1 "b":2}', b'\x00']:
            with self.subTest(data=data):
                self.refused(data)

    def test_accepts(self):
        cases = {b' {"a":[1,2.5,"x",true,false,null]} ': {"a": [1, 2.5, "x", True, False, None]},
                 b'[9007199254740991,-9007199254740991]': [9007199254740991, -9007199254740991],
                 b'["\\ud83d\\ude02","\xf0\x9f\x98\x82"]': ["\U0001F602", "\U0001F602"],
                 b'[0,0.0,0e1,1E2,0e-400,0.000e-9,5e-324,3e-324]': [0, 0.0, 0.0, 100.0, 0.0, 0.0, 5e-324, 5e-324]}
        for data, value in cases.items():
            self.assertEqual(parse_bytes(data), value)
        self.assertIs(type(parse_bytes(b"[300]")[0]), int)
        self.assertIs(type(parse_bytes(b"[300.0]")[0]), float)
        self.assertIs(type(parse_bytes(b"[3e2]")[0]), float)

    def test_depth(self):
        self.assertEqual(parse_bytes(b"[" * 32 + b"]" * 32), parse_bytes(b"[" * 32 + b"]" * 32))
        self.refused(b"[" * 33 + b"]" * 33, "limit_exceeded")
        self.refused(b'{"a":' * 33 + b"1" + b"}" * 33, "limit_exceeded")
        self.refused(b"[" * 100000, "limit_exceeded")  # no recursion, no stack exhaustion

    def test_pointer(self):
        error = self.refused(b'{"a":{"b/c":[0,{"x":1,"x":2}]}}')
        self.assertEqual(error.pointer, "/a/b~1c/1/x")


SERVER = "sha256:" + "ab" * 32


def sample_envelope(projection='{"a":1}', vaara=False):
    """A schema-valid envelope (its signature is not checked by the unit tests that use it)."""
    if vaara:
        args = {"projection": projection,
                "projectionDigest": "sha256:" + hashlib.sha256(projection.encode()).hexdigest()}
        entry = {"name": "t", "serverFingerprint": SERVER, "args": args}
    else:
        entry = {"name": "t", "serverFingerprint": SERVER, "argsProjection": projection}
    env = {"issuerAsserted": {"alg": "HS256", "iss": "https://issuer.example", "sub": "agent:x",
                              "secretVersion": "k1", "iat": "2026-06-01T12:00:00Z", "expSeconds": 300,
                              "nonce": "AAAAAAAAAAAAAAAAAAAAAA"},
           "plannerDeclared": {"intent": "test"}, "payloadDerived": {"toolCalls": [entry]}, "signature": "00" * 32}
    return dict({"version": 1, "alg": "HS256"}, **env) if vaara else env


def item(value, type_="tool-call-attestation", version=1):
    return {"type": type_, "version": version, "value": value}


def request(meta=None, **members):
    params = {"name": "t", "arguments": {}}
    if meta is not None:
        params["_meta"] = meta
    params.update(members)
    return params


class RequestAndCarriage(unittest.TestCase):
    """Steps 2 to 5 for a --request (spec/tool-call-attestation.md#verification-order)."""

    def steps(self, params, profile=None):
        req = check_shape(params)
        locate(params, req)
        check_sizes(req, 65536)
        return check_attestation(req, profile)

    def refused(self, params, reason, pointer=None):
        with self.assertRaises(Refusal) as ctx:
            self.steps(params)
        self.assertEqual(ctx.exception.reason, reason, ctx.exception.message)
        if pointer is not None:
            self.assertEqual(ctx.exception.pointer, pointer)

    def test_request_shape(self):
        env = sample_envelope()
        for params, pointer in [([], ""), ({"arguments": {}}, "/name"), (request(name=""), "/name"),
                                (request(name=7), "/name"), (request(arguments=[]), "/arguments"),
                                (request(arguments=None), "/arguments"), (request(meta=[]), "/_meta"),
                                ({"name": "t", "_meta": None}, "/_meta"),
                                # the shape comes before the evidence: no attestation, or a huge one, is not looked at
                                ({"_meta": {"attestation": env}}, "/name")]:
            with self.subTest(params=params):
                self.refused(params, "request_malformed", pointer)
        self.assertIsInstance(check_shape({"name": "t"}), Request)
        self.assertEqual(check_shape({"name": "t"}).arguments, {})

    def test_presence(self):
        for meta in [None, {}, {"com.example/x": 0.5}]:
            with self.subTest(meta=meta):
                self.refused(request(meta), "attestation_required")
        only_unknown = {"org.mcp-trust/evidence": {"items": [item({}, "verified-approval")]}}
        self.refused(request(only_unknown), "attestation_required")

    def test_null_attestation_counts_as_present(self):
        self.refused(request({"attestation": None}), "envelope_malformed", "/_meta/attestation")
        both = {"org.mcp-trust/evidence": {"items": [item(sample_envelope())]}, "attestation": None}
        self.refused(request(both), "evidence_ambiguous")

    def test_container_structure(self):
        env = sample_envelope()
        base = "/_meta/org.mcp-trust~1evidence"
        cases = [(None, base), ([], base), ({}, base + "/items"), ({"items": []}, base + "/items"),
                 ({"items": [item(env)] * 17}, base + "/items"),
                 ({"items": [item(env)], "x": 1}, base + "/x"),
                 ({"items": [dict(item(env), extra=1)]}, base + "/items/0/extra"),
                 ({"items": [{"type": "tool-call-attestation", "version": 1}]}, base + "/items/0/value"),
                 ({"items": [item(env, "Tool")]}, base + "/items/0/type"),
                 ({"items": [item(env, "a" * 65)]}, base + "/items/0/type"),
                 ({"items": [item(env, version=1.0)]}, base + "/items/0/version"),
                 ({"items": [item(env, version=0)]}, base + "/items/0/version"),
                 ({"items": [item(env, version=65536)]}, base + "/items/0/version"),
                 ({"items": [item(env, version=2)]}, base + "/items/0/version"),
                 ({"items": [item([], "verified-approval")]}, base + "/items/0/value"),
                 ({"items": [item({}, "verified-approval", version=1.5)]}, base + "/items/0/version")]
        for container, pointer in cases:
            with self.subTest(container=container):
                self.refused(request({"org.mcp-trust/evidence": container}), "envelope_malformed", pointer)
        # the structure comes before the ambiguity with _meta.attestation and before a second attestation item
        other = dict(env, signature="11" * 32)
        self.refused(request({"org.mcp-trust/evidence": {"items": [item(env, version=2), item(env)]},
                              "attestation": other}), "envelope_malformed", base + "/items/0/version")

    def test_ambiguity(self):
        env = sample_envelope()
        other = dict(env, signature="11" * 32)
        self.refused(request({"org.mcp-trust/evidence": {"items": [item(env), item(env)]}}),
                     "evidence_ambiguous", "/_meta/org.mcp-trust~1evidence/items/1")
        self.refused(request({"org.mcp-trust/evidence": {"items": [item(env)]}, "attestation": other}),
                     "evidence_ambiguous", "/_meta/attestation")
        # ambiguity (step 3) before the attestation's schema (step 5)
        broken = dict(env, extra=1)
        self.refused(request({"org.mcp-trust/evidence": {"items": [item(broken)]}, "attestation": env}),
                     "evidence_ambiguous")

    def test_unknown_items_are_not_read(self):
        env = sample_envelope()
        items = [item({"score": 0.5}, "verified-approval"), item({"x": [1.5]}, "verified-approval", 7), item(env)]
        found = self.steps(request({"org.mcp-trust/evidence": {"items": items}, "other": {"p": 0.5}}))
        self.assertEqual(found.pointer(), "/_meta/org.mcp-trust~1evidence/items/2/value")

    def test_same_attestation_in_both_places(self):
        env = sample_envelope()
        found = self.steps(request({"org.mcp-trust/evidence": {"items": [item(env)]}, "attestation": env}))
        self.assertEqual(found.raw, env)

    def test_fraction_in_the_attestation(self):
        env = sample_envelope()
        env["issuerAsserted"]["expSeconds"] = 300.0
        self.refused(request({"attestation": env}), "envelope_malformed",
                     "/_meta/attestation/issuerAsserted/expSeconds")

    def test_size_of_a_carried_attestation_is_its_jcs_form(self):
        env = sample_envelope()
        env["plannerDeclared"]["intent"] = "x" * 4096
        env["plannerDeclared"]["plannerRef"] = "y" * 512
        big = dict(env, payloadDerived={"toolCalls": [dict(env["payloadDerived"]["toolCalls"][0],
                                                             argsProjection="[" + "1," * 32000 + "1]")]})
        self.assertGreater(len(jcs.canonicalize(big)), 65536)
        self.refused(request({"attestation": big}), "limit_exceeded", "/_meta/attestation")
        # malformed container first
        self.refused(request({"org.mcp-trust/evidence": {"items": [item(big)], "x": 1}}), "envelope_malformed")


class Keys(unittest.TestCase):
    @staticmethod
    def b64(data):
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    def usable(self, jwk):
        store = TrustStore({"issuers": {"i": {"keys": [jwk]}}})
        return store.lookup("i", jwk["kid"], jwk["alg"]) is not None

    def test_rsa_exponent_and_ec_coordinates(self):
        from cryptography.hazmat.primitives.asymmetric import ec, rsa
        numbers = rsa.generate_private_key(65537, 2048).public_key().public_numbers()
        n = self.b64(numbers.n.to_bytes(256, "big"))
        for e, ok in [(65537, True), (1, False), (3, False), (65536, False), (65539, True), (2 ** 32 + 1, True)]:
            with self.subTest(e=e):
                jwk = {"kty": "RSA", "kid": "r", "alg": "RS256", "n": n,
                       "e": self.b64(e.to_bytes((e.bit_length() + 7) // 8, "big"))}
                self.assertEqual(self.usable(jwk), ok)
        point = ec.derive_private_key(12345, ec.SECP256R1()).public_key().public_numbers()
        x, y = point.x.to_bytes(32, "big"), point.y.to_bytes(32, "big")
        good = {"kty": "EC", "crv": "P-256", "kid": "e", "alg": "ES256", "x": self.b64(x), "y": self.b64(y)}
        self.assertTrue(self.usable(good))
        self.assertFalse(self.usable(dict(good, x=self.b64(b"\0" + x))))
        self.assertFalse(self.usable(dict(good, y=self.b64(y[1:]))))

    def test_private_members_break_the_schema(self):
        from keys import TrustStoreError
        jwk = {"kty": "oct", "kid": "h", "alg": "HS256", "k": self.b64(bytes(32))}
        self.assertTrue(self.usable(jwk))
        for member in ("d", "p", "q", "dp", "dq", "qi", "oth"):
            with self.subTest(member=member), self.assertRaises(TrustStoreError):
                TrustStore({"issuers": {"i": {"keys": [dict(jwk, **{member: "AA"})]}}})


class ToolPolicy(unittest.TestCase):
    """Step 11 (spec/gateway-decision.md#policy): after the tool-call match, before the arguments commitment."""

    def verify(self, env_value, **policy_options):
        import hmac as hmac_module
        from envelope import check_envelope
        from verify import Policy, verify
        secret = bytes(range(32))
        body = {k: v for k, v in env_value.items() if k != "signature"}
        env_value = dict(body, signature=hmac_module.new(secret, jcs.canonicalize(body), "sha256").hexdigest())
        store = TrustStore({"issuers": {"https://issuer.example": {"keys": [
            {"kty": "oct", "kid": "k1", "alg": "HS256",
             "k": base64.urlsafe_b64encode(secret).rstrip(b"=").decode()}]}}})
        policy = Policy(["HS256"], SERVER, 1780315230, **policy_options)  # 2026-06-01T12:00:30Z
        return verify(check_envelope(env_value), store, "t", {"a": 1}, policy)

    def refused(self, env_value, reason, **policy_options):
        with self.assertRaises(Refusal) as ctx:
            self.verify(env_value, **policy_options)
        self.assertEqual(ctx.exception.reason, reason, ctx.exception.message)
        return ctx.exception

    def test_issuer_and_capability(self):
        env = sample_envelope()
        self.assertEqual(self.verify(env), "identity")
        self.assertEqual(self.verify(env, permitted_issuers=["x", "https://issuer.example"]), "identity")
        self.refused(env, "issuer_not_permitted", permitted_issuers=["https://issuer.example/"])
        self.assertEqual(self.refused(env, "capability_mismatch", required_capability="fs.delete").pointer,
                         "/plannerDeclared")
        env["plannerDeclared"]["requestedCapability"] = "fs.delete"
        self.assertEqual(self.verify(env, required_capability="fs.delete"), "identity")
        self.refused(env, "capability_mismatch", required_capability="fs.Delete")
        # the issuer before the capability, both before the arguments commitment
        self.refused(env, "issuer_not_permitted", permitted_issuers=["x"], required_capability="y")
        redacted = sample_envelope('{"b":2}')
        self.refused(redacted, "capability_mismatch", required_capability="y")
        self.refused(redacted, "args_commitment_mismatch")


class ArgumentsCommitment(unittest.TestCase):
    def commit(self, env_value, arguments_text, allow_redacted=False):
        from envelope import check_envelope
        from verify import Policy, check_commitment
        env = check_envelope(env_value)
        policy = Policy(["HS256"], SERVER, 0, allow_redacted)
        return check_commitment(env, env.tool_calls[0], parse_bytes(arguments_text), policy)

    def refused(self, env_value, arguments_text, reason):
        with self.assertRaises(Refusal) as ctx:
            self.commit(env_value, arguments_text)
        self.assertEqual(ctx.exception.reason, reason)

    def test_identity_is_compared_as_text_first(self):
        big = '{"n":100000000000000000000}'
        self.assertEqual(self.commit(sample_envelope(big), b'{"n":1e20}'), "identity")
        self.assertEqual(self.commit(sample_envelope(big, vaara=True), b'{"n":1e20}'), "identity")
        # the same projection, not equal to A: now it must be strict JSON, and 1e20 as an integer literal is not
        self.refused(sample_envelope(big), b'{"n":1}', "envelope_malformed")

    def test_hash_redacted_and_form(self):
        digest = "sha256:" + hashlib.sha256(b'{"n":100000000000000000000}').hexdigest()
        self.assertEqual(self.commit(sample_envelope('{"digest":"%s"}' % digest), b'{"n":1e20}'), "hash")
        self.refused(sample_envelope('{"digest":"%s"}' % digest), b'{"n":1}', "args_commitment_mismatch")
        self.refused(sample_envelope('{"b":1,"a":2}'), b'{"n":1}', "envelope_malformed")
        self.refused(sample_envelope('{"a":1}'), b'{"n":1}', "args_commitment_mismatch")
        self.assertEqual(self.commit(sample_envelope('{"a":1}'), b'{"n":1}', allow_redacted=True), "redacted")

    def test_vaara_projection_digest_first(self):
        env = sample_envelope('{"b":1,"a":2}', vaara=True)
        env["payloadDerived"]["toolCalls"][0]["args"]["projectionDigest"] = "sha256:" + "0" * 64
        self.refused(env, b'{"a":2,"b":1}', "args_commitment_mismatch")


def write(directory, name, data):
    path = os.path.join(directory, name)
    with open(path, "wb") as handle:
        handle.write(data)
    return path


def adapter_argv(call, directory, replay_dir):
    """The argv the conformance runner builds for one vector call (conformance/adapter-protocol.md#vectors)."""
    inp = call["input"]
    argv = ["verify-attestation", "--keys", write(directory, "keys.json", json.dumps(inp["keys"]).encode()),
            "--server", inp["server"], "--now", inp["now"]]
    if "request" in inp:
        argv += ["--request", write(directory, "request.json", json.dumps(inp["request"]).encode())]
    else:
        if "envelopeBase64" in inp:
            envelope = base64.b64decode(inp["envelopeBase64"])
        else:
            envelope = json.dumps(inp["envelope"]).encode()
        if "argumentsBase64" in inp:
            arguments = base64.b64decode(inp["argumentsBase64"])
        else:
            arguments = json.dumps(inp.get("arguments", {})).encode()
        argv += ["--envelope", write(directory, "envelope.json", envelope), "--tool", inp["tool"],
                 "--arguments", write(directory, "arguments.json", arguments)]
    if "profile" in inp:
        argv += ["--profile", inp["profile"]]
    if "algorithms" in inp:
        argv += ["--algorithms", ",".join(inp["algorithms"])]
    if inp.get("allowRedactedProjection"):
        argv += ["--allow-redacted-projection"]
    for index, (uri, content) in enumerate(sorted(inp.get("resolve", {}).items())):
        argv += ["--resolve", "%s=%s" % (uri, write(directory, "resolved-%d" % index, base64.b64decode(content)))]
    if "permittedIssuers" in inp:
        argv += ["--permitted-issuers", ",".join(inp["permittedIssuers"])]
    if "requiredCapability" in inp:
        argv += ["--required-capability", inp["requiredCapability"]]
    if inp.get("replayStoreUnavailable"):
        replay_dir = os.path.join(write(directory, "not-a-directory", b"x"), "replay")  # below a regular file
    argv += ["--replay-dir", replay_dir]
    return argv


def run_adapter(argv):
    """adapter.py as the runner starts it: a process of its own, no standard input."""
    proc = subprocess.run([sys.executable, ADAPTER] + argv, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=30)
    lines = [line for line in proc.stdout.decode("utf-8").splitlines() if line.strip()]
    return proc.returncode, (json.loads(lines[-1]) if lines else None), proc.stderr.decode("utf-8", "replace")


def run_in_process(argv):
    """adapter.main(argv) in this process, stdout and stderr captured: the same code path without the start-up."""
    import adapter
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = adapter.main(list(argv))
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    return code, (json.loads(lines[-1]) if lines else None), err.getvalue()


def check_vector(path, subprocesses=False):
    """Runs every call of one vector in order with one replay directory; returns a list of failure messages."""
    run = run_adapter if subprocesses else run_in_process
    with open(path, encoding="utf-8") as handle:
        vector = json.load(handle)
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        replay_dir = os.path.join(scratch, "replay")
        os.mkdir(replay_dir)
        for number, call in enumerate(vector["calls"]):
            directory = os.path.join(scratch, "call-%d" % number)
            os.mkdir(directory)
            expected = call["expected"]
            code, out, err = run(adapter_argv(call, directory, replay_dir))
            where = "%s call %d: exit %s, %s; %s" % (vector["id"], number, code, out, err.strip()[-300:])
            want_code = 0 if expected["verdict"] == "accept" else 1
            if (out is None or out.get("verdict") != expected["verdict"] or out.get("reason") != expected["reason"]
                    or code != want_code):
                failures.append("expected %s/%s (exit %d); got %s" % (expected["verdict"], expected["reason"],
                                                                     want_code, where))
                continue
            if "argsCommitment" in expected and out.get("argsCommitment") != expected["argsCommitment"]:
                failures.append("expected argsCommitment %s; got %s" % (expected["argsCommitment"], where))
            if "signingInput" in expected:
                profile = ["--profile", call["input"]["profile"]] if "profile" in call["input"] else []
                code, out, err = run(["signing-input", "--envelope", os.path.join(directory, "envelope.json")]
                                     + profile)
                if code != 0 or (out or {}).get("signingInput") != expected["signingInput"]:
                    failures.append("signing-input: %s call %d: exit %s, %s; %s" % (vector["id"], number, code,
                                                                                  out, err.strip()[-300:]))
    return failures


def _vector_worker(path):
    try:
        return path, check_vector(path, bool(os.environ.get("ADAPTER_TEST_SUBPROCESS")))
    except Exception as exc:  # reported as the vector's failure, not as a broken pool
        return path, ["%s: %s: %s" % (os.path.basename(path), type(exc).__name__, exc)]


class Vectors(unittest.TestCase):
    def test_every_vector(self):
        files = sorted(glob.glob(os.path.join(VECTORS, "*.json")))
        self.assertTrue(files, "no vectors found under %s" % VECTORS)
        workers = min(8, max(2, os.cpu_count() or 2))
        if os.environ.get("ADAPTER_TEST_SUBPROCESS"):
            # each call is its own process already; threads are enough to keep several running
            pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers * 2)
        else:
            pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)
        with pool:
            results = dict(pool.map(_vector_worker, files, chunksize=4))
        self.assertEqual(len(results), len(files))
        for path in files:
            with self.subTest(vector=os.path.basename(path)[:-5]):
                self.assertEqual(results[path], [])

    def test_some_vectors_through_real_processes(self):
        """The in-process runs above skip only the interpreter start; a few vectors go the runner's way in full."""
        for name in ("es256-identity-projection", "meta-attestation-null", "arguments-not-object",
                     "args-ref-uri-with-equals"):
            path = os.path.join(VECTORS, name + ".json")
            if os.path.exists(path):
                with self.subTest(vector=name):
                    self.assertEqual(check_vector(path, subprocesses=True), [])


class ReplayConcurrency(unittest.TestCase):
    def test_one_of_many_concurrent_calls_is_accepted(self):
        path = os.path.join(VECTORS, "es256-identity-projection.json")
        if not os.path.exists(path):
            self.skipTest("vector es256-identity-projection is absent")
        with open(path, encoding="utf-8") as handle:
            call = json.load(handle)["calls"][0]
        with tempfile.TemporaryDirectory() as scratch:
            replay_dir = os.path.join(scratch, "replay")
            argv = adapter_argv(call, scratch, replay_dir)
            procs = [subprocess.Popen([sys.executable, ADAPTER] + argv, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) for _ in range(8)]
            verdicts = []
            for proc in procs:
                out, _ = proc.communicate(timeout=60)
                verdicts.append((proc.returncode, json.loads(out.decode().strip().splitlines()[-1])["reason"]))
        self.assertEqual(sorted(verdicts), [(0, None)] + [(1, "nonce_replay")] * 7)


class ReplayStoreFailure(unittest.TestCase):
    def test_a_store_that_fails_while_consuming_refuses(self):
        from replay import ReplayStore
        with tempfile.TemporaryDirectory() as scratch:
            directory = os.path.join(scratch, "replay")
            store = ReplayStore(directory)
            store.consume("i", "n1", 100, 0)
            os.rename(directory, directory + ".gone")
            write(scratch, "replay", b"not a directory any more")
            with self.assertRaises(Refusal) as ctx:
                store.consume("i", "n2", 100, 0)
            self.assertEqual(ctx.exception.reason, "replay_store_unavailable")
            # unusable from the start (the runner passes a path below a regular file): the same, when reached
            with self.assertRaises(Refusal) as ctx:
                ReplayStore(os.path.join(scratch, "replay", "below")).consume("i", "n3", 100, 0)
            self.assertEqual(ctx.exception.reason, "replay_store_unavailable")


class CommandLine(unittest.TestCase):
    def test_unknown_flag_exits_2(self):
        code, out, _ = run_adapter(["signing-input", "--envelope", "/nonexistent", "--bogus", "x"])
        self.assertEqual((code, out), (2, None))

    def test_abbreviation_is_unknown(self):
        code, _, _ = run_adapter(["signing-input", "--env", "/nonexistent"])
        self.assertEqual(code, 2)

    def test_missing_file_exits_2(self):
        code, out, _ = run_adapter(["signing-input", "--envelope", "/nonexistent/envelope.json"])
        self.assertEqual((code, out), (2, None))

    def test_unknown_verb_exits_2(self):
        self.assertEqual(run_adapter(["sign-attestation"])[0], 2)

    def test_resolve_splits_at_the_last_equals(self):
        self.assertEqual(split_resolve("https://b.example/a?id=1&v=2=/tmp/x"),
                         ("https://b.example/a?id=1&v=2", "/tmp/x"))
        self.assertEqual(split_resolve("u=a=b"), ("u=a", "b"))
        for bad in ("nothing", "=/tmp/x", "uri="):
            with self.subTest(spec=bad), self.assertRaises(UsageError):
                split_resolve(bad)

    def test_flag_hygiene(self):
        base = ["verify-attestation", "--keys", "k", "--server", "s", "--now", "2026-06-01T12:00:00Z",
                "--envelope", "e", "--tool", "t"]
        parse_argv(base)
        for extra in (["--tool", "u"], ["--now", "2026-06-01T12:00:00Z"], ["--allow-redacted-projection"] * 2,
                      ["--profile", "sep-2787", "--profile", "sep-2787"], ["--request", "r"], ["--bogus"]):
            with self.subTest(extra=extra), self.assertRaises(UsageError):
                parse_argv(base + extra)
        for index in range(2, len(base), 2):  # every flag with an empty value
            with self.subTest(empty=base[index - 1]), self.assertRaises(UsageError):
                parse_argv(base[:index] + [""] + base[index + 1:])
        for extra in (["--permitted-issuers", ""], ["--required-capability", ""], ["--resolve", ""],
                      ["--permitted-issuers", "a", "--permitted-issuers", "b"]):
            with self.subTest(extra=extra), self.assertRaises(UsageError):
                parse_argv(base + extra)
        options = parse_argv(base + ["--permitted-issuers", "a,b", "--required-capability", "c"])[1]
        self.assertEqual((options["permitted-issuers"], options["required-capability"]), ("a,b", "c"))

    def test_permitted_issuers(self):
        self.assertEqual(parse_issuers("https://a.example,https://b.example"),
                         ["https://a.example", "https://b.example"])
        for bad in (",", "a,", ",a", "a,,b"):
            with self.subTest(list=bad), self.assertRaises(UsageError):
                parse_issuers(bad)

    def test_usage_errors_exit_2(self):
        with tempfile.TemporaryDirectory() as scratch:
            keys = write(scratch, "keys.json", b'{"issuers":{}}')
            env = write(scratch, "e.json", json.dumps(sample_envelope()).encode())
            base = ["verify-attestation", "--keys", keys, "--server", SERVER, "--envelope", env]
            cases = [["--tool", "", "--now", "2026-06-01T12:00:00Z"],
                     ["--tool", "t", "--now", "2026-06-01T12:00:00Z", "--algorithms", "ES256,HS512"],
                     ["--tool", "t", "--now", "2026-06-01T12:00:00Z", "--tool", "t"],
                     ["--tool", "t", "--now", "2026-06-01T12:00:00+00:00"]]
            for extra in cases:
                with self.subTest(extra=extra):
                    self.assertEqual(run_adapter(base + extra)[:2], (2, None))
            bad_store = write(scratch, "bad.json", b'{"issuers":{"i":{"keys":[{"kty":"oct","kid":"k","alg":"HS256",'
                                                   b'"k":"AA","dp":"AA"}]}}}')
            argv = ["verify-attestation", "--keys", bad_store, "--server", SERVER, "--envelope", env, "--tool", "t",
                    "--now", "0000-01-01T00:00:00Z"]
            self.assertEqual(run_adapter(argv)[:2], (2, None))
            # year 0000 is a valid instant: with a usable store this is a verdict
            argv[2] = keys
            code, out, _ = run_adapter(argv)
            self.assertEqual((code, out["reason"]), (1, "key_unavailable"))

    def test_malformed_envelope_is_a_verdict(self):
        with tempfile.TemporaryDirectory() as scratch:
            cases = [(b"[]", "envelope_malformed"), (b"{", "json_invalid"), (b"x" * 65537, "limit_exceeded")]
            for data, reason in cases:
                code, out, err = run_adapter(["signing-input", "--envelope", write(scratch, "e.json", data)])
                self.assertEqual((code, out["verdict"], out["reason"]), (1, "reject", reason), err)


if __name__ == "__main__":
    unittest.main()
