"""The RFC 9651 parser (sfv.py) against the httpwg structured-field-tests suites in ../shared.

    python3 -m unittest discover -s conformance/adapters/python -p 'test_*.py'

Each case: ``raw`` field lines (combined with ", " as RFC 9651 section 4.2 says), ``header_type``, and either
``expected`` (the parsed value in the suite's JSON form) or ``must_fail``. A ``can_fail`` case may fail or give
``expected``. When ../shared is absent the suites are skipped with a message, unless CI is set (then they fail).
"""

import base64
import decimal
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sfv  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SUITES = os.path.join(REPO, "..", "shared", "vectors", "httpwg", "structured-field-tests")
# every suite of the grammar the transport headers use, plus the other bare item types they must tell apart
FILES = ("item", "string", "string-generated", "token", "token-generated", "list", "listlist", "dictionary",
         "param-dict", "param-list", "param-listlist", "display-string", "key-generated", "number",
         "number-generated", "binary", "boolean", "date", "large-generated", "examples")


def to_suite_form(value):
    """Our parse result -> the suite's JSON form (tokens, binary, dates, display strings tagged with __type)."""
    if isinstance(value, sfv.InnerList):
        return [[to_suite_form(i) for i in value.items], params_form(value.params)]
    if isinstance(value, tuple):
        return [bare_form(value[0]), params_form(value[1])]
    raise TypeError(value)


def params_form(params):
    return [[k, bare_form(v)] for k, v in params.items()]


def bare_form(v):
    if isinstance(v, sfv.Token):
        return {"__type": "token", "value": str(v)}
    if isinstance(v, sfv.DisplayString):
        return {"__type": "displaystring", "value": str(v)}
    if isinstance(v, bytes):
        return {"__type": "binary", "value": base64.b32encode(v).decode("ascii")}
    if isinstance(v, sfv.Date):
        return {"__type": "date", "value": v.seconds}
    if isinstance(v, decimal.Decimal):
        return float(v)
    return v


def field_form(value, field_type):
    if field_type == "list":
        return [to_suite_form(m) for m in value]
    if field_type == "dictionary":
        return [[k, to_suite_form(m)] for k, m in value.items()]
    return to_suite_form(value)


def normalise(expected):
    """The suite writes decimals as JSON numbers: compare them as floats, as bare_form does."""
    if isinstance(expected, list):
        return [normalise(e) for e in expected]
    if isinstance(expected, dict):
        return {k: normalise(v) for k, v in expected.items()}
    if isinstance(expected, float) or (isinstance(expected, int) and not isinstance(expected, bool)):
        return float(expected) if isinstance(expected, float) else expected
    return expected


class HttpwgSuites(unittest.TestCase):
    def test_suites(self):
        if not os.path.isdir(SUITES):
            if os.environ.get("CI"):
                self.fail("%s is missing and CI is set" % SUITES)
            self.skipTest("%s is absent (../shared not cloned); skipping" % SUITES)
        total = 0
        for name in FILES:
            with open(os.path.join(SUITES, name + ".json"), encoding="utf-8") as handle:
                cases = json.load(handle)
            for case in cases:
                total += 1
                with self.subTest(file=name, case=case["name"]):
                    self.check(case)
        self.assertGreater(total, 1500)

    def check(self, case):
        raw = ", ".join(case["raw"])
        try:
            value = sfv.parse(raw, case["header_type"])
        except sfv.SfvError:
            self.assertTrue(case.get("must_fail") or case.get("can_fail"), "failed but should parse")
            return
        self.assertFalse(case.get("must_fail", False), "parsed but must fail")
        got = field_form(value, case["header_type"])
        self.assertEqual(normalise(got), normalise(case["expected"]))


class Subset(unittest.TestCase):
    """The shapes of the transport headers, and the places where they differ from a lenient reading."""

    def test_header_shapes(self):
        self.assertEqual(sfv.parse('"user:alice"', "item"), ("user:alice", {}))
        tokens = sfv.parse('"a.b.c", "d.e.f"', "list")
        self.assertEqual([t[0] for t in tokens], ["a.b.c", "d.e.f"])
        bare, params = sfv.parse('did;credential="x.y.z"', "item")
        self.assertIsInstance(bare, sfv.Token)
        self.assertEqual((bare, params), ("did", {"credential": "x.y.z"}))
        intent = sfv.parse('purpose=%"f%c3%bc", scope=("tools/list" "tools/call:x")', "dictionary")
        self.assertIsInstance(intent["purpose"][0], sfv.DisplayString)
        self.assertEqual(intent["purpose"][0], "f\u00fc")
        self.assertEqual([i[0] for i in intent["scope"].items], ["tools/list", "tools/call:x"])

    def test_failures(self):
        for raw, kind in (('"a', "item"), ('"a\\n"', "item"), ('"a",', "list"), ("a=1,", "dictionary"),
                          ('%"F%C3%BC"', "item"), ('%"%ff"', "item"), ('"\u00e9"', "item"), ("(\"a\"", "list"),
                          ('"a" "b"', "item"), ("A=1", "dictionary")):
            with self.subTest(raw=raw):
                with self.assertRaises(sfv.SfvError):
                    sfv.parse(raw, kind)


if __name__ == "__main__":
    unittest.main()
