// DO NOT EDIT: this file is generated.
// Source: schemas/decision.schema.json, schemas/common.schema.json, schemas/reason.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { Decision } from "../types/decision.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/decision.schema.json","title":"Decision","description":"What a verifier decided about one tools/call and why (spec/gateway-decision.md). Returned in error.data.decision on deny or challenge and at result._meta[\"org.mcp-trust/decision\"] on allow.","type":"object","required":["decision","requestId","agentId","operatorId","checks","reason","latencyMs","auditLogId","expiresAt"],"additionalProperties":false,"properties":{"decision":{"enum":["allow","deny","challenge"]},"requestId":{"type":["string","integer","null"]},"agentId":{"description":"The verified agent (the attestation's sub), or null when none was verified.","type":["string","null"]},"operatorId":{"description":"The verified operator (the attestation's iss), or null.","type":["string","null"]},"tool":{"type":"string"},"checks":{"description":"Every check in the order the verifier runs them (spec/gateway-decision.md#decision-object; the transport identity checks headers, agent-identity, cap-token, actor, agent-session and agent-intent in spec/transport-headers.md#verification-order).","type":"array","items":{"$ref":"#/$defs/check"}},"reason":{"anyOf":[{"$ref":"reason.schema.json"},{"type":"null"}]},"bypass":{"description":"True when a failing dependency was bypassed under failureMode open.","type":"boolean"},"latencyMs":{"type":"number","minimum":0},"auditLogId":{"description":"Identifier of the audit record (null until the audit extension lands).","type":["string","null"]},"expiresAt":{"description":"Until when the evidence behind an allow stays valid.","anyOf":[{"$ref":"common.schema.json#/$defs/timestamp"},{"type":"null"}]}},"$defs":{"check":{"title":"DecisionCheck","type":"object","required":["name","result"],"additionalProperties":false,"properties":{"name":{"enum":["headers","evidence","envelope","algorithm","key","signature","lifetime","tool-call","arguments","issuer","capability","nonce","agent-identity","cap-token","actor","agent-session","agent-intent"]},"result":{"enum":["pass","fail","skip","error"]},"reason":{"$ref":"reason.schema.json"}}}}};
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/reason.schema.json","title":"Reason","description":"The closed registry of `error.data.reason` strings. Each entry carries the HTTP status it maps to (400 malformed, 401 authentication, 403 authorization, 502 a gateway could not reach the server behind it, 503 a dependency of the verifier failed). Defined in spec/reasons.md.","type":"string","oneOf":[{"const":"json_invalid","description":"The input is not strict I-JSON: a syntax error, a duplicate member name, a member named __proto__, a lone surrogate, a byte order mark, invalid UTF-8, an integer outside ±(2^53−1), a number that overflows to infinity or underflows to zero, or negative zero.","x-http-status":400},{"const":"limit_exceeded","description":"The input is larger than the configured size limit (default 65536 bytes) or nested deeper than the configured depth limit (default 32).","x-http-status":400},{"const":"request_malformed","description":"The tools/call request around the evidence is not well-formed: params, name, arguments or _meta missing where required or of the wrong type.","x-http-status":400},{"const":"envelope_malformed","description":"The evidence is well-formed JSON but does not match its schema: a missing or unknown member, a wrong type, a non-integer number in an envelope field, non-canonical hex, an unparseable timestamp, or an ambiguous tool-call list.","x-http-status":400},{"const":"evidence_ambiguous","description":"A request carries one kind of evidence more than once: two items of one known type in the evidence container, or an attestation at SEP-2787's _meta.attestation that differs from the container's.","x-http-status":400},{"const":"attestation_required","description":"The policy requires a tool-call attestation and the request carries none.","x-http-status":401},{"const":"algorithm_unsupported","description":"The envelope names a signature algorithm that is not in the verifier's configured allow-list.","x-http-status":401},{"const":"key_unavailable","description":"The verifier's trust store has no usable key for the envelope's issuer, key version and algorithm.","x-http-status":401},{"const":"signature_invalid","description":"The signature does not verify over the canonical signing input, or has the wrong length or encoding for its algorithm.","x-http-status":401},{"const":"not_yet_valid","description":"The envelope's issue time lies further in the future than the allowed clock skew.","x-http-status":401},{"const":"expired","description":"The envelope's lifetime plus the allowed clock skew has passed.","x-http-status":401},{"const":"nonce_replay","description":"The envelope's nonce was already consumed by an accepted call from the same issuer.","x-http-status":401},{"const":"server_mismatch","description":"No tool-call entry names this server's fingerprint.","x-http-status":403},{"const":"tool_mismatch","description":"The tool-call entry for this server names a different tool.","x-http-status":403},{"const":"args_commitment_mismatch","description":"The arguments being executed are not the arguments the envelope commits to, or the commitment cannot be checked.","x-http-status":403},{"const":"issuer_not_permitted","description":"The attestation's issuer is trusted by the verifier but not for this tool.","x-http-status":403},{"const":"capability_mismatch","description":"The tool's policy requires a capability the attestation's plannerDeclared.requestedCapability does not name.","x-http-status":403},{"const":"replay_store_unavailable","description":"The replay store could not be reached or failed; the call is refused (fail-closed) unless the operator chose fail-open.","x-http-status":503},{"const":"upstream_unavailable","description":"A gateway could not reach the MCP server behind it: the connection was refused or reset, or no response arrived within the configured timeout. The message was not delivered; it is not a verdict on the evidence.","x-http-status":502},{"const":"header_malformed","description":"One of the transport headers (MCP-Actor, MCP-Cap-Token, MCP-Agent-Identity, MCP-Agent-Intent, MCP-Agent-Session) is not a valid RFC 9651 structured field of its type, breaks its schema, contains characters its type does not allow, or is larger than its limit.","x-http-status":400},{"const":"header_duplicated","description":"One of the transport headers appears more than once in the HTTP request (including values joined by an intermediary).","x-http-status":400},{"const":"header_mismatch","description":"A transport header disagrees with its _meta twin in the evidence container, or is present without it; the body is authoritative (the semantics of MCP's -32020 HeaderMismatch).","x-http-status":400},{"const":"token_malformed","description":"A compact JWS or JWT (capability token, identity credential, DID proof) is not well-formed: wrong number of segments, non-canonical base64url, a header or claims set that is not strict I-JSON, or a missing, unknown or mistyped required member.","x-http-status":400},{"const":"evidence_required","description":"The tool's policy requires an evidence item (actor, cap-token, agent-identity, agent-intent, agent-session) that the request does not carry.","x-http-status":401},{"const":"lifetime_exceeded","description":"A token or credential declares a lifetime longer than its profile allows (300 seconds for a capability token).","x-http-status":401},{"const":"audience_mismatch","description":"A token or credential is addressed to another audience than this server.","x-http-status":403},{"const":"actor_mismatch","description":"The actor does not equal the subject of the verified capability token or identity proof.","x-http-status":403},{"const":"scope_insufficient","description":"The capability token's scope does not cover this method and tool.","x-http-status":403},{"const":"scope_escalation","description":"A forwarded capability token claims a scope its parent token does not grant.","x-http-status":403},{"const":"chain_invalid","description":"A capability token chain is broken: a token does not name its parent by digest, outlives it, changes its subject, is not issued by its parent's audience, or the chain is longer than allowed.","x-http-status":403},{"const":"key_binding_mismatch","description":"Proof of possession failed: the token's confirmation key (cnf) is not the key the caller proved possession of, or the mTLS certificate thumbprint does not match.","x-http-status":401},{"const":"identity_invalid","description":"The agent identity proof does not establish an identity: an inactive or unknown OAuth token, an unresolvable or unsupported DID, a DID document without the signing key, or a proof type the policy does not accept.","x-http-status":401},{"const":"challenge_required","description":"The agent identity proof needs a fresh server challenge: none was signed, or the signed one is not this server's, has expired or was already used. The decision is challenge and carries a new challenge.","x-http-status":401},{"const":"intent_out_of_scope","description":"The call is outside the scope the agent declared in its intent. The decision is challenge.","x-http-status":403},{"const":"session_mismatch","description":"Evidence bound to one agent session was presented in another, or in none.","x-http-status":403},{"const":"resolver_unavailable","description":"A resolver the verifier depends on (OAuth introspection, DID resolution, key source) failed; the call is refused unless the operator chose fail-open.","x-http-status":503}]};
const schema36 = {"description":"An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"};
const func1 = Object.prototype.hasOwnProperty;
const schema32 = {"title":"DecisionCheck","type":"object","required":["name","result"],"additionalProperties":false,"properties":{"name":{"enum":["headers","evidence","envelope","algorithm","key","signature","lifetime","tool-call","arguments","issuer","capability","nonce","agent-identity","cap-token","actor","agent-session","agent-intent"]},"result":{"enum":["pass","fail","skip","error"]},"reason":{"$ref":"reason.schema.json"}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.result === undefined) && (missing0 = "result"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "result")) || (key0 === "reason"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(!(((((((((((((((((data0 === "headers") || (data0 === "evidence")) || (data0 === "envelope")) || (data0 === "algorithm")) || (data0 === "key")) || (data0 === "signature")) || (data0 === "lifetime")) || (data0 === "tool-call")) || (data0 === "arguments")) || (data0 === "issuer")) || (data0 === "capability")) || (data0 === "nonce")) || (data0 === "agent-identity")) || (data0 === "cap-token")) || (data0 === "actor")) || (data0 === "agent-session")) || (data0 === "agent-intent"))){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/enum",keyword:"enum",params:{allowedValues: schema32.properties.name.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.result !== undefined){
let data1 = data.result;
const _errs3 = errors;
if(!((((data1 === "pass") || (data1 === "fail")) || (data1 === "skip")) || (data1 === "error"))){
validate21.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/enum",keyword:"enum",params:{allowedValues: schema32.properties.result.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data2 = data.reason;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
const _errs7 = errors;
let valid2 = false;
let passing0 = null;
const _errs8 = errors;
if("json_invalid" !== data2){
const err0 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/0/const",keyword:"const",params:{allowedValue: "json_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs10 = errors;
if("limit_exceeded" !== data2){
const err1 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/1/const",keyword:"const",params:{allowedValue: "limit_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
const _errs12 = errors;
if("request_malformed" !== data2){
const err2 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/2/const",keyword:"const",params:{allowedValue: "request_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid2 = true;
passing0 = 2;
}
const _errs14 = errors;
if("envelope_malformed" !== data2){
const err3 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/3/const",keyword:"const",params:{allowedValue: "envelope_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid2 = true;
passing0 = 3;
}
const _errs16 = errors;
if("evidence_ambiguous" !== data2){
const err4 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/4/const",keyword:"const",params:{allowedValue: "evidence_ambiguous"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid2 = true;
passing0 = 4;
}
const _errs18 = errors;
if("attestation_required" !== data2){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/5/const",keyword:"const",params:{allowedValue: "attestation_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid2 = true;
passing0 = 5;
}
const _errs20 = errors;
if("algorithm_unsupported" !== data2){
const err6 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/6/const",keyword:"const",params:{allowedValue: "algorithm_unsupported"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid2 = true;
passing0 = 6;
}
const _errs22 = errors;
if("key_unavailable" !== data2){
const err7 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/7/const",keyword:"const",params:{allowedValue: "key_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 7];
}
else {
if(_valid0){
valid2 = true;
passing0 = 7;
}
const _errs24 = errors;
if("signature_invalid" !== data2){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/8/const",keyword:"const",params:{allowedValue: "signature_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 8];
}
else {
if(_valid0){
valid2 = true;
passing0 = 8;
}
const _errs26 = errors;
if("not_yet_valid" !== data2){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/9/const",keyword:"const",params:{allowedValue: "not_yet_valid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 9];
}
else {
if(_valid0){
valid2 = true;
passing0 = 9;
}
const _errs28 = errors;
if("expired" !== data2){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/10/const",keyword:"const",params:{allowedValue: "expired"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 10];
}
else {
if(_valid0){
valid2 = true;
passing0 = 10;
}
const _errs30 = errors;
if("nonce_replay" !== data2){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/11/const",keyword:"const",params:{allowedValue: "nonce_replay"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs30 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 11];
}
else {
if(_valid0){
valid2 = true;
passing0 = 11;
}
const _errs32 = errors;
if("server_mismatch" !== data2){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/12/const",keyword:"const",params:{allowedValue: "server_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs32 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 12];
}
else {
if(_valid0){
valid2 = true;
passing0 = 12;
}
const _errs34 = errors;
if("tool_mismatch" !== data2){
const err13 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/13/const",keyword:"const",params:{allowedValue: "tool_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 13];
}
else {
if(_valid0){
valid2 = true;
passing0 = 13;
}
const _errs36 = errors;
if("args_commitment_mismatch" !== data2){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/14/const",keyword:"const",params:{allowedValue: "args_commitment_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 14];
}
else {
if(_valid0){
valid2 = true;
passing0 = 14;
}
const _errs38 = errors;
if("issuer_not_permitted" !== data2){
const err15 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/15/const",keyword:"const",params:{allowedValue: "issuer_not_permitted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs38 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 15];
}
else {
if(_valid0){
valid2 = true;
passing0 = 15;
}
const _errs40 = errors;
if("capability_mismatch" !== data2){
const err16 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/16/const",keyword:"const",params:{allowedValue: "capability_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs40 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 16];
}
else {
if(_valid0){
valid2 = true;
passing0 = 16;
}
const _errs42 = errors;
if("replay_store_unavailable" !== data2){
const err17 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/17/const",keyword:"const",params:{allowedValue: "replay_store_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs42 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 17];
}
else {
if(_valid0){
valid2 = true;
passing0 = 17;
}
const _errs44 = errors;
if("upstream_unavailable" !== data2){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/18/const",keyword:"const",params:{allowedValue: "upstream_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 18];
}
else {
if(_valid0){
valid2 = true;
passing0 = 18;
}
const _errs46 = errors;
if("header_malformed" !== data2){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/19/const",keyword:"const",params:{allowedValue: "header_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs46 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 19];
}
else {
if(_valid0){
valid2 = true;
passing0 = 19;
}
const _errs48 = errors;
if("header_duplicated" !== data2){
const err20 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/20/const",keyword:"const",params:{allowedValue: "header_duplicated"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs48 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 20];
}
else {
if(_valid0){
valid2 = true;
passing0 = 20;
}
const _errs50 = errors;
if("header_mismatch" !== data2){
const err21 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/21/const",keyword:"const",params:{allowedValue: "header_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs50 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 21];
}
else {
if(_valid0){
valid2 = true;
passing0 = 21;
}
const _errs52 = errors;
if("token_malformed" !== data2){
const err22 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/22/const",keyword:"const",params:{allowedValue: "token_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs52 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 22];
}
else {
if(_valid0){
valid2 = true;
passing0 = 22;
}
const _errs54 = errors;
if("evidence_required" !== data2){
const err23 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/23/const",keyword:"const",params:{allowedValue: "evidence_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs54 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 23];
}
else {
if(_valid0){
valid2 = true;
passing0 = 23;
}
const _errs56 = errors;
if("lifetime_exceeded" !== data2){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/24/const",keyword:"const",params:{allowedValue: "lifetime_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs56 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 24];
}
else {
if(_valid0){
valid2 = true;
passing0 = 24;
}
const _errs58 = errors;
if("audience_mismatch" !== data2){
const err25 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/25/const",keyword:"const",params:{allowedValue: "audience_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs58 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 25];
}
else {
if(_valid0){
valid2 = true;
passing0 = 25;
}
const _errs60 = errors;
if("actor_mismatch" !== data2){
const err26 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/26/const",keyword:"const",params:{allowedValue: "actor_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs60 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 26];
}
else {
if(_valid0){
valid2 = true;
passing0 = 26;
}
const _errs62 = errors;
if("scope_insufficient" !== data2){
const err27 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/27/const",keyword:"const",params:{allowedValue: "scope_insufficient"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs62 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 27];
}
else {
if(_valid0){
valid2 = true;
passing0 = 27;
}
const _errs64 = errors;
if("scope_escalation" !== data2){
const err28 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/28/const",keyword:"const",params:{allowedValue: "scope_escalation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs64 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 28];
}
else {
if(_valid0){
valid2 = true;
passing0 = 28;
}
const _errs66 = errors;
if("chain_invalid" !== data2){
const err29 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/29/const",keyword:"const",params:{allowedValue: "chain_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs66 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 29];
}
else {
if(_valid0){
valid2 = true;
passing0 = 29;
}
const _errs68 = errors;
if("key_binding_mismatch" !== data2){
const err30 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/30/const",keyword:"const",params:{allowedValue: "key_binding_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs68 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 30];
}
else {
if(_valid0){
valid2 = true;
passing0 = 30;
}
const _errs70 = errors;
if("identity_invalid" !== data2){
const err31 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/31/const",keyword:"const",params:{allowedValue: "identity_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs70 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 31];
}
else {
if(_valid0){
valid2 = true;
passing0 = 31;
}
const _errs72 = errors;
if("challenge_required" !== data2){
const err32 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/32/const",keyword:"const",params:{allowedValue: "challenge_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs72 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 32];
}
else {
if(_valid0){
valid2 = true;
passing0 = 32;
}
const _errs74 = errors;
if("intent_out_of_scope" !== data2){
const err33 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/33/const",keyword:"const",params:{allowedValue: "intent_out_of_scope"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs74 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 33];
}
else {
if(_valid0){
valid2 = true;
passing0 = 33;
}
const _errs76 = errors;
if("session_mismatch" !== data2){
const err34 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/34/const",keyword:"const",params:{allowedValue: "session_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs76 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 34];
}
else {
if(_valid0){
valid2 = true;
passing0 = 34;
}
const _errs78 = errors;
if("resolver_unavailable" !== data2){
const err35 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/35/const",keyword:"const",params:{allowedValue: "resolver_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs78 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 35];
}
else {
if(_valid0){
valid2 = true;
passing0 = 35;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
if(!valid2){
const err36 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/decision.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.decision === undefined) && (missing0 = "decision")) || ((data.requestId === undefined) && (missing0 = "requestId"))) || ((data.agentId === undefined) && (missing0 = "agentId"))) || ((data.operatorId === undefined) && (missing0 = "operatorId"))) || ((data.checks === undefined) && (missing0 = "checks"))) || ((data.reason === undefined) && (missing0 = "reason"))) || ((data.latencyMs === undefined) && (missing0 = "latencyMs"))) || ((data.auditLogId === undefined) && (missing0 = "auditLogId"))) || ((data.expiresAt === undefined) && (missing0 = "expiresAt"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.decision !== undefined){
let data0 = data.decision;
const _errs2 = errors;
if(!(((data0 === "allow") || (data0 === "deny")) || (data0 === "challenge"))){
validate20.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema31.properties.decision.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data1 = data.requestId;
const _errs3 = errors;
if(((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))) && (data1 !== null)){
validate20.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: schema31.properties.requestId.type},message:"must be string,integer,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.agentId !== undefined){
let data2 = data.agentId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate20.errors = [{instancePath:instancePath+"/agentId",schemaPath:"#/properties/agentId/type",keyword:"type",params:{type: schema31.properties.agentId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operatorId !== undefined){
let data3 = data.operatorId;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate20.errors = [{instancePath:instancePath+"/operatorId",schemaPath:"#/properties/operatorId/type",keyword:"type",params:{type: schema31.properties.operatorId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool !== undefined){
const _errs9 = errors;
if(typeof data.tool !== "string"){
validate20.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checks !== undefined){
let data5 = data.checks;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate21(data5[i0], {instancePath:instancePath+"/checks/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data7 = data.reason;
const _errs14 = errors;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(typeof data7 !== "string"){
const err0 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs19 = errors;
let valid4 = false;
let passing0 = null;
const _errs20 = errors;
if("json_invalid" !== data7){
const err1 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/0/const",keyword:"const",params:{allowedValue: "json_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs20 === errors;
if(_valid1){
valid4 = true;
passing0 = 0;
}
const _errs22 = errors;
if("limit_exceeded" !== data7){
const err2 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/1/const",keyword:"const",params:{allowedValue: "limit_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs22 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid4 = true;
passing0 = 1;
}
const _errs24 = errors;
if("request_malformed" !== data7){
const err3 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/2/const",keyword:"const",params:{allowedValue: "request_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 2];
}
else {
if(_valid1){
valid4 = true;
passing0 = 2;
}
const _errs26 = errors;
if("envelope_malformed" !== data7){
const err4 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/3/const",keyword:"const",params:{allowedValue: "envelope_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs26 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 3];
}
else {
if(_valid1){
valid4 = true;
passing0 = 3;
}
const _errs28 = errors;
if("evidence_ambiguous" !== data7){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/4/const",keyword:"const",params:{allowedValue: "evidence_ambiguous"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs28 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 4];
}
else {
if(_valid1){
valid4 = true;
passing0 = 4;
}
const _errs30 = errors;
if("attestation_required" !== data7){
const err6 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/5/const",keyword:"const",params:{allowedValue: "attestation_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs30 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 5];
}
else {
if(_valid1){
valid4 = true;
passing0 = 5;
}
const _errs32 = errors;
if("algorithm_unsupported" !== data7){
const err7 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/6/const",keyword:"const",params:{allowedValue: "algorithm_unsupported"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs32 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 6];
}
else {
if(_valid1){
valid4 = true;
passing0 = 6;
}
const _errs34 = errors;
if("key_unavailable" !== data7){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/7/const",keyword:"const",params:{allowedValue: "key_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 7];
}
else {
if(_valid1){
valid4 = true;
passing0 = 7;
}
const _errs36 = errors;
if("signature_invalid" !== data7){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/8/const",keyword:"const",params:{allowedValue: "signature_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs36 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 8];
}
else {
if(_valid1){
valid4 = true;
passing0 = 8;
}
const _errs38 = errors;
if("not_yet_valid" !== data7){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/9/const",keyword:"const",params:{allowedValue: "not_yet_valid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs38 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 9];
}
else {
if(_valid1){
valid4 = true;
passing0 = 9;
}
const _errs40 = errors;
if("expired" !== data7){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/10/const",keyword:"const",params:{allowedValue: "expired"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs40 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 10];
}
else {
if(_valid1){
valid4 = true;
passing0 = 10;
}
const _errs42 = errors;
if("nonce_replay" !== data7){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/11/const",keyword:"const",params:{allowedValue: "nonce_replay"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs42 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 11];
}
else {
if(_valid1){
valid4 = true;
passing0 = 11;
}
const _errs44 = errors;
if("server_mismatch" !== data7){
const err13 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/12/const",keyword:"const",params:{allowedValue: "server_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs44 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 12];
}
else {
if(_valid1){
valid4 = true;
passing0 = 12;
}
const _errs46 = errors;
if("tool_mismatch" !== data7){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/13/const",keyword:"const",params:{allowedValue: "tool_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs46 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 13];
}
else {
if(_valid1){
valid4 = true;
passing0 = 13;
}
const _errs48 = errors;
if("args_commitment_mismatch" !== data7){
const err15 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/14/const",keyword:"const",params:{allowedValue: "args_commitment_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs48 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 14];
}
else {
if(_valid1){
valid4 = true;
passing0 = 14;
}
const _errs50 = errors;
if("issuer_not_permitted" !== data7){
const err16 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/15/const",keyword:"const",params:{allowedValue: "issuer_not_permitted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs50 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 15];
}
else {
if(_valid1){
valid4 = true;
passing0 = 15;
}
const _errs52 = errors;
if("capability_mismatch" !== data7){
const err17 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/16/const",keyword:"const",params:{allowedValue: "capability_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs52 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 16];
}
else {
if(_valid1){
valid4 = true;
passing0 = 16;
}
const _errs54 = errors;
if("replay_store_unavailable" !== data7){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/17/const",keyword:"const",params:{allowedValue: "replay_store_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs54 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 17];
}
else {
if(_valid1){
valid4 = true;
passing0 = 17;
}
const _errs56 = errors;
if("upstream_unavailable" !== data7){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/18/const",keyword:"const",params:{allowedValue: "upstream_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs56 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 18];
}
else {
if(_valid1){
valid4 = true;
passing0 = 18;
}
const _errs58 = errors;
if("header_malformed" !== data7){
const err20 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/19/const",keyword:"const",params:{allowedValue: "header_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs58 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 19];
}
else {
if(_valid1){
valid4 = true;
passing0 = 19;
}
const _errs60 = errors;
if("header_duplicated" !== data7){
const err21 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/20/const",keyword:"const",params:{allowedValue: "header_duplicated"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs60 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 20];
}
else {
if(_valid1){
valid4 = true;
passing0 = 20;
}
const _errs62 = errors;
if("header_mismatch" !== data7){
const err22 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/21/const",keyword:"const",params:{allowedValue: "header_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs62 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 21];
}
else {
if(_valid1){
valid4 = true;
passing0 = 21;
}
const _errs64 = errors;
if("token_malformed" !== data7){
const err23 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/22/const",keyword:"const",params:{allowedValue: "token_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs64 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 22];
}
else {
if(_valid1){
valid4 = true;
passing0 = 22;
}
const _errs66 = errors;
if("evidence_required" !== data7){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/23/const",keyword:"const",params:{allowedValue: "evidence_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs66 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 23];
}
else {
if(_valid1){
valid4 = true;
passing0 = 23;
}
const _errs68 = errors;
if("lifetime_exceeded" !== data7){
const err25 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/24/const",keyword:"const",params:{allowedValue: "lifetime_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs68 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 24];
}
else {
if(_valid1){
valid4 = true;
passing0 = 24;
}
const _errs70 = errors;
if("audience_mismatch" !== data7){
const err26 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/25/const",keyword:"const",params:{allowedValue: "audience_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs70 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 25];
}
else {
if(_valid1){
valid4 = true;
passing0 = 25;
}
const _errs72 = errors;
if("actor_mismatch" !== data7){
const err27 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/26/const",keyword:"const",params:{allowedValue: "actor_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs72 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 26];
}
else {
if(_valid1){
valid4 = true;
passing0 = 26;
}
const _errs74 = errors;
if("scope_insufficient" !== data7){
const err28 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/27/const",keyword:"const",params:{allowedValue: "scope_insufficient"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs74 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 27];
}
else {
if(_valid1){
valid4 = true;
passing0 = 27;
}
const _errs76 = errors;
if("scope_escalation" !== data7){
const err29 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/28/const",keyword:"const",params:{allowedValue: "scope_escalation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs76 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 28];
}
else {
if(_valid1){
valid4 = true;
passing0 = 28;
}
const _errs78 = errors;
if("chain_invalid" !== data7){
const err30 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/29/const",keyword:"const",params:{allowedValue: "chain_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid1 = _errs78 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 29];
}
else {
if(_valid1){
valid4 = true;
passing0 = 29;
}
const _errs80 = errors;
if("key_binding_mismatch" !== data7){
const err31 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/30/const",keyword:"const",params:{allowedValue: "key_binding_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs80 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 30];
}
else {
if(_valid1){
valid4 = true;
passing0 = 30;
}
const _errs82 = errors;
if("identity_invalid" !== data7){
const err32 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/31/const",keyword:"const",params:{allowedValue: "identity_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs82 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 31];
}
else {
if(_valid1){
valid4 = true;
passing0 = 31;
}
const _errs84 = errors;
if("challenge_required" !== data7){
const err33 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/32/const",keyword:"const",params:{allowedValue: "challenge_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs84 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 32];
}
else {
if(_valid1){
valid4 = true;
passing0 = 32;
}
const _errs86 = errors;
if("intent_out_of_scope" !== data7){
const err34 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/33/const",keyword:"const",params:{allowedValue: "intent_out_of_scope"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid1 = _errs86 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 33];
}
else {
if(_valid1){
valid4 = true;
passing0 = 33;
}
const _errs88 = errors;
if("session_mismatch" !== data7){
const err35 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/34/const",keyword:"const",params:{allowedValue: "session_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs88 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 34];
}
else {
if(_valid1){
valid4 = true;
passing0 = 34;
}
const _errs90 = errors;
if("resolver_unavailable" !== data7){
const err36 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/35/const",keyword:"const",params:{allowedValue: "resolver_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid1 = _errs90 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 35];
}
else {
if(_valid1){
valid4 = true;
passing0 = 35;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
if(!valid4){
const err37 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs16 === errors;
valid2 = valid2 || _valid0;
const _errs92 = errors;
if(data7 !== null){
const err38 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs92 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err39 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bypass !== undefined){
const _errs94 = errors;
if(typeof data.bypass !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/bypass",schemaPath:"#/properties/bypass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs94 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.latencyMs !== undefined){
let data9 = data.latencyMs;
const _errs96 = errors;
if(errors === _errs96){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate20.errors = [{instancePath:instancePath+"/latencyMs",schemaPath:"#/properties/latencyMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/latencyMs",schemaPath:"#/properties/latencyMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs96 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auditLogId !== undefined){
let data10 = data.auditLogId;
const _errs98 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate20.errors = [{instancePath:instancePath+"/auditLogId",schemaPath:"#/properties/auditLogId/type",keyword:"type",params:{type: schema31.properties.auditLogId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiresAt !== undefined){
let data11 = data.expiresAt;
const _errs100 = errors;
const _errs101 = errors;
let valid5 = false;
const _errs102 = errors;
const _errs103 = errors;
if(errors === _errs103){
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err40 = {instancePath:instancePath+"/expiresAt",schemaPath:"common.schema.json#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/expiresAt",schemaPath:"common.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var _valid2 = _errs102 === errors;
valid5 = valid5 || _valid2;
const _errs105 = errors;
if(data11 !== null){
const err42 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid2 = _errs105 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err43 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs100 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/decision.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateDecision: ((data: unknown) => data is Decision) & { errors?: ErrorObject[] | null } = validateRaw;
