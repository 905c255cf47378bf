// DO NOT EDIT: this file is generated.
// Source: schemas/error.schema.json, schemas/reason.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { TrustError } from "../types/error.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/error.schema.json","title":"TrustError","description":"The JSON-RPC error object every mcp-trust verifier returns on a refused request (spec/common-profile.md#errors). One code, outside the JSON-RPC reserved range -32768..-32000; the cause is in `data.reason`.","type":"object","required":["code","message","data"],"additionalProperties":false,"properties":{"code":{"const":-31000},"message":{"type":"string","maxLength":1024},"data":{"title":"TrustErrorData","type":"object","required":["reason"],"properties":{"reason":{"$ref":"reason.schema.json"},"requestId":{"type":["string","integer","null"]},"pointer":{"description":"RFC 6901 JSON pointer to the offending member, when there is one.","type":"string","maxLength":1024}}}},"examples":[{"code":-31000,"message":"the signature does not verify over the canonical signing input","data":{"reason":"signature_invalid","requestId":7,"pointer":"/signature"}}]};
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/reason.schema.json","title":"Reason","description":"The closed registry of `error.data.reason` strings. Each entry carries the HTTP status it maps to (400 malformed, 401 authentication, 403 authorization, 502 a gateway could not reach the server behind it, 503 a dependency of the verifier failed). Defined in spec/reasons.md.","type":"string","oneOf":[{"const":"json_invalid","description":"The input is not strict I-JSON: a syntax error, a duplicate member name, a member named __proto__, a lone surrogate, a byte order mark, invalid UTF-8, an integer outside ±(2^53−1), a number that overflows to infinity or underflows to zero, or negative zero.","x-http-status":400},{"const":"limit_exceeded","description":"The input is larger than the configured size limit (default 65536 bytes) or nested deeper than the configured depth limit (default 32).","x-http-status":400},{"const":"request_malformed","description":"The tools/call request around the evidence is not well-formed: params, name, arguments or _meta missing where required or of the wrong type.","x-http-status":400},{"const":"envelope_malformed","description":"The evidence is well-formed JSON but does not match its schema: a missing or unknown member, a wrong type, a non-integer number in an envelope field, non-canonical hex, an unparseable timestamp, or an ambiguous tool-call list.","x-http-status":400},{"const":"evidence_ambiguous","description":"A request carries one kind of evidence more than once: two items of one known type in the evidence container, or an attestation at SEP-2787's _meta.attestation that differs from the container's.","x-http-status":400},{"const":"attestation_required","description":"The policy requires a tool-call attestation and the request carries none.","x-http-status":401},{"const":"algorithm_unsupported","description":"The envelope names a signature algorithm that is not in the verifier's configured allow-list.","x-http-status":401},{"const":"key_unavailable","description":"The verifier's trust store has no usable key for the envelope's issuer, key version and algorithm.","x-http-status":401},{"const":"signature_invalid","description":"The signature does not verify over the canonical signing input, or has the wrong length or encoding for its algorithm.","x-http-status":401},{"const":"not_yet_valid","description":"The envelope's issue time lies further in the future than the allowed clock skew.","x-http-status":401},{"const":"expired","description":"The envelope's lifetime plus the allowed clock skew has passed.","x-http-status":401},{"const":"nonce_replay","description":"The envelope's nonce was already consumed by an accepted call from the same issuer.","x-http-status":401},{"const":"server_mismatch","description":"No tool-call entry names this server's fingerprint.","x-http-status":403},{"const":"tool_mismatch","description":"The tool-call entry for this server names a different tool.","x-http-status":403},{"const":"args_commitment_mismatch","description":"The arguments being executed are not the arguments the envelope commits to, or the commitment cannot be checked.","x-http-status":403},{"const":"issuer_not_permitted","description":"The attestation's issuer is trusted by the verifier but not for this tool.","x-http-status":403},{"const":"capability_mismatch","description":"The tool's policy requires a capability the attestation's plannerDeclared.requestedCapability does not name.","x-http-status":403},{"const":"replay_store_unavailable","description":"The replay store could not be reached or failed; the call is refused (fail-closed) unless the operator chose fail-open.","x-http-status":503},{"const":"upstream_unavailable","description":"A gateway could not reach the MCP server behind it: the connection was refused or reset, or no response arrived within the configured timeout. The message was not delivered; it is not a verdict on the evidence.","x-http-status":502},{"const":"header_malformed","description":"One of the transport headers (MCP-Actor, MCP-Cap-Token, MCP-Agent-Identity, MCP-Agent-Intent, MCP-Agent-Session) is not a valid RFC 9651 structured field of its type, breaks its schema, contains characters its type does not allow, or is larger than its limit.","x-http-status":400},{"const":"header_duplicated","description":"One of the transport headers appears more than once in the HTTP request (including values joined by an intermediary).","x-http-status":400},{"const":"header_mismatch","description":"A transport header disagrees with its _meta twin in the evidence container, or is present without it; the body is authoritative (the semantics of MCP's -32020 HeaderMismatch).","x-http-status":400},{"const":"token_malformed","description":"A compact JWS or JWT (capability token, identity credential, DID proof) is not well-formed: wrong number of segments, non-canonical base64url, a header or claims set that is not strict I-JSON, or a missing, unknown or mistyped required member.","x-http-status":400},{"const":"evidence_required","description":"The tool's policy requires an evidence item (actor, cap-token, agent-identity, agent-intent, agent-session) that the request does not carry.","x-http-status":401},{"const":"lifetime_exceeded","description":"A token or credential declares a lifetime longer than its profile allows (300 seconds for a capability token).","x-http-status":401},{"const":"audience_mismatch","description":"A token or credential is addressed to another audience than this server.","x-http-status":403},{"const":"actor_mismatch","description":"The actor does not equal the subject of the verified capability token or identity proof.","x-http-status":403},{"const":"scope_insufficient","description":"The capability token's scope does not cover this method and tool.","x-http-status":403},{"const":"scope_escalation","description":"A forwarded capability token claims a scope its parent token does not grant.","x-http-status":403},{"const":"chain_invalid","description":"A capability token chain is broken: a token does not name its parent by digest, outlives it, changes its subject, is not issued by its parent's audience, or the chain is longer than allowed.","x-http-status":403},{"const":"key_binding_mismatch","description":"Proof of possession failed: the token's confirmation key (cnf) is not the key the caller proved possession of, or the mTLS certificate thumbprint does not match.","x-http-status":401},{"const":"identity_invalid","description":"The agent identity proof does not establish an identity: an inactive or unknown OAuth token, an unresolvable or unsupported DID, a DID document without the signing key, or a proof type the policy does not accept.","x-http-status":401},{"const":"challenge_required","description":"The agent identity proof needs a fresh server challenge: none was signed, or the signed one is not this server's, has expired or was already used. The decision is challenge and carries a new challenge.","x-http-status":401},{"const":"intent_out_of_scope","description":"The call is outside the scope the agent declared in its intent. The decision is challenge.","x-http-status":403},{"const":"session_mismatch","description":"Evidence bound to one agent session was presented in another, or in none.","x-http-status":403},{"const":"resolver_unavailable","description":"A resolver the verifier depends on (OAuth introspection, DID resolution, key source) failed; the call is refused unless the operator chose fail-open.","x-http-status":503}]};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/error.schema.json" */;
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
if((((data.code === undefined) && (missing0 = "code")) || ((data.message === undefined) && (missing0 = "message"))) || ((data.data === undefined) && (missing0 = "data"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "code") || (key0 === "message")) || (key0 === "data"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.code !== undefined){
const _errs2 = errors;
if(-31000 !== data.code){
validate20.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: -31000},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data1 = data.message;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func1(data1) > 1024){
validate20.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.reason === undefined) && (missing1 = "reason")){
validate20.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.reason !== undefined){
let data3 = data2.reason;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate20.errors = [{instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
const _errs10 = errors;
let valid3 = false;
let passing0 = null;
const _errs11 = errors;
if("json_invalid" !== data3){
const err0 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/0/const",keyword:"const",params:{allowedValue: "json_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs13 = errors;
if("limit_exceeded" !== data3){
const err1 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/1/const",keyword:"const",params:{allowedValue: "limit_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
const _errs15 = errors;
if("request_malformed" !== data3){
const err2 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/2/const",keyword:"const",params:{allowedValue: "request_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid3 = true;
passing0 = 2;
}
const _errs17 = errors;
if("envelope_malformed" !== data3){
const err3 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/3/const",keyword:"const",params:{allowedValue: "envelope_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid3 = true;
passing0 = 3;
}
const _errs19 = errors;
if("evidence_ambiguous" !== data3){
const err4 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/4/const",keyword:"const",params:{allowedValue: "evidence_ambiguous"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid3 = true;
passing0 = 4;
}
const _errs21 = errors;
if("attestation_required" !== data3){
const err5 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/5/const",keyword:"const",params:{allowedValue: "attestation_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid3 = true;
passing0 = 5;
}
const _errs23 = errors;
if("algorithm_unsupported" !== data3){
const err6 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/6/const",keyword:"const",params:{allowedValue: "algorithm_unsupported"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs23 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid3 = true;
passing0 = 6;
}
const _errs25 = errors;
if("key_unavailable" !== data3){
const err7 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/7/const",keyword:"const",params:{allowedValue: "key_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 7];
}
else {
if(_valid0){
valid3 = true;
passing0 = 7;
}
const _errs27 = errors;
if("signature_invalid" !== data3){
const err8 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/8/const",keyword:"const",params:{allowedValue: "signature_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs27 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 8];
}
else {
if(_valid0){
valid3 = true;
passing0 = 8;
}
const _errs29 = errors;
if("not_yet_valid" !== data3){
const err9 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/9/const",keyword:"const",params:{allowedValue: "not_yet_valid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 9];
}
else {
if(_valid0){
valid3 = true;
passing0 = 9;
}
const _errs31 = errors;
if("expired" !== data3){
const err10 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/10/const",keyword:"const",params:{allowedValue: "expired"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 10];
}
else {
if(_valid0){
valid3 = true;
passing0 = 10;
}
const _errs33 = errors;
if("nonce_replay" !== data3){
const err11 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/11/const",keyword:"const",params:{allowedValue: "nonce_replay"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs33 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 11];
}
else {
if(_valid0){
valid3 = true;
passing0 = 11;
}
const _errs35 = errors;
if("server_mismatch" !== data3){
const err12 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/12/const",keyword:"const",params:{allowedValue: "server_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 12];
}
else {
if(_valid0){
valid3 = true;
passing0 = 12;
}
const _errs37 = errors;
if("tool_mismatch" !== data3){
const err13 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/13/const",keyword:"const",params:{allowedValue: "tool_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 13];
}
else {
if(_valid0){
valid3 = true;
passing0 = 13;
}
const _errs39 = errors;
if("args_commitment_mismatch" !== data3){
const err14 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/14/const",keyword:"const",params:{allowedValue: "args_commitment_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 14];
}
else {
if(_valid0){
valid3 = true;
passing0 = 14;
}
const _errs41 = errors;
if("issuer_not_permitted" !== data3){
const err15 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/15/const",keyword:"const",params:{allowedValue: "issuer_not_permitted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs41 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 15];
}
else {
if(_valid0){
valid3 = true;
passing0 = 15;
}
const _errs43 = errors;
if("capability_mismatch" !== data3){
const err16 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/16/const",keyword:"const",params:{allowedValue: "capability_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs43 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 16];
}
else {
if(_valid0){
valid3 = true;
passing0 = 16;
}
const _errs45 = errors;
if("replay_store_unavailable" !== data3){
const err17 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/17/const",keyword:"const",params:{allowedValue: "replay_store_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs45 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 17];
}
else {
if(_valid0){
valid3 = true;
passing0 = 17;
}
const _errs47 = errors;
if("upstream_unavailable" !== data3){
const err18 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/18/const",keyword:"const",params:{allowedValue: "upstream_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs47 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 18];
}
else {
if(_valid0){
valid3 = true;
passing0 = 18;
}
const _errs49 = errors;
if("header_malformed" !== data3){
const err19 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/19/const",keyword:"const",params:{allowedValue: "header_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs49 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 19];
}
else {
if(_valid0){
valid3 = true;
passing0 = 19;
}
const _errs51 = errors;
if("header_duplicated" !== data3){
const err20 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/20/const",keyword:"const",params:{allowedValue: "header_duplicated"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs51 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 20];
}
else {
if(_valid0){
valid3 = true;
passing0 = 20;
}
const _errs53 = errors;
if("header_mismatch" !== data3){
const err21 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/21/const",keyword:"const",params:{allowedValue: "header_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs53 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 21];
}
else {
if(_valid0){
valid3 = true;
passing0 = 21;
}
const _errs55 = errors;
if("token_malformed" !== data3){
const err22 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/22/const",keyword:"const",params:{allowedValue: "token_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs55 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 22];
}
else {
if(_valid0){
valid3 = true;
passing0 = 22;
}
const _errs57 = errors;
if("evidence_required" !== data3){
const err23 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/23/const",keyword:"const",params:{allowedValue: "evidence_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs57 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 23];
}
else {
if(_valid0){
valid3 = true;
passing0 = 23;
}
const _errs59 = errors;
if("lifetime_exceeded" !== data3){
const err24 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/24/const",keyword:"const",params:{allowedValue: "lifetime_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs59 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 24];
}
else {
if(_valid0){
valid3 = true;
passing0 = 24;
}
const _errs61 = errors;
if("audience_mismatch" !== data3){
const err25 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/25/const",keyword:"const",params:{allowedValue: "audience_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs61 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 25];
}
else {
if(_valid0){
valid3 = true;
passing0 = 25;
}
const _errs63 = errors;
if("actor_mismatch" !== data3){
const err26 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/26/const",keyword:"const",params:{allowedValue: "actor_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs63 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 26];
}
else {
if(_valid0){
valid3 = true;
passing0 = 26;
}
const _errs65 = errors;
if("scope_insufficient" !== data3){
const err27 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/27/const",keyword:"const",params:{allowedValue: "scope_insufficient"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs65 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 27];
}
else {
if(_valid0){
valid3 = true;
passing0 = 27;
}
const _errs67 = errors;
if("scope_escalation" !== data3){
const err28 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/28/const",keyword:"const",params:{allowedValue: "scope_escalation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs67 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 28];
}
else {
if(_valid0){
valid3 = true;
passing0 = 28;
}
const _errs69 = errors;
if("chain_invalid" !== data3){
const err29 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/29/const",keyword:"const",params:{allowedValue: "chain_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs69 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 29];
}
else {
if(_valid0){
valid3 = true;
passing0 = 29;
}
const _errs71 = errors;
if("key_binding_mismatch" !== data3){
const err30 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/30/const",keyword:"const",params:{allowedValue: "key_binding_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs71 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 30];
}
else {
if(_valid0){
valid3 = true;
passing0 = 30;
}
const _errs73 = errors;
if("identity_invalid" !== data3){
const err31 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/31/const",keyword:"const",params:{allowedValue: "identity_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs73 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 31];
}
else {
if(_valid0){
valid3 = true;
passing0 = 31;
}
const _errs75 = errors;
if("challenge_required" !== data3){
const err32 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/32/const",keyword:"const",params:{allowedValue: "challenge_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs75 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 32];
}
else {
if(_valid0){
valid3 = true;
passing0 = 32;
}
const _errs77 = errors;
if("intent_out_of_scope" !== data3){
const err33 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/33/const",keyword:"const",params:{allowedValue: "intent_out_of_scope"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs77 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 33];
}
else {
if(_valid0){
valid3 = true;
passing0 = 33;
}
const _errs79 = errors;
if("session_mismatch" !== data3){
const err34 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/34/const",keyword:"const",params:{allowedValue: "session_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs79 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 34];
}
else {
if(_valid0){
valid3 = true;
passing0 = 34;
}
const _errs81 = errors;
if("resolver_unavailable" !== data3){
const err35 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf/35/const",keyword:"const",params:{allowedValue: "resolver_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs81 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 35];
}
else {
if(_valid0){
valid3 = true;
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
if(!valid3){
const err36 = {instancePath:instancePath+"/data/reason",schemaPath:"reason.schema.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.requestId !== undefined){
let data4 = data2.requestId;
const _errs83 = errors;
if(((typeof data4 !== "string") && (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4))))) && (data4 !== null)){
validate20.errors = [{instancePath:instancePath+"/data/requestId",schemaPath:"#/properties/data/properties/requestId/type",keyword:"type",params:{type: schema31.properties.data.properties.requestId.type},message:"must be string,integer,null"}];
return false;
}
var valid1 = _errs83 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.pointer !== undefined){
let data5 = data2.pointer;
const _errs85 = errors;
if(errors === _errs85){
if(typeof data5 === "string"){
if(func1(data5) > 1024){
validate20.errors = [{instancePath:instancePath+"/data/pointer",schemaPath:"#/properties/data/properties/pointer/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/data/pointer",schemaPath:"#/properties/data/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs85 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/error.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateTrustError: ((data: unknown) => data is TrustError) & { errors?: ErrorObject[] | null } = validateRaw;
