// DO NOT EDIT: this file is generated.
// Source: schemas/evidence.schema.json, schemas/actor.schema.json, schemas/agent-identity.schema.json, schemas/agent-intent.schema.json, schemas/agent-session.schema.json, schemas/cap-token.schema.json, schemas/common.schema.json, schemas/tool-call-attestation.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { Evidence } from "../types/evidence.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/evidence.schema.json","title":"Evidence","description":"The evidence container carried at `params._meta[\"org.mcp-trust/evidence\"]` of a `tools/call` request (spec/common-profile.md#evidence-container). Known item types: `tool-call-attestation` (spec/tool-call-attestation.md) and the transport identity items `actor`, `cap-token`, `agent-identity`, `agent-intent`, `agent-session` (spec/transport-headers.md). Each item is typed and versioned; a verifier checks the items its policy requires and ignores item types it does not know.","type":"object","required":["items"],"additionalProperties":false,"properties":{"items":{"type":"array","minItems":1,"maxItems":16,"items":{"$ref":"#/$defs/evidenceItem"}}},"$defs":{"evidenceItem":{"title":"EvidenceItem","type":"object","required":["type","version","value"],"additionalProperties":false,"properties":{"type":{"type":"string","pattern":"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$","maxLength":64},"version":{"type":"integer","minimum":1,"maximum":65535},"value":{"type":"object"}},"allOf":[{"if":{"properties":{"type":{"const":"tool-call-attestation"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"tool-call-attestation.schema.json"}}}},{"if":{"properties":{"type":{"const":"actor"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"actor.schema.json"}}}},{"if":{"properties":{"type":{"const":"cap-token"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"cap-token.schema.json"}}}},{"if":{"properties":{"type":{"const":"agent-identity"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"agent-identity.schema.json"}}}},{"if":{"properties":{"type":{"const":"agent-intent"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"agent-intent.schema.json"}}}},{"if":{"properties":{"type":{"const":"agent-session"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"agent-session.schema.json"}}}}]}}};
const schema32 = {"title":"EvidenceItem","type":"object","required":["type","version","value"],"additionalProperties":false,"properties":{"type":{"type":"string","pattern":"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$","maxLength":64},"version":{"type":"integer","minimum":1,"maximum":65535},"value":{"type":"object"}},"allOf":[{"if":{"properties":{"type":{"const":"tool-call-attestation"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"tool-call-attestation.schema.json"}}}},{"if":{"properties":{"type":{"const":"actor"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"actor.schema.json"}}}},{"if":{"properties":{"type":{"const":"cap-token"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"cap-token.schema.json"}}}},{"if":{"properties":{"type":{"const":"agent-identity"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"agent-identity.schema.json"}}}},{"if":{"properties":{"type":{"const":"agent-intent"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"agent-intent.schema.json"}}}},{"if":{"properties":{"type":{"const":"agent-session"}},"required":["type"]},"then":{"properties":{"version":{"const":1},"value":{"$ref":"agent-session.schema.json"}}}}]};
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/tool-call-attestation.schema.json","title":"ToolCallAttestation","description":"A signed tool-call attestation in the SEP-2787 shape (spec/tool-call-attestation.md#envelope). The signature covers the RFC 8785 canonical form of every member except `signature`. The schema is closed: a verifier rejects unknown members.","type":"object","required":["issuerAsserted","plannerDeclared","payloadDerived","signature"],"additionalProperties":false,"properties":{"issuerAsserted":{"$ref":"#/$defs/issuerAsserted"},"plannerDeclared":{"$ref":"#/$defs/plannerDeclared"},"payloadDerived":{"$ref":"#/$defs/payloadDerived"},"signature":{"$ref":"common.schema.json#/$defs/signatureHex"}},"$defs":{"issuerAsserted":{"title":"IssuerAsserted","description":"What the issuer vouches for: who signed, for whom, with which key, and when.","type":"object","required":["alg","iss","sub","secretVersion","iat","expSeconds","nonce"],"additionalProperties":false,"properties":{"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"iss":{"$ref":"common.schema.json#/$defs/identifier"},"sub":{"$ref":"common.schema.json#/$defs/identifier"},"secretVersion":{"description":"The key identifier: the `kid` of the issuer's key in the verifier's trust store.","type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"iat":{"$ref":"common.schema.json#/$defs/timestamp"},"expSeconds":{"description":"Lifetime in seconds after `iat`, written as an integer literal.","type":"integer","minimum":1,"maximum":86400},"nonce":{"description":"At least 16 random bytes, base64url without padding (22 to 256 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{22,256}$"}}},"plannerDeclared":{"title":"PlannerDeclared","description":"What the planner declares: the purpose of the call. Signed, but not checked against anything by this extension.","type":"object","required":["intent"],"additionalProperties":false,"properties":{"intent":{"type":"string","minLength":1,"maxLength":4096,"pattern":"\\S"},"requestedCapability":{"type":"string","minLength":1,"maxLength":256},"plannerRef":{"type":"string","minLength":1,"maxLength":512}}},"payloadDerived":{"title":"PayloadDerived","description":"What is derived from the call itself: one entry per (server, tool) pair.","type":"object","required":["toolCalls"],"additionalProperties":false,"properties":{"toolCalls":{"type":"array","minItems":1,"maxItems":64,"items":{"$ref":"#/$defs/toolCall"}}}},"toolCall":{"title":"ToolCall","type":"object","required":["name","serverFingerprint"],"additionalProperties":false,"anyOf":[{"required":["argsRef"]},{"required":["argsProjection"]}],"properties":{"name":{"type":"string","minLength":1,"maxLength":128},"serverFingerprint":{"$ref":"common.schema.json#/$defs/digest"},"argsRef":{"$ref":"#/$defs/argsRef"},"argsProjection":{"description":"The RFC 8785 canonical JSON text of the arguments (identity), of a redacted view of them, or of {\"digest\": <digest of the canonical arguments>} (hash-only).","type":"string","minLength":2,"maxLength":65536}}},"argsRef":{"title":"ArgsRef","description":"A reference to content that must be exactly the RFC 8785 canonical bytes of the arguments.","type":"object","required":["uri","digest"],"additionalProperties":false,"properties":{"uri":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"},"digest":{"$ref":"common.schema.json#/$defs/digest"}}}}};
const schema40 = {"title":"PlannerDeclared","description":"What the planner declares: the purpose of the call. Signed, but not checked against anything by this extension.","type":"object","required":["intent"],"additionalProperties":false,"properties":{"intent":{"type":"string","minLength":1,"maxLength":4096,"pattern":"\\S"},"requestedCapability":{"type":"string","minLength":1,"maxLength":256},"plannerRef":{"type":"string","minLength":1,"maxLength":512}}};
const schema46 = {"description":"A signature as lowercase hex with an even number of digits.","type":"string","pattern":"^(?:[0-9a-f]{2}){16,1024}$"};
const schema34 = {"title":"IssuerAsserted","description":"What the issuer vouches for: who signed, for whom, with which key, and when.","type":"object","required":["alg","iss","sub","secretVersion","iat","expSeconds","nonce"],"additionalProperties":false,"properties":{"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"iss":{"$ref":"common.schema.json#/$defs/identifier"},"sub":{"$ref":"common.schema.json#/$defs/identifier"},"secretVersion":{"description":"The key identifier: the `kid` of the issuer's key in the verifier's trust store.","type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"iat":{"$ref":"common.schema.json#/$defs/timestamp"},"expSeconds":{"description":"Lifetime in seconds after `iat`, written as an integer literal.","type":"integer","minimum":1,"maximum":86400},"nonce":{"description":"At least 16 random bytes, base64url without padding (22 to 256 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{22,256}$"}}};
const schema36 = {"description":"A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.","type":"string","pattern":"^[A-Za-z0-9+_-]{1,32}$"};
const schema37 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const schema39 = {"description":"An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"};
const pattern4 = new RegExp("^[A-Za-z0-9+_-]{1,32}$", "u");
const pattern5 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern7 = new RegExp("^[\\x21-\\x7e]{1,128}$", "u");
const pattern8 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9_-]{22,256}$", "u");
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.alg === undefined) && (missing0 = "alg")) || ((data.iss === undefined) && (missing0 = "iss"))) || ((data.sub === undefined) && (missing0 = "sub"))) || ((data.secretVersion === undefined) && (missing0 = "secretVersion"))) || ((data.iat === undefined) && (missing0 = "iat"))) || ((data.expSeconds === undefined) && (missing0 = "expSeconds"))) || ((data.nonce === undefined) && (missing0 = "nonce"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "alg") || (key0 === "iss")) || (key0 === "sub")) || (key0 === "secretVersion")) || (key0 === "iat")) || (key0 === "expSeconds")) || (key0 === "nonce"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.alg !== undefined){
let data0 = data.alg;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate23.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
let data1 = data.iss;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) > 512){
validate23.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate23.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data1)){
validate23.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sub !== undefined){
let data2 = data.sub;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func1(data2) > 512){
validate23.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate23.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data2)){
validate23.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secretVersion !== undefined){
let data3 = data.secretVersion;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
validate23.errors = [{instancePath:instancePath+"/secretVersion",schemaPath:"#/properties/secretVersion/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{1,128}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/secretVersion",schemaPath:"#/properties/secretVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iat !== undefined){
let data4 = data.iat;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
validate23.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expSeconds !== undefined){
let data5 = data.expSeconds;
const _errs16 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate23.errors = [{instancePath:instancePath+"/expSeconds",schemaPath:"#/properties/expSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 86400 || isNaN(data5)){
validate23.errors = [{instancePath:instancePath+"/expSeconds",schemaPath:"#/properties/expSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate23.errors = [{instancePath:instancePath+"/expSeconds",schemaPath:"#/properties/expSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nonce !== undefined){
let data6 = data.nonce;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(!pattern9.test(data6)){
validate23.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{22,256}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{22,256}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
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
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"title":"PayloadDerived","description":"What is derived from the call itself: one entry per (server, tool) pair.","type":"object","required":["toolCalls"],"additionalProperties":false,"properties":{"toolCalls":{"type":"array","minItems":1,"maxItems":64,"items":{"$ref":"#/$defs/toolCall"}}}};
const schema42 = {"title":"ToolCall","type":"object","required":["name","serverFingerprint"],"additionalProperties":false,"anyOf":[{"required":["argsRef"]},{"required":["argsProjection"]}],"properties":{"name":{"type":"string","minLength":1,"maxLength":128},"serverFingerprint":{"$ref":"common.schema.json#/$defs/digest"},"argsRef":{"$ref":"#/$defs/argsRef"},"argsProjection":{"description":"The RFC 8785 canonical JSON text of the arguments (identity), of a redacted view of them, or of {\"digest\": <digest of the canonical arguments>} (hash-only).","type":"string","minLength":2,"maxLength":65536}}};
const schema43 = {"description":"A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.","type":"string","pattern":"^sha256:[0-9a-f]{64}$","examples":["sha256:866290b0c9b6a0bd5e1a77ba30a6e8a2b6dc1b4c8f2b9d2f5b3c3f0f2f9e8f8a"]};
const pattern11 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema44 = {"title":"ArgsRef","description":"A reference to content that must be exactly the RFC 8785 canonical bytes of the arguments.","type":"object","required":["uri","digest"],"additionalProperties":false,"properties":{"uri":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"},"digest":{"$ref":"common.schema.json#/$defs/digest"}}};
const pattern12 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.uri === undefined) && (missing0 = "uri")) || ((data.digest === undefined) && (missing0 = "digest"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "uri") || (key0 === "digest"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.uri !== undefined){
let data0 = data.uri;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 2048){
validate28.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate28.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern12.test(data0)){
validate28.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"+"\""}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.digest !== undefined){
let data1 = data.digest;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
validate28.errors = [{instancePath:instancePath+"/digest",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/digest",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.argsRef === undefined) && (missing0 = "argsRef")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.argsProjection === undefined) && (missing1 = "argsProjection")){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate27.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.name === undefined) && (missing2 = "name")) || ((data.serverFingerprint === undefined) && (missing2 = "serverFingerprint"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "serverFingerprint")) || (key0 === "argsRef")) || (key0 === "argsProjection"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(func1(data0) > 128){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.serverFingerprint !== undefined){
let data1 = data.serverFingerprint;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
validate27.errors = [{instancePath:instancePath+"/serverFingerprint",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/serverFingerprint",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.argsRef !== undefined){
const _errs10 = errors;
if(!(validate28(data.argsRef, {instancePath:instancePath+"/argsRef",parentData:data,parentDataProperty:"argsRef",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.argsProjection !== undefined){
let data3 = data.argsProjection;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func1(data3) > 65536){
validate27.errors = [{instancePath:instancePath+"/argsProjection",schemaPath:"#/properties/argsProjection/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"}];
return false;
}
else {
if(func1(data3) < 2){
validate27.errors = [{instancePath:instancePath+"/argsProjection",schemaPath:"#/properties/argsProjection/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/argsProjection",schemaPath:"#/properties/argsProjection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.toolCalls === undefined) && (missing0 = "toolCalls")){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "toolCalls")){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.toolCalls !== undefined){
let data0 = data.toolCalls;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 64){
validate26.errors = [{instancePath:instancePath+"/toolCalls",schemaPath:"#/properties/toolCalls/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
if(data0.length < 1){
validate26.errors = [{instancePath:instancePath+"/toolCalls",schemaPath:"#/properties/toolCalls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate27(data0[i0], {instancePath:instancePath+"/toolCalls/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/toolCalls",schemaPath:"#/properties/toolCalls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern10 = new RegExp("\\S", "u");
const pattern14 = new RegExp("^(?:[0-9a-f]{2}){16,1024}$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/tool-call-attestation.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.issuerAsserted === undefined) && (missing0 = "issuerAsserted")) || ((data.plannerDeclared === undefined) && (missing0 = "plannerDeclared"))) || ((data.payloadDerived === undefined) && (missing0 = "payloadDerived"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "issuerAsserted") || (key0 === "plannerDeclared")) || (key0 === "payloadDerived")) || (key0 === "signature"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.issuerAsserted !== undefined){
const _errs2 = errors;
if(!(validate23(data.issuerAsserted, {instancePath:instancePath+"/issuerAsserted",parentData:data,parentDataProperty:"issuerAsserted",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.plannerDeclared !== undefined){
let data1 = data.plannerDeclared;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.intent === undefined) && (missing1 = "intent")){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared",schemaPath:"#/$defs/plannerDeclared/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(((key1 === "intent") || (key1 === "requestedCapability")) || (key1 === "plannerRef"))){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared",schemaPath:"#/$defs/plannerDeclared/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.intent !== undefined){
let data2 = data1.intent;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) > 4096){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/$defs/plannerDeclared/properties/intent/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/$defs/plannerDeclared/properties/intent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern10.test(data2)){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/$defs/plannerDeclared/properties/intent/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/$defs/plannerDeclared/properties/intent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.requestedCapability !== undefined){
let data3 = data1.requestedCapability;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) > 256){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/requestedCapability",schemaPath:"#/$defs/plannerDeclared/properties/requestedCapability/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/requestedCapability",schemaPath:"#/$defs/plannerDeclared/properties/requestedCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/requestedCapability",schemaPath:"#/$defs/plannerDeclared/properties/requestedCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.plannerRef !== undefined){
let data4 = data1.plannerRef;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func1(data4) > 512){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/plannerRef",schemaPath:"#/$defs/plannerDeclared/properties/plannerRef/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data4) < 1){
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/plannerRef",schemaPath:"#/$defs/plannerDeclared/properties/plannerRef/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/plannerDeclared/plannerRef",schemaPath:"#/$defs/plannerDeclared/properties/plannerRef/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/plannerDeclared",schemaPath:"#/$defs/plannerDeclared/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.payloadDerived !== undefined){
const _errs13 = errors;
if(!(validate26(data.payloadDerived, {instancePath:instancePath+"/payloadDerived",parentData:data,parentDataProperty:"payloadDerived",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data6 = data.signature;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signatureHex/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{2}){16,1024}$"},message:"must match pattern \""+"^(?:[0-9a-f]{2}){16,1024}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signatureHex/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
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
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/actor.schema.json","title":"Actor","description":"The `actor` evidence item's value (spec/transport-headers.md#mcp-actor): whom the call is made for. Mirrored by the HTTP header `MCP-Actor` (an sf-string); the body is authoritative.","type":"object","required":["id"],"additionalProperties":false,"properties":{"id":{"$ref":"common.schema.json#/$defs/actorId"}},"x-mcp-header":{"name":"MCP-Actor","maxBytes":8192,"structure":"item","bareItem":{"member":"id","type":"string"}},"examples":[{"id":"user:alice@example.com"}]};
const schema48 = {"description":"Who a transport-identity call is made for (spec/transport-headers.md#mcp-actor): 1 to 256 printable ASCII characters without leading or trailing space, so that it fits an RFC 9651 sf-string unchanged.","type":"string","minLength":1,"maxLength":256,"pattern":"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$","examples":["user:alice@example.com"]};
const pattern15 = new RegExp("^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/actor.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "id")){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(func1(data0) > 256){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern15.test(data0)){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$"},message:"must match pattern \""+"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/cap-token.schema.json","title":"CapToken","description":"The `cap-token` evidence item's value (spec/transport-headers.md#mcp-cap-token): a capability token chain, root first and the leaf (the token presented to this server) last. Mirrored by the HTTP header `MCP-Cap-Token` (an sf-list of sf-strings). Each token is a compact JWS whose header and claims are cap-token-claims.schema.json.","type":"object","required":["tokens"],"additionalProperties":false,"properties":{"tokens":{"type":"array","minItems":1,"maxItems":4,"items":{"$ref":"common.schema.json#/$defs/compactJws"}}},"x-mcp-header":{"name":"MCP-Cap-Token","maxBytes":16384,"structure":"list","listMembers":{"member":"tokens","type":"string"}},"examples":[{"tokens":["eyJhbGciOiJFUzI1NiIsImtpZCI6ImNhcC0xIiwidHlwIjoibWNwLWNhcCtqd3QifQ.e30.c2ln"]}]};
const schema50 = {"description":"A compact JWS or JWT as carried in evidence: 1 to 4096 characters. Its structure (three canonical base64url segments) is checked by the verifier with reason `token_malformed`, not by this schema.","type":"string","minLength":1,"maxLength":4096};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/cap-token.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.tokens === undefined) && (missing0 = "tokens")){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "tokens")){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.tokens !== undefined){
let data0 = data.tokens;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data0)){
if(data0.length > 4){
validate35.errors = [{instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
if(data0.length < 1){
validate35.errors = [{instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) > 4096){
validate35.errors = [{instancePath:instancePath+"/tokens/" + i0,schemaPath:"common.schema.json#/$defs/compactJws/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate35.errors = [{instancePath:instancePath+"/tokens/" + i0,schemaPath:"common.schema.json#/$defs/compactJws/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/tokens/" + i0,schemaPath:"common.schema.json#/$defs/compactJws/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-identity.schema.json","title":"AgentIdentity","description":"The `agent-identity` evidence item's value (spec/transport-headers.md#mcp-agent-identity): a proof of which agent (and operator) makes the call, of one of five types. Mirrored by the HTTP header `MCP-Agent-Identity` (an sf-token with the parameter `credential`, an sf-string).","type":"object","required":["type","credential"],"additionalProperties":false,"properties":{"type":{"description":"The kind of proof (spec/transport-headers.md#agent-identity-types).","enum":["jwt","did","oauth","mtls","operator"]},"credential":{"description":"The proof: a compact JWS for jwt, did, mtls and operator; an opaque access token for oauth.","$ref":"common.schema.json#/$defs/compactJws"}},"x-mcp-header":{"name":"MCP-Agent-Identity","maxBytes":8192,"structure":"item","bareItem":{"member":"type","type":"token"},"parameters":{"credential":{"member":"credential","type":"string"}}},"examples":[{"type":"oauth","credential":"2YotnFZFEjr1zCsicMWpAA"}]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-identity.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.credential === undefined) && (missing0 = "credential"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "credential"))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs3 = errors;
if(!(((((data0 === "jwt") || (data0 === "did")) || (data0 === "oauth")) || (data0 === "mtls")) || (data0 === "operator"))){
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema51.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.credential !== undefined){
let data1 = data.credential;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func1(data1) > 4096){
validate37.errors = [{instancePath:instancePath+"/credential",schemaPath:"common.schema.json#/$defs/compactJws/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate37.errors = [{instancePath:instancePath+"/credential",schemaPath:"common.schema.json#/$defs/compactJws/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/credential",schemaPath:"common.schema.json#/$defs/compactJws/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-intent.schema.json","title":"AgentIntent","description":"The `agent-intent` evidence item's value (spec/transport-headers.md#mcp-agent-intent): what the agent declares it is doing, and the methods and tools that covers. A declaration, not authority. Mirrored by the HTTP header `MCP-Agent-Intent` (an sf-dictionary).","type":"object","required":["purpose","scope"],"additionalProperties":false,"properties":{"purpose":{"description":"The declared purpose: 1 to 256 characters, not only white space, no control characters.","type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$"},"scope":{"description":"1 to 32 distinct scope entries.","type":"array","minItems":1,"maxItems":32,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/scopeEntry"}}},"x-mcp-header":{"name":"MCP-Agent-Intent","maxBytes":8192,"structure":"dictionary","dictionaryMembers":{"purpose":{"member":"purpose","type":"text"},"scope":{"member":"scope","type":"string-inner-list"}}},"examples":[{"purpose":"archive the Q3 report","scope":["tools/call:delete_file","tools/list"]},{"purpose":"Quartalsbericht prüfen","scope":["tools/call:*"]}]};
const schema54 = {"description":"One scope entry (spec/transport-headers.md#scope-entries): an MCP method such as `tools/list`, or `tools/call:<tool>` (tool name 1 to 128 of A-Z a-z 0-9 _ . -), or `tools/call:*`. A bare `tools/call` is not an entry.","type":"string","maxLength":160,"pattern":"^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$","examples":["tools/list","tools/call:delete_file","tools/call:*"]};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern16 = new RegExp("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$", "u");
const pattern17 = new RegExp("^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-intent.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.purpose === undefined) && (missing0 = "purpose")) || ((data.scope === undefined) && (missing0 = "scope"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "purpose") || (key0 === "scope"))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.purpose !== undefined){
let data0 = data.purpose;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 256){
validate39.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate39.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data0)){
validate39.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$"},message:"must match pattern \""+"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$"+"\""}];
return false;
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
let data1 = data.scope;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
if(data1.length > 32){
validate39.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"}];
return false;
}
else {
if(data1.length < 1){
validate39.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func1(data2) > 160){
validate39.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"common.schema.json#/$defs/scopeEntry/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters"}];
return false;
}
else {
if(!pattern17.test(data2)){
validate39.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"common.schema.json#/$defs/scopeEntry/pattern",keyword:"pattern",params:{pattern: "^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$"},message:"must match pattern \""+"^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$"+"\""}];
return false;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"common.schema.json#/$defs/scopeEntry/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
validate39.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-session.schema.json","title":"AgentSession","description":"The `agent-session` evidence item's value (spec/transport-headers.md#mcp-agent-session): the agent session this call belongs to. Mirrored by the HTTP header `MCP-Agent-Session` (an sf-string).","type":"object","required":["id"],"additionalProperties":false,"properties":{"id":{"$ref":"common.schema.json#/$defs/sessionId"}},"x-mcp-header":{"name":"MCP-Agent-Session","maxBytes":8192,"structure":"item","bareItem":{"member":"id","type":"string"}},"examples":[{"id":"s-7f3a9c2e4b1d8f60"}]};
const schema56 = {"description":"An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.","type":"string","pattern":"^[A-Za-z0-9._~-]{16,128}$","examples":["s-7f3a9c2e4b1d8f60"]};
const pattern18 = new RegExp("^[A-Za-z0-9._~-]{16,128}$", "u");

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-session.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "id")){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(!pattern18.test(data0)){
validate41.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/sessionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]{16,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]{16,128}$"+"\""}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/sessionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern19 = new RegExp("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", "u");

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
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("tool-call-attestation" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
const _errs6 = errors;
if(1 !== data.version){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/allOf/0/then/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.value !== undefined){
const _errs7 = errors;
if(!(validate22(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.version = true;
props0.value = true;
props0.type = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs8 = errors;
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("actor" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
const _errs13 = errors;
if(1 !== data.version){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/allOf/1/then/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs13 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.value !== undefined){
const _errs14 = errors;
if(!(validate33(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid6 = _errs14 === errors;
}
else {
var valid6 = true;
}
}
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.version = true;
props1.value = true;
props1.type = true;
}
}
if(!valid4){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs8 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs15 = errors;
const _errs16 = errors;
let valid7 = true;
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
if("cap-token" !== data.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
const _errs20 = errors;
if(1 !== data.version){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/allOf/2/then/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs20 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.value !== undefined){
const _errs21 = errors;
if(!(validate35(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid9 = _errs21 === errors;
}
else {
var valid9 = true;
}
}
}
var _valid2 = _errs19 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.version = true;
props2.value = true;
props2.type = true;
}
}
if(!valid7){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs15 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs22 = errors;
const _errs23 = errors;
let valid10 = true;
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.type !== undefined){
if("agent-identity" !== data.type){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
var _valid3 = _errs24 === errors;
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
const _errs27 = errors;
if(1 !== data.version){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/allOf/3/then/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid12 = _errs27 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.value !== undefined){
const _errs28 = errors;
if(!(validate37(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid12 = _errs28 === errors;
}
else {
var valid12 = true;
}
}
}
var _valid3 = _errs26 === errors;
valid10 = _valid3;
if(valid10){
var props3 = {};
props3.version = true;
props3.value = true;
props3.type = true;
}
}
if(!valid10){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs22 === errors;
if(valid0){
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs29 = errors;
const _errs30 = errors;
let valid13 = true;
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
if("agent-intent" !== data.type){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var _valid4 = _errs31 === errors;
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
const _errs34 = errors;
if(1 !== data.version){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/allOf/4/then/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid15 = _errs34 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data.value !== undefined){
const _errs35 = errors;
if(!(validate39(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid15 = _errs35 === errors;
}
else {
var valid15 = true;
}
}
}
var _valid4 = _errs33 === errors;
valid13 = _valid4;
if(valid13){
var props4 = {};
props4.version = true;
props4.value = true;
props4.type = true;
}
}
if(!valid13){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs29 === errors;
if(valid0){
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs36 = errors;
const _errs37 = errors;
let valid16 = true;
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.type !== undefined){
if("agent-session" !== data.type){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid5 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs40 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
const _errs41 = errors;
if(1 !== data.version){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/allOf/5/then/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid18 = _errs41 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data.value !== undefined){
const _errs42 = errors;
if(!(validate41(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid18 = _errs42 === errors;
}
else {
var valid18 = true;
}
}
}
var _valid5 = _errs40 === errors;
valid16 = _valid5;
if(valid16){
var props5 = {};
props5.version = true;
props5.value = true;
props5.type = true;
}
}
if(!valid16){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs36 === errors;
if(valid0){
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((((data.type === undefined) && (missing6 = "type")) || ((data.version === undefined) && (missing6 = "version"))) || ((data.value === undefined) && (missing6 = "value"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs43 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "version")) || (key0 === "value"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
if(data.type !== undefined){
let data18 = data.type;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data18 === "string"){
if(func1(data18) > 64){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern19.test(data18)){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid19 = _errs44 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.version !== undefined){
let data19 = data.version;
const _errs46 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs46){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 65535 || isNaN(data19)){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"}];
return false;
}
else {
if(data19 < 1 || isNaN(data19)){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid19 = _errs46 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.value !== undefined){
let data20 = data.value;
const _errs48 = errors;
if(!(data20 && typeof data20 == "object" && !Array.isArray(data20))){
validate21.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid19 = _errs48 === errors;
}
else {
var valid19 = true;
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


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/evidence.schema.json" */;
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
if((data.items === undefined) && (missing0 = "items")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "items")){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.items !== undefined){
let data0 = data.items;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 16){
validate20.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"}];
return false;
}
else {
if(data0.length < 1){
validate20.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate21(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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

/** Validates `data` against schemas/evidence.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateEvidence: ((data: unknown) => data is Evidence) & { errors?: ErrorObject[] | null } = validateRaw;
