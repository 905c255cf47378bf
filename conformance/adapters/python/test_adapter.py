"""Tests of the Python adapter (stdlib unittest).

    python3 -m unittest discover -s conformance/adapters/python -p 'test_*.py'

- RFC 8785 suites from ../shared (cyberphone testdata and the first 10 000 lines of es6testfile);
- strict JSON reader cases;
- every vector of conformance/vectors/tool-call-attestation run through adapter.py as a subprocess, the way the
  conformance runner drives it (conformance/adapter-protocol.md).

When ../shared is absent the shared suites are skipped with a message, unless CI is set (then they fail).
"""

import base64
import glob
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
                     b'[1e400]', b'[-1e400]', b'[-0]', b'[-0.0]', b'[-0e1]', b'[1] x', b'/*c*/[]', b'["\x01"]',
                     b'["\\x"]', b'[.5]', b'[1.]', b'[+1]', b'', b' ', b'[', b'{"a" 1}', b'["\xed\xa0\x80"]',
                     b'[tru]', b'[1 2]', b'{"a":1 "b":2}', b'\x00']:
            with self.subTest(data=data):
                self.refused(data)

    def test_accepts(self):
        cases = {b' {"a":[1,2.5,"x",true,false,null]} ': {"a": [1, 2.5, "x", True, False, None]},
                 b'[9007199254740991,-9007199254740991]': [9007199254740991, -9007199254740991],
                 b'["\\ud83d\\ude02","\xf0\x9f\x98\x82"]': ["\U0001F602", "\U0001F602"],
                 b'[0,0.0,0e1,1E2,1e-400]': [0, 0.0, 0.0, 100.0, 0.0]}
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
    argv += ["--replay-dir", replay_dir]
    return argv


def run_adapter(argv):
    proc = subprocess.run([sys.executable, ADAPTER] + argv, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=30)
    lines = [line for line in proc.stdout.decode("utf-8").splitlines() if line.strip()]
    return proc.returncode, (json.loads(lines[-1]) if lines else None), proc.stderr.decode("utf-8", "replace")


class Vectors(unittest.TestCase):
    def test_every_vector(self):
        files = sorted(glob.glob(os.path.join(VECTORS, "*.json")))
        self.assertTrue(files, "no vectors found under %s" % VECTORS)
        for path in files:
            with open(path, encoding="utf-8") as handle:
                vector = json.load(handle)
            with self.subTest(vector=vector["id"]), tempfile.TemporaryDirectory() as scratch:
                replay_dir = os.path.join(scratch, "replay")
                os.mkdir(replay_dir)
                for number, call in enumerate(vector["calls"]):
                    directory = os.path.join(scratch, "call-%d" % number)
                    os.mkdir(directory)
                    expected = call["expected"]
                    code, out, err = run_adapter(adapter_argv(call, directory, replay_dir))
                    where = "%s call %d: %s %s" % (vector["id"], number, out, err.strip())
                    self.assertIsNotNone(out, where)
                    self.assertEqual(out["verdict"], expected["verdict"], where)
                    self.assertEqual(out["reason"], expected["reason"], where)
                    self.assertEqual(code, 0 if expected["verdict"] == "accept" else 1, where)
                    if "argsCommitment" in expected:
                        self.assertEqual(out.get("argsCommitment"), expected["argsCommitment"], where)
                    if "signingInput" in expected:
                        code, out, err = run_adapter(["signing-input", "--envelope",
                                                      os.path.join(directory, "envelope.json")]
                                                     + (["--profile", call["input"]["profile"]]
                                                        if "profile" in call["input"] else []))
                        self.assertEqual(code, 0, where + err)
                        self.assertEqual(out.get("signingInput"), expected["signingInput"], where)


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

    def test_malformed_envelope_is_a_verdict(self):
        with tempfile.TemporaryDirectory() as scratch:
            cases = [(b"[]", "envelope_malformed"), (b"{", "json_invalid"), (b"x" * 65537, "limit_exceeded")]
            for data, reason in cases:
                code, out, err = run_adapter(["signing-input", "--envelope", write(scratch, "e.json", data)])
                self.assertEqual((code, out["verdict"], out["reason"]), (1, "reject", reason), err)


if __name__ == "__main__":
    unittest.main()
