// The five transport headers and their _meta twins: the mirroring rule, header syntax, twin schemas and presence.
import type { JsonValue } from "../../reference/common/strict-json.js";
import type { TransportCaseDef } from "./case-types.js";
import {
  actorHeader,
  actorItem,
  capHeader,
  capItem,
  capToken,
  chain,
  identityHeader,
  identityItem,
  intentHeader,
  intentItem,
  jwtIdentity,
  one,
  request,
  sessionHeader,
  sessionItem,
  SPEC,
  type Header,
} from "./transport-build.js";
import { ACTOR, AGENT, OPERATOR, policy, SESSION, type Evidence } from "./transport-fixtures.js";

interface HeaderSetup {
  /** Vector name prefix and evidence item type. */
  type: Exclude<Evidence, "tool-call-attestation">;
  name: string;
  spec: string;
  /** Items besides this header's twin that a valid call needs. */
  others: JsonValue[];
  otherEvidence: Evidence[];
  twin: JsonValue;
  header: Header;
  /** The header with another, well-formed value (its twin stays). */
  otherHeader: Header;
  /** Not parseable as the header's RFC 9651 type, or parseable as another type. */
  malformed: [string, string][];
  /** The twin with a value that breaks its schema. */
  badTwin: JsonValue;
  oversized: string;
  nonAscii: string;
  ids?: { agentId: string | null; operatorId: string | null };
}

const capTok = await capToken("headers");
const capTokOther = await capToken("headers-other");
const jwtTok = await jwtIdentity();

const big = (n: number) => "x".repeat(n);

const SETUPS: HeaderSetup[] = [
  {
    type: "actor",
    name: "MCP-Actor",
    spec: SPEC.actor,
    others: [capItem(capTok)],
    otherEvidence: ["cap-token"],
    twin: actorItem(),
    header: actorHeader(),
    otherHeader: actorHeader("user:mallory@example.com"),
    malformed: [
      ["unterminated-string", `"${ACTOR}`],
      ["integer", "42"],
      ["parameter", `"${ACTOR}";role="admin"`],
    ],
    badTwin: { type: "actor", version: 1, value: { id: "" } },
    oversized: `"${big(8192)}"`,
    nonAscii: `"user:alicé@example.com"`,
  },
  {
    type: "cap-token",
    name: "MCP-Cap-Token",
    spec: SPEC.capToken,
    others: [],
    otherEvidence: [],
    twin: capItem(capTok),
    header: capHeader(capTok),
    otherHeader: capHeader(capTokOther),
    malformed: [
      ["bare-token", capTok],
      ["trailing-comma", `"${capTok}",`],
      ["inner-list", `("${capTok}")`],
    ],
    badTwin: { type: "cap-token", version: 1, value: { tokens: [] } },
    oversized: Array.from({ length: 4 }, () => `"${big(4100)}"`).join(", "),
    nonAscii: `"${capTok}ü"`,
  },
  {
    type: "agent-identity",
    name: "MCP-Agent-Identity",
    spec: SPEC.identity,
    others: [],
    otherEvidence: [],
    twin: identityItem("jwt", jwtTok),
    header: identityHeader("jwt", jwtTok),
    otherHeader: identityHeader("operator", jwtTok),
    malformed: [
      ["type-as-string", `"jwt";credential="${jwtTok}"`],
      ["credential-as-token", `jwt;credential=${jwtTok}`],
      ["unknown-parameter", `jwt;credential="${jwtTok}";kid="x"`],
    ],
    badTwin: { type: "agent-identity", version: 1, value: { type: "saml", credential: jwtTok } },
    oversized: `jwt;credential="${big(8192)}"`,
    nonAscii: `jwt;credential="${jwtTok}é"`,
    ids: { agentId: AGENT, operatorId: OPERATOR },
  },
  {
    type: "agent-intent",
    name: "MCP-Agent-Intent",
    spec: SPEC.intent,
    others: [],
    otherEvidence: [],
    twin: intentItem(),
    header: intentHeader(),
    otherHeader: intentHeader(undefined, "delete everything"),
    malformed: [
      ["scope-not-inner-list", `purpose="archive the Q3 report", scope="tools/call:delete_file"`],
      ["unknown-member", `purpose="archive the Q3 report", scope=("tools/call:delete_file" "tools/list"), reason="x"`],
      ["scope-token-entries", `purpose="archive the Q3 report", scope=(tools/list)`],
    ],
    badTwin: { type: "agent-intent", version: 1, value: { purpose: "archive the Q3 report", scope: ["tools/call"] } },
    oversized: `purpose="${big(8192)}", scope=("tools/list")`,
    nonAscii: `purpose="Quartalsbericht prüfen", scope=("tools/call:delete_file")`,
  },
  {
    type: "agent-session",
    name: "MCP-Agent-Session",
    spec: SPEC.session,
    others: [],
    otherEvidence: [],
    twin: sessionItem(),
    header: sessionHeader(),
    otherHeader: sessionHeader("s-0000000000000000"),
    malformed: [
      ["bare-token", SESSION],
      ["byte-sequence", `:${Buffer.from(SESSION).toString("base64")}:`],
      ["parameter", `"${SESSION}";x=1`],
    ],
    badTwin: { type: "agent-session", version: 1, value: { id: "short" } },
    oversized: `"${big(8192)}"`,
    nonAscii: `"s-7f3a9c2e4b1d8f6ü"`,
  },
];

function casesFor(s: HeaderSetup): TransportCaseDef[] {
  const n = s.type;
  const full = policy({ evidence: [...s.otherEvidence, s.type] });
  const withoutOwn = policy({ evidence: s.otherEvidence });
  const items = [...s.others, s.twin];
  const ids = s.ids;
  const out: TransportCaseDef[] = [
    one(`${n}-header-valid`, `an ${s.name} header equal to its evidence twin is accepted`, s.spec, "policy", { request: request(items), policy: full, headers: [s.header] }, "allow", ids),
    one(`${n}-body-only`, `an ${n} evidence item without its ${s.name} header is accepted over http`, SPEC.headers, "policy", { request: request(items), policy: full, headers: [] }, "allow", ids),
    one(`${n}-stdio`, `an ${n} evidence item over stdio, where there are no headers, is accepted`, SPEC.headers, "policy", { request: request(items), policy: full }, "allow", ids),
    one(`${n}-header-name-lowercase`, `the ${s.name} header name is matched case-insensitively`, SPEC.headers, "parsing", { request: request(items), policy: full, headers: [[s.name.toLowerCase(), s.header[1]]] }, "allow", ids),
    one(`${n}-required-missing`, `a tool policy requiring ${n} refuses a call without it`, SPEC.policy, "policy", { request: request(s.others), policy: full, headers: [] }, "evidence_required"),
    one(`${n}-header-duplicated`, `the ${s.name} header twice, in two spellings of its name, is refused`, SPEC.headers, "parsing", { request: request(items), policy: full, headers: [s.header, [s.name.toLowerCase(), s.header[1]]] }, "header_duplicated"),
    one(`${n}-header-mismatch`, `an ${s.name} header that differs from its evidence twin is refused`, SPEC.headers, "policy", { request: request(items), policy: full, headers: [s.otherHeader] }, "header_mismatch"),
    one(`${n}-header-without-twin`, `an ${s.name} header without its evidence twin in the body is refused`, SPEC.headers, "policy", { request: request(s.others), policy: withoutOwn, headers: [s.header] }, "header_mismatch"),
    one(`${n}-header-non-ascii`, `an ${s.name} header with a character outside printable ascii is refused`, SPEC.headers, "parsing", { request: request(items), policy: full, headers: [[s.name, s.nonAscii]] }, "header_malformed"),
    one(`${n}-header-oversized`, `an ${s.name} header longer than its size limit is refused`, SPEC.headers, "parsing", { request: request(items), policy: full, headers: [[s.name, s.oversized]] }, "header_malformed"),
    one(`${n}-twin-malformed`, `an ${n} evidence item whose value breaks its schema is refused`, SPEC.evidence, "parsing", { request: request([...s.others, s.badTwin]), policy: full }, "envelope_malformed"),
    one(`${n}-twin-duplicated`, `two ${n} evidence items in one request are refused as ambiguous`, SPEC.evidence, "parsing", { request: request([...items, s.twin]), policy: full }, "evidence_ambiguous"),
  ];
  for (const [what, value] of s.malformed) {
    out.push(one(`${n}-header-malformed-${what}`, `an ${s.name} header that is not its structured-field type (${what.replace(/-/g, " ")}) is refused`, SPEC.headers, "parsing", { request: request(items), policy: full, headers: [[s.name, value]] }, "header_malformed"));
  }
  return out;
}

const capEvidence = policy({ evidence: ["cap-token"] });
const headerChain = await chain("header-chain");

export const headerCases: TransportCaseDef[] = [
  ...SETUPS.flatMap(casesFor),
  one("cap-token-header-chain-valid", "an MCP-Cap-Token header listing a two-token chain in order equals its twin", SPEC.capToken, "policy", { request: request([capItem(...headerChain)]), policy: capEvidence, headers: [capHeader(...headerChain)] }, "allow"),
  one("cap-token-header-chain-reordered", "an MCP-Cap-Token header listing the chain in another order than its twin is a mismatch", SPEC.headers, "policy", { request: request([capItem(...headerChain)]), policy: capEvidence, headers: [capHeader(headerChain[1], headerChain[0])] }, "header_mismatch"),
  one("agent-intent-header-displaystring", "a non-ascii purpose travels as an sf-displaystring equal to its twin", SPEC.intent, "parsing", { request: request([intentItem(["tools/call:delete_file"], "Quartalsbericht prüfen")]), policy: policy({ evidence: ["agent-intent"] }), headers: [intentHeader(["tools/call:delete_file"], "Quartalsbericht prüfen")] }, "allow"),
  one("agent-intent-header-scope-reordered", "an MCP-Agent-Intent header whose scope lists the twin's entries in another order is a mismatch", SPEC.headers, "policy", { request: request([intentItem()]), policy: policy({ evidence: ["agent-intent"] }), headers: [intentHeader(["tools/list", "tools/call:delete_file"])] }, "header_mismatch"),
  one("audit-chain-header-not-interpreted", "the reserved MCP-Audit-Chain header and duplicated foreign headers are not interpreted", SPEC.auditChain, "policy", { request: request([capItem(capTok)]), policy: capEvidence, headers: [["MCP-Audit-Chain", "(((not a structured field"], ["MCP-Audit-Chain", "x"], ["Accept", "application/json"], ["accept", "text/event-stream"], capHeader(capTok)] }, "allow"),
  one("audit-chain-not-counted", "a repeated MCP-Audit-Chain header is not a duplicate: the malformed MCP-Actor beside it is what is refused", SPEC.auditChain, "parsing", { request: request([actorItem(), capItem(capTok)]), policy: policy({ evidence: ["actor", "cap-token"] }), headers: [["MCP-Audit-Chain", "a"], ["MCP-Audit-Chain", "b"], ["MCP-Actor", "42"]] }, "header_malformed"),
  one("no-transport-evidence-required", "a tool policy requiring no evidence allows a call without any, naming no agent", SPEC.policy, "policy", { request: { name: "delete_file", arguments: { path: "/archive/2024-Q3.md", recursive: false } }, policy: policy({ evidence: [] }), headers: [] }, "allow", { agentId: null, operatorId: null }),
  one("actor-header-with-identity-only", "an actor equal to the verified identity's agent is accepted when no capability token is presented", SPEC.actorBinding, "policy", { request: request([actorItem(AGENT), identityItem("jwt", jwtTok)]), policy: policy({ evidence: ["actor", "agent-identity"] }), headers: [actorHeader(AGENT), identityHeader("jwt", jwtTok)] }, "allow", { agentId: AGENT, operatorId: OPERATOR }),
];

