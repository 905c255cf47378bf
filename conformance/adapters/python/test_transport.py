"""Tests of verify-transport (stdlib unittest): units of jws/did/ed25519/twins/captoken, whole calls through
adapter.main with keys generated here, and every vector of conformance/vectors/transport-identity.

    python3 -m unittest discover -s conformance/adapters/python -p 'test_*.py'
"""

import contextlib
import glob
import io
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import adapter  # noqa: E402
import did  # noqa: E402
import ed25519  # noqa: E402
import jws  # noqa: E402
import transport_fixture as fx  # noqa: E402
from captoken import covers  # noqa: E402
from errors import Refusal  # noqa: E402
from twins import SCOPE_STRING, check_headers, twin_problem  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
VECTORS = os.path.join(REPO, "conformance", "vectors", "transport-identity")

SMALL_ORDER = ("0100000000000000000000000000000000000000000000000000000000000000",
               "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
               "0000000000000000000000000000000000000000000000000000000000000000",
               "0000000000000000000000000000000000000000000000000000000000000080",
               "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
               "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
               "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
               "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85")


def refusal(test, fn, reason):
    with test.assertRaises(Refusal) as ctx:
        fn()
    test.assertEqual(ctx.exception.reason, reason, ctx.exception.message)
    return ctx.exception


class Units(unittest.TestCase):
    def test_rfc7638_example(self):
        """RFC 7638 section 3.1."""
        n = ("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRX"
             "jBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZ"
             "gnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw"
             "0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")
        self.assertEqual(jws.thumbprint({"kty": "RSA", "n": n, "e": "AQAB", "alg": "RS256", "kid": "2011-04-29"}),
                         "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")
        self.assertIsNone(jws.thumbprint({"kty": "oct", "k": "AAAA"}))

    def test_did_key_round_trip(self):
        for alg in ("EdDSA", "ES256"):
            signer = fx.Signer(alg, "k")
            identifier = signer.did_key()
            key, operator = did.resolve_key(identifier, identifier + "#" + identifier[8:], {})
            self.assertEqual((key.alg, operator), (alg, identifier))
            self.assertEqual(jws.thumbprint(key.jwk), signer.thumbprint())

    def test_known_did_key(self):
        """The example of the did:key specification (Ed25519)."""
        identifier = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
        key, _ = did.resolve_key(identifier, identifier + "#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", {})
        self.assertEqual(key.alg, "EdDSA")
        refusal(self, lambda: did.resolve_key(identifier, identifier + "#other", {}), "identity_invalid")

    def test_small_order_keys_refused(self):
        for hexkey in SMALL_ORDER:
            with self.subTest(key=hexkey[:8]):
                self.assertIsNotNone(ed25519.usable_public_key(bytes.fromhex(hexkey)))
                identifier = "did:key:z" + fx.b58encode(did.ED25519_PUB + bytes.fromhex(hexkey))
                refusal(self, lambda: did.resolve_key(identifier, identifier + "#" + identifier[8:], {}),
                        "identity_invalid")
        # y = p (non-canonical spelling of y = 0) is refused too
        self.assertIsNotNone(ed25519.usable_public_key((2 ** 255 - 19).to_bytes(32, "little")))
        from keys import b64url_decode_canonical
        self.assertIsNone(ed25519.usable_public_key(b64url_decode_canonical(fx.Signer("EdDSA", "k").jwk["x"])))

    def test_compact_structure(self):
        signer = fx.Signer("EdDSA", "k")
        good = fx.token(signer, "t", {"a": 1})

        def parse(t):
            return jws.parse_compact(t, "token", "t", lambda k: True, lambda c: None)
        self.assertEqual(parse(good).claims, {"a": 1})
        head, body, sig = good.split(".")
        for bad in (head + "." + body, good + ".x", head + "=." + body + "." + sig, head + ". " + body + "." + sig,
                    head + "." + body + "." + sig[:-1] + chr(ord(sig[-1]) + 1 if sig[-1] not in "9_-" else 65),
                    jws.b64url(b'{"alg":"EdDSA","typ":"t","kid":"k","crit":[]}') + "." + body + "." + sig,
                    jws.b64url(b'{"alg":"EdDSA","typ":"u","kid":"k"}') + "." + body + "." + sig,
                    head + "." + jws.b64url(b'{"a":1,"a":2}') + "." + sig, head + "." + jws.b64url(b"[]") + "." + sig):
            with self.subTest(token=bad[:40]):
                try:
                    parse(bad)
                except Refusal as exc:
                    self.assertEqual(exc.reason, "token_malformed")
                else:  # a changed last character may still be canonical: then the signature must fail
                    refusal(self, lambda: jws.verify_signature(signer_key(signer), parse(bad), "t"),
                            "signature_invalid")

    def test_signatures_and_times(self):
        for alg in ("EdDSA", "ES256"):
            signer = fx.Signer(alg, "k")
            parsed = jws.parse_compact(fx.token(signer, "t", {"iat": 0, "exp": 300}), "t", "t", lambda k: True,
                                       lambda c: None)
            jws.verify_signature(signer_key(signer), parsed, "t")
            parsed.signing_input += b"x"
            refusal(self, lambda: jws.verify_signature(signer_key(signer), parsed, "t"), "signature_invalid")
        claims = {"iat": 100, "exp": 400}
        jws.check_times(claims, 130, 30, 300, "t")
        refusal(self, lambda: jws.check_times(claims, 69, 30, 300, "t"), "not_yet_valid")
        refusal(self, lambda: jws.check_times(claims, 430, 30, 300, "t"), "expired")  # now - skew = exp
        jws.check_times(claims, 429, 30, 300, "t")
        refusal(self, lambda: jws.check_times({"iat": 100, "exp": 401}, 130, 30, 300, "t"), "lifetime_exceeded")
        refusal(self, lambda: jws.check_times({"iat": 100, "exp": 400, "nbf": 200}, 130, 30, 300, "t"),
                "not_yet_valid")

    def test_scope_grammar_and_coverage(self):
        for good in ("tools/list", "tools/call:x tools/list", "tools/call:*", "resources/read"):
            self.assertTrue(SCOPE_STRING.fullmatch(good), good)
        for bad in ("tools/call", "tools/call tools/list", "a  b", " a", "a ", "tools/call:", "Tools/list"):
            self.assertFalse(SCOPE_STRING.fullmatch(bad), bad)
        self.assertTrue(covers({"tools/call:*"}, "tools/call:x"))
        self.assertTrue(covers({"tools/call:x"}, "tools/call:x"))
        self.assertFalse(covers({"tools/call:x"}, "tools/call:*"))
        self.assertFalse(covers({"tools/list"}, "tools/call:x"))

    def test_challenge(self):
        c = fx.challenge(fx.NOW - 10)
        self.assertTrue(did.challenge_valid(c, fx.SECRET, fx.AUDIENCE, fx.NOW, 120))
        self.assertFalse(did.challenge_valid(c, fx.SECRET, "https://other.example", fx.NOW, 120))
        self.assertFalse(did.challenge_valid(c, fx.SECRET, fx.AUDIENCE, fx.NOW - 10 + 120, 120))
        self.assertTrue(did.challenge_valid(c, fx.SECRET, fx.AUDIENCE, fx.NOW - 10 + 119, 120))
        self.assertFalse(did.challenge_valid("0" + c, fx.SECRET, fx.AUDIENCE, fx.NOW, 120))
        self.assertFalse(did.challenge_valid(c, bytes(32), fx.AUDIENCE, fx.NOW, 120))


def signer_key(signer):
    from keys import TrustStore
    return TrustStore({"issuers": {"i": {"keys": [signer.jwk]}}}, supported=("ES256", "EdDSA")).lookup(
        "i", signer.kid, signer.alg)


class Headers(unittest.TestCase):
    actor = ({"id": "user:alice"}, ["_meta", "x"])

    def test_order_and_kinds(self):
        twins = {"actor": [self.actor]}
        check_headers([["mcp-actor", '"user:alice"'], ["MCP-Audit-Chain", "x"], ["MCP-Audit-Chain", "y"]], twins)
        cases = [
            ([["MCP-Actor", "42"], ["mcp-actor", "43"]], "header_duplicated"),
            ([["MCP-Actor", '"user:alice";p=1']], "header_malformed"),
            ([["MCP-Actor", '"user:\u00e9"']], "header_malformed"),
            ([["MCP-Actor", '"user:\talice"']], "header_malformed"),
            ([["MCP-Actor", '"' + "a" * 8200 + '"']], "header_malformed"),
            ([["MCP-Actor", "user"]], "header_malformed"),
            ([["MCP-Actor", '" user"']], "header_malformed"),  # decodes, but breaks the twin schema
            ([["MCP-Actor", '"user:bob"']], "header_mismatch"),
            ([["MCP-Agent-Session", '"s-0123456789abcdef"']], "header_mismatch"),
            ([["MCP-Agent-Intent", 'purpose=%"archive", scope=("tools/list")']], "header_mismatch"),  # no twin
            ([["MCP-Agent-Intent", 'purpose="a", scope=("tools/list"), x=1']], "header_malformed"),
            ([["MCP-Actor", '"user:bob"'], ["MCP-Agent-Session", '"s"'], ["MCP-Actor", "1"]], "header_duplicated"),
            ([["MCP-Agent-Session", "1"], ["MCP-Actor", '"user:bob"']], "header_malformed"),
            ([["MCP-Agent-Intent", 'purpose="a", scope=("tools/list");x']], "header_malformed"),
            ([["MCP-Agent-Identity", 'did;credential="a.b.c";x=1']], "header_malformed"),
            ([["MCP-Agent-Identity", '"did";credential="a.b.c"']], "header_malformed"),
            ([["MCP-Cap-Token", '"a.b.c", ("d.e.f")']], "header_malformed"),
            ([["MCP-Cap-Token", ""]], "header_malformed"),
        ]
        for headers, reason in cases:
            with self.subTest(headers=headers[0][1][:40]):
                refusal(self, lambda: check_headers(headers, twins), reason)
        intent = {"purpose": "Bericht pr\u00fcfen", "scope": ["tools/list", "tools/call:x"]}
        check_headers([["MCP-Agent-Intent", 'scope=("tools/list" "tools/call:x"), purpose=%"Bericht pr%c3%bcfen"']],
                      {"agent-intent": [(intent, [])]})
        # either form of an ASCII purpose decodes to the same value
        ascii_intent = {"agent-intent": [({"purpose": "archive", "scope": ["tools/list"]}, [])]}
        for purpose in ('"archive"', '%"archive"'):
            check_headers([["MCP-Agent-Intent", "purpose=%s, scope=(\"tools/list\")" % purpose]], ascii_intent)
        # compared with the first item of its type only (a second one is evidence_ambiguous at step 2)
        check_headers([["MCP-Actor", '"user:alice"']], {"actor": [self.actor, ({"id": "user:bob"}, [])]})

    def test_twin_schemas(self):
        self.assertIsNone(twin_problem("agent-intent", {"purpose": "x", "scope": ["tools/list"]}))
        for kind, value in (("actor", {"id": "a", "x": 1}), ("actor", {"id": ""}), ("agent-session", {"id": "short"}),
                            ("agent-intent", {"purpose": " ", "scope": ["tools/list"]}),
                            ("agent-intent", {"purpose": "x", "scope": ["tools/list", "tools/list"]}),
                            ("agent-intent", {"purpose": "x\u0085", "scope": ["tools/list"]}),
                            ("cap-token", {"tokens": []}), ("cap-token", {"tokens": ["a"] * 5}),
                            ("agent-identity", {"type": "saml", "credential": "x"})):
            with self.subTest(kind=kind, value=value):
                self.assertIsNotNone(twin_problem(kind, value))


def call(test, params, policy_doc, headers=None, context=None, replay_dir=None, now=fx.NOW_TEXT, extra=()):
    with tempfile.TemporaryDirectory() as scratch:
        def write(name, value):
            path = os.path.join(scratch, name)
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(value, handle)
            return path
        argv = ["verify-transport", "--request", write("r.json", params), "--policy", write("p.json", policy_doc),
                "--now", now]
        if headers is not None:
            argv += ["--headers", write("h.json", headers)]
        if context is not None:
            argv += ["--context", write("c.json", context)]
        if replay_dir is not None:
            argv += ["--replay-dir", replay_dir]
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = adapter.main(argv + list(extra))
    lines = out.getvalue().split()
    return code, (json.loads(lines[-1]) if lines else None)


class WholeCalls(unittest.TestCase):
    def setUp(self):
        self.root = fx.Signer("ES256", "root-1")
        self.gateway = fx.Signer("EdDSA", "gw-1")
        self.agent = fx.Signer("EdDSA", "agent-1")
        self.transport = fx.transport(capTokenIssuers=fx.store(("https://auth.example", [self.root]),
                                                               ("https://gateway.example", [self.gateway])))
        self.replay = tempfile.mkdtemp()

    def chain(self, root_exp=fx.NOW + 270, **leaf_claims):
        root = fx.token(self.root, "mcp-cap+jwt", fx.cap_claims(aud="https://gateway.example", exp=root_exp,
                                                                scope="tools/call:* tools/list"))
        leaf = fx.token(self.gateway, "mcp-cap+jwt", fx.cap_claims(iss="https://gateway.example",
                                                                   parent=fx.parent_digest(root), **leaf_claims))
        return [root, leaf]

    def did_proof(self, signer=None, **claims):
        signer = signer or self.agent
        identifier = signer.did_key()
        body = {"iss": identifier, "aud": fx.AUDIENCE, "challenge": fx.challenge(), "iat": fx.NOW - 5,
                "exp": fx.NOW + 55}
        body.update(claims)
        return fx.token(signer, "mcp-agent-did+jwt", body, kid=identifier + "#" + identifier[8:])

    def run_call(self, items, tool=None, headers=None, context=None, **top):
        return call(self, fx.request(items), fx.policy(tool or {"evidence": []}, self.transport, **top),
                    headers, context, self.replay)

    def test_chain_with_pop_session_actor_intent(self):
        items = [("cap-token", {"tokens": self.chain(cnf={"jkt": self.agent.thumbprint()},
                                                     sid="s-0123456789abcdef")}),
                 ("agent-identity", {"type": "did", "credential": self.did_proof()}),
                 ("actor", {"id": "user:alice"}), ("agent-session", {"id": "s-0123456789abcdef"}),
                 ("agent-intent", {"purpose": "archive", "scope": ["tools/call:delete_file"]})]
        mirror = ", ".join('"%s"' % t for t in items[0][1]["tokens"])
        code, out = self.run_call(items, headers=[["MCP-Actor", '"user:alice"'], ["MCP-Cap-Token", mirror]])
        self.assertEqual((code, out["decision"], out["agentId"]), (0, "allow", self.agent.did_key()))
        code, out = self.run_call(items)  # the challenge is single-use
        self.assertEqual((code, out["reason"], out["decision"]), (1, "challenge_required", "challenge"))
        self.assertTrue(did.challenge_valid(out["challenge"], fx.SECRET, fx.AUDIENCE, fx.NOW, 120))

    def test_refusals(self):
        other = fx.Signer("EdDSA", "agent-2")
        cases = [
            ([("cap-token", {"tokens": self.chain(cnf={"jkt": other.thumbprint()})}),
              ("agent-identity", {"type": "did", "credential": self.did_proof()})], "key_binding_mismatch"),
            ([("cap-token", {"tokens": self.chain(scope="tools/list")})], "scope_insufficient"),
            ([("cap-token", {"tokens": self.chain(aud="https://x.example")})], "audience_mismatch"),
            ([("cap-token", {"tokens": self.chain(sub="user:bob")})], "chain_invalid"),
            ([("cap-token", {"tokens": self.chain(root_exp=fx.NOW + 200)})], "chain_invalid"),  # outlives its root
            ([("cap-token", {"tokens": self.chain()[1:]})], "chain_invalid"),  # a child without its parent
            ([("cap-token", {"tokens": self.chain(sid="s-0123456789abcdef")})], "session_mismatch"),
            ([("cap-token", {"tokens": self.chain()}), ("actor", {"id": "user:bob"})], "actor_mismatch"),
            ([("cap-token", {"tokens": self.chain()}),
              ("agent-intent", {"purpose": "x", "scope": ["tools/list"]})], "intent_out_of_scope"),
            ([("cap-token", {"tokens": self.chain(jti="short")})], "token_malformed"),
            ([("agent-identity", {"type": "did", "credential": self.did_proof(challenge=fx.challenge(fx.NOW - 200))})],
             "challenge_required"),
            ([("agent-identity", {"type": "oauth", "credential": "tok"})], "identity_invalid"),
            ([("actor", {"id": "user:alice"})], "evidence_required"),
        ]
        for items, reason in cases:
            with self.subTest(reason=reason):
                code, out = self.run_call(items, {"evidence": ["actor", "cap-token"]} if reason == "evidence_required"
                                          else None)
                self.assertEqual((code, out["reason"]), (1, reason))
                self.assertEqual(out["decision"], "challenge" if reason in ("challenge_required",
                                                                            "intent_out_of_scope") else "deny")

    def test_step_two_schema_before_ambiguity(self):
        code, out = self.run_call([("actor", {"id": "user:alice"}), ("actor", {"id": " bad"})])
        self.assertEqual(out["reason"], "envelope_malformed")
        code, out = self.run_call([("actor", {"id": "user:alice"}), ("actor", {"id": "user:alice"})])
        self.assertEqual(out["reason"], "evidence_ambiguous")

    def test_agent_and_operator_name_only_the_agent_identity(self):
        code, out = self.run_call([("cap-token", {"tokens": self.chain()})])
        self.assertEqual((code, out["agentId"], out["operatorId"]), (0, None, None))
        code, out = self.run_call([])
        self.assertEqual((code, out["agentId"], out["operatorId"]), (0, None, None))

    def test_escalation_and_root_issuer(self):
        root = fx.token(self.root, "mcp-cap+jwt", fx.cap_claims(aud="https://gateway.example", scope="tools/list"))
        leaf = fx.token(self.gateway, "mcp-cap+jwt", fx.cap_claims(iss="https://gateway.example",
                                                                   parent=fx.parent_digest(root)))
        self.assertEqual(self.run_call([("cap-token", {"tokens": [root, leaf]})])[1]["reason"], "scope_escalation")
        self.assertEqual(self.run_call([("cap-token", {"tokens": [leaf]})])[1]["reason"], "chain_invalid")
        rogue = fx.token(self.gateway, "mcp-cap+jwt", fx.cap_claims(iss="https://rogue.example"))
        self.assertEqual(self.run_call([("cap-token", {"tokens": [rogue]})])[1]["reason"], "issuer_not_permitted")

    def test_single_use_and_failure_mode(self):
        items = [("cap-token", {"tokens": self.chain()})]
        tool = {"evidence": ["cap-token"], "singleUseCapToken": True}
        self.assertEqual(self.run_call(items, tool)[0], 0)
        self.assertEqual(self.run_call(items, tool)[1]["reason"], "nonce_replay")
        self.assertEqual(self.run_call(items, {"evidence": ["cap-token"]})[0], 0)  # reusable by default
        blocked = os.path.join(self.replay, "file")
        open(blocked, "w").close()
        self.replay = os.path.join(blocked, "replay")
        self.assertEqual(self.run_call(items, tool)[1]["reason"], "replay_store_unavailable")
        code, out = self.run_call(items, tool, failureMode="open")
        self.assertEqual((code, out.get("bypass")), (0, True))

    def test_oauth_and_mtls(self):
        self.transport["identity"]["oauth"] = {"introspectionUrl": "https://auth.example/introspect"}
        idp = fx.Signer("ES256", "idp-1")
        self.transport["identity"]["jwt"] = {"issuers": fx.store(("https://idp.example", [idp]))}
        tool = {"evidence": ["agent-identity"]}
        live = {"active": True, "sub": "agent:a", "iss": "https://op.example", "aud": [fx.AUDIENCE], "exp": fx.NOW + 1}
        for response, reason in ((live, None), (dict(live, exp=fx.NOW), "expired"),
                                 ("unavailable", "resolver_unavailable"),
                                 (dict(live, aud="https://x.example"), "audience_mismatch"),
                                 (dict(live, active=False), "identity_invalid")):
            with self.subTest(reason=reason):
                code, out = self.run_call([("agent-identity", {"type": "oauth", "credential": "tok"})], tool,
                                          context={"introspection": {"tok": response}})
                self.assertEqual(out["reason"], reason)
        cert = jws.b64url(bytes(32))
        cred = fx.token(idp, "mcp-agent+jwt", {"iss": "https://idp.example", "sub": "agent:m", "aud": fx.AUDIENCE,
                                               "iat": fx.NOW, "exp": fx.NOW + 3600, "cnf": {"x5t#S256": cert}})
        for context, reason in (({"clientCertificateSha256": cert}, None), ({}, "key_binding_mismatch"),
                                ({"clientCertificateSha256": jws.b64url(bytes([1]) * 32)}, "key_binding_mismatch")):
            code, out = self.run_call([("agent-identity", {"type": "mtls", "credential": cred})], tool, context=context)
            self.assertEqual(out["reason"], reason)
        self.assertEqual(out["decision"], "deny")
        code, out = self.run_call([("agent-identity", {"type": "jwt", "credential": cred})], tool)
        self.assertEqual((out["agentId"], out["operatorId"]), ("agent:m", "https://idp.example"))

    def test_usage_errors_exit_2(self):
        good = fx.policy(None, self.transport)
        self.assertEqual(call(self, fx.request(), good)[0], 0)
        for bad in (dict(good, extra=1), fx.policy({"evidence": []}), dict(good, transport={"x": 1}),
                    fx.policy(None, fx.transport(identity={"did": {"challengeSecret": "short"}}))):
            self.assertEqual(call(self, fx.request(), bad)[0], 2)
        self.assertEqual(call(self, fx.request(), good, extra=["--keys", "x"])[0], 2)
        self.assertEqual(call(self, fx.request(), good, headers={"MCP-Actor": "x"})[0], 2)


class TransportVectors(unittest.TestCase):
    def test_every_vector(self):
        from test_adapter import run_in_process
        files = sorted(glob.glob(os.path.join(VECTORS, "*.json")))
        if not files:
            self.skipTest("no transport-identity vectors yet")
        for path in files:
            with open(path, encoding="utf-8") as handle:
                vector = json.load(handle)
            with self.subTest(vector=vector["id"]), tempfile.TemporaryDirectory() as scratch:
                replay = os.path.join(scratch, "replay")
                for number, one in enumerate(vector["calls"]):
                    inp, exp = one["input"], one["expected"]
                    argv = ["verify-transport"]
                    for flag, name in (("--request", "request"), ("--policy", "policy"), ("--headers", "headers"),
                                       ("--context", "context")):
                        if name in inp:
                            argv += [flag, os.path.join(scratch, "%s-%d.json" % (name, number))]
                            with open(argv[-1], "w", encoding="utf-8") as handle:
                                json.dump(inp[name], handle)
                    blocked = os.path.join(scratch, "policy-%d.json" % number, "replay")
                    argv += ["--now", inp["now"],
                             "--replay-dir", blocked if inp.get("replayStoreUnavailable") else replay]
                    code, out, err = run_in_process(argv)
                    got = (code, out and out["verdict"], out and out["reason"], out and out.get("decision"))
                    want = (0 if exp["verdict"] == "accept" else 1, exp["verdict"], exp["reason"],
                            exp.get("decision", got[3]))
                    self.assertEqual(got, want, "call %d: %s" % (number, err.strip()[-400:]))
                    for key in ("agentId", "operatorId"):
                        if key in exp:
                            self.assertEqual(out.get(key), exp[key], key)


if __name__ == "__main__":
    unittest.main()
