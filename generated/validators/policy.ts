// DO NOT EDIT: this file is generated.
// Source: schemas/policy.schema.json, schemas/common.schema.json, schemas/trust-store.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { Policy } from "../types/policy.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/policy.schema.json","title":"Policy","description":"What a verifier in front of an MCP server (middleware or gateway) requires, per tool (spec/gateway-decision.md#policy). Configuration written by the operator; never taken from a request.","type":"object","required":["server","trustStore"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"server":{"type":"object","required":["fingerprint"],"additionalProperties":false,"properties":{"fingerprint":{"$ref":"common.schema.json#/$defs/digest"}}},"trustStore":{"$ref":"trust-store.schema.json"},"algorithms":{"description":"Algorithm allow-list (default: HS256, ES256, RS256).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["HS256","ES256","RS256"]}},"clockSkewSeconds":{"type":"integer","minimum":0,"maximum":300},"failureMode":{"description":"What happens when a dependency (replay store, key source) fails: closed refuses the call, open lets it through and records the bypass.","enum":["closed","open"]},"defaults":{"$ref":"#/$defs/toolPolicy"},"transport":{"$ref":"#/$defs/transportPolicy"},"tools":{"description":"Per-tool policy by exact tool name; a tool not listed gets `defaults`.","type":"object","propertyNames":{"minLength":1,"maxLength":128},"additionalProperties":{"$ref":"#/$defs/toolPolicy"}}},"$defs":{"toolPolicy":{"title":"ToolPolicy","type":"object","additionalProperties":false,"properties":{"evidence":{"description":"Evidence item types this tool requires; an empty list requires none.","type":"array","uniqueItems":true,"items":{"enum":["tool-call-attestation","actor","cap-token","agent-identity","agent-intent","agent-session"]}},"issuers":{"description":"Issuers whose attestations this tool accepts (default: every issuer in the trust store).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"requiredCapability":{"description":"plannerDeclared.requestedCapability must equal this.","type":"string","minLength":1},"argsCommitment":{"description":"Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["identity","hash","reference","redacted"]}},"failureMode":{"enum":["closed","open"]},"identityTypes":{"description":"Agent identity types this tool accepts (spec/transport-headers.md#agent-identity-types); default every type the transport section configures. Another type is identity_invalid.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["jwt","did","oauth","mtls","operator"]}},"singleUseCapToken":{"description":"Consume the leaf capability token's (iss, jti) so that it serves one call (default false).","type":"boolean"},"requireProofOfPossession":{"description":"Require a cnf confirmation on the leaf capability token (default false).","type":"boolean"}}},"transportPolicy":{"title":"TransportPolicy","description":"Configuration of the transport identity checks (spec/transport-headers.md#policy).","type":"object","required":["audience"],"additionalProperties":false,"properties":{"audience":{"description":"This server's audience identifier: the aud that capability tokens and identity credentials must name.","$ref":"common.schema.json#/$defs/identifier"},"tokenAlgorithms":{"description":"Algorithm allow-list for capability tokens and identity credentials (default ES256, EdDSA). HS* never.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["ES256","EdDSA"]}},"capTokenIssuers":{"description":"Keys of the root capability-token issuers and of the servers that forward tokens; the root issuer must be listed here.","$ref":"trust-store.schema.json"},"maxChainLength":{"description":"Longest accepted capability token chain (default 4).","type":"integer","minimum":1,"maximum":4},"identity":{"type":"object","additionalProperties":false,"properties":{"jwt":{"description":"Issuers of agent identity JWTs (types jwt and mtls).","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"operator":{"description":"Operators whose credentials are accepted (type operator); each issuer is an operatorId.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"did":{"description":"DID proofs (type did): the secret of the stateless challenge and how long a challenge stays valid.","type":"object","required":["challengeSecret"],"additionalProperties":false,"properties":{"challengeSecret":{"description":"At least 32 random bytes, base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{43,512}$"},"challengeTtlSeconds":{"description":"Default 120.","type":"integer","minimum":1,"maximum":600}}},"oauth":{"description":"OAuth access tokens (type oauth), checked by RFC 7662 token introspection.","type":"object","required":["introspectionUrl"],"additionalProperties":false,"properties":{"introspectionUrl":{"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048}}}}}}}}};
const schema33 = {"description":"A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.","type":"string","pattern":"^sha256:[0-9a-f]{64}$","examples":["sha256:866290b0c9b6a0bd5e1a77ba30a6e8a2b6dc1b4c8f2b9d2f5b3c3f0f2f9e8f8a"]};
const schema38 = {"title":"ToolPolicy","type":"object","additionalProperties":false,"properties":{"evidence":{"description":"Evidence item types this tool requires; an empty list requires none.","type":"array","uniqueItems":true,"items":{"enum":["tool-call-attestation","actor","cap-token","agent-identity","agent-intent","agent-session"]}},"issuers":{"description":"Issuers whose attestations this tool accepts (default: every issuer in the trust store).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"requiredCapability":{"description":"plannerDeclared.requestedCapability must equal this.","type":"string","minLength":1},"argsCommitment":{"description":"Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["identity","hash","reference","redacted"]}},"failureMode":{"enum":["closed","open"]},"identityTypes":{"description":"Agent identity types this tool accepts (spec/transport-headers.md#agent-identity-types); default every type the transport section configures. Another type is identity_invalid.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["jwt","did","oauth","mtls","operator"]}},"singleUseCapToken":{"description":"Consume the leaf capability token's (iss, jti) so that it serves one call (default false).","type":"boolean"},"requireProofOfPossession":{"description":"Require a cnf confirmation on the leaf capability token (default false).","type":"boolean"}}};
const func1 = Object.prototype.hasOwnProperty;
const func0 = require("ajv/dist/runtime/equal").default;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/trust-store.schema.json","title":"TrustStore","description":"The verifier's keys, one JWKS (RFC 7517) per issuer (spec/common-profile.md#keys). A key is found by the envelope's `iss`, then by `kid` equal to `secretVersion` and `alg` equal to the envelope's algorithm. Public keys only, except `oct` secrets for HS256. The same format holds the capability-token and agent-identity issuers of spec/transport-headers.md, whose keys may also be Ed25519 (`kty` `OKP`, `crv` `Ed25519`, `alg` `EdDSA`, RFC 8037); the attestation verifier's allow-list does not include EdDSA.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"type":"object","propertyNames":{"minLength":1,"maxLength":512},"maxProperties":1024,"additionalProperties":{"$ref":"#/$defs/jwks"}}},"$defs":{"jwks":{"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}},"jwk":{"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"if":{"properties":{"kty":{"const":"OKP"}},"required":["kty"]},"then":{"description":"An Ed25519 public key (RFC 8037): crv Ed25519, alg EdDSA, x the 32-byte key in canonical base64url, no members of other key types.","required":["crv","x"],"properties":{"crv":{"const":"Ed25519"},"alg":{"const":"EdDSA"},"x":{"type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}},"not":{"anyOf":[{"required":["y"]},{"required":["k"]},{"required":["n"]},{"required":["e"]}]}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}}}};
const schema35 = {"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}};
const schema36 = {"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"if":{"properties":{"kty":{"const":"OKP"}},"required":["kty"]},"then":{"description":"An Ed25519 public key (RFC 8037): crv Ed25519, alg EdDSA, x the 32-byte key in canonical base64url, no members of other key types.","required":["crv","x"],"properties":{"crv":{"const":"Ed25519"},"alg":{"const":"EdDSA"},"x":{"type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}},"not":{"anyOf":[{"required":["y"]},{"required":["k"]},{"required":["n"]},{"required":["e"]}]}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}};
const schema37 = {"description":"A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.","type":"string","pattern":"^[A-Za-z0-9+_-]{1,32}$"};
const pattern5 = new RegExp("^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", "u");
const pattern6 = new RegExp("^[\\x21-\\x7e]{1,128}$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9+_-]{1,32}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.d === undefined) && (missing0 = "d")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.p === undefined) && (missing1 = "p")){
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
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.q === undefined) && (missing2 = "q")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.dp === undefined) && (missing3 = "dp")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.dq === undefined) && (missing4 = "dq")){
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
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.qi === undefined) && (missing5 = "qi")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.oth === undefined) && (missing6 = "oth")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
validate24.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
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
const _errs11 = errors;
let valid2 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.kty === undefined) && (missing7 = "kty")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.kty !== undefined){
if("OKP" !== data.kty){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
const _errs15 = errors;
const _errs16 = errors;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.y === undefined) && (missing8 = "y")){
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
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.k === undefined) && (missing9 = "k")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid2 = _errs19 === errors;
valid5 = valid5 || _valid2;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.n === undefined) && (missing10 = "n")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs20 === errors;
valid5 = valid5 || _valid2;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.e === undefined) && (missing11 = "e")){
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
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs16 === errors;
if(valid4){
validate24.errors = [{instancePath,schemaPath:"#/then/not",keyword:"not",params:{},message:"must NOT be valid"}];
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
if(errors === _errs14){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if(((data.crv === undefined) && (missing12 = "crv")) || ((data.x === undefined) && (missing12 = "x"))){
validate24.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data.crv !== undefined){
const _errs22 = errors;
if("Ed25519" !== data.crv){
validate24.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/then/properties/crv/const",keyword:"const",params:{allowedValue: "Ed25519"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.alg !== undefined){
const _errs23 = errors;
if("EdDSA" !== data.alg){
validate24.errors = [{instancePath:instancePath+"/alg",schemaPath:"#/then/properties/alg/const",keyword:"const",params:{allowedValue: "EdDSA"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.x !== undefined){
let data3 = data.x;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate24.errors = [{instancePath:instancePath+"/x",schemaPath:"#/then/properties/x/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/x",schemaPath:"#/then/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
var _valid1 = _errs14 === errors;
valid2 = _valid1;
if(valid2){
var props0 = {};
props0.crv = true;
props0.alg = true;
props0.x = true;
props0.kty = true;
}
}
if(!valid2){
const err15 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate24.errors = vErrors;
return false;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((((data.kty === undefined) && (missing13 = "kty")) || ((data.kid === undefined) && (missing13 = "kid"))) || ((data.alg === undefined) && (missing13 = "alg"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.kty = true;
props0.kid = true;
props0.alg = true;
props0.use = true;
props0.k = true;
props0.crv = true;
props0.x = true;
props0.y = true;
props0.n = true;
props0.e = true;
}
if(data.kty !== undefined){
let data4 = data.kty;
const _errs26 = errors;
if(!((((data4 === "oct") || (data4 === "EC")) || (data4 === "RSA")) || (data4 === "OKP"))){
validate24.errors = [{instancePath:instancePath+"/kty",schemaPath:"#/properties/kty/enum",keyword:"enum",params:{allowedValues: schema36.properties.kty.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs26 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.kid !== undefined){
let data5 = data.kid;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
validate24.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{1,128}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.alg !== undefined){
let data6 = data.alg;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data6 === "string"){
if(!pattern7.test(data6)){
validate24.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.use !== undefined){
const _errs32 = errors;
if("sig" !== data.use){
validate24.errors = [{instancePath:instancePath+"/use",schemaPath:"#/properties/use/const",keyword:"const",params:{allowedValue: "sig"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.k !== undefined){
const _errs33 = errors;
if(typeof data.k !== "string"){
validate24.errors = [{instancePath:instancePath+"/k",schemaPath:"#/properties/k/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.crv !== undefined){
const _errs35 = errors;
if(typeof data.crv !== "string"){
validate24.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/properties/crv/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs35 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.x !== undefined){
const _errs37 = errors;
if(typeof data.x !== "string"){
validate24.errors = [{instancePath:instancePath+"/x",schemaPath:"#/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.y !== undefined){
const _errs39 = errors;
if(typeof data.y !== "string"){
validate24.errors = [{instancePath:instancePath+"/y",schemaPath:"#/properties/y/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.n !== undefined){
const _errs41 = errors;
if(typeof data.n !== "string"){
validate24.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.e !== undefined){
const _errs43 = errors;
if(typeof data.e !== "string"){
validate24.errors = [{instancePath:instancePath+"/e",schemaPath:"#/properties/e/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if((data.keys === undefined) && (missing0 = "keys")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.keys !== undefined){
let data0 = data.keys;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 64){
validate23.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate24(data0[i0], {instancePath:instancePath+"/keys/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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
validate23.evaluated = {"props":{"keys":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/trust-store.schema.json" */;
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
if((data.issuers === undefined) && (missing0 = "issuers")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "issuers")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.issuers !== undefined){
let data0 = data.issuers;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1024){
validate22.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/maxProperties",keyword:"maxProperties",params:{limit: 1024},message:"must NOT have more than 1024 properties"}];
return false;
}
else {
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 512){
const err0 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(func2(key1) < 1){
const err1 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key1};
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
var valid1 = _errs4 === errors;
if(!valid1){
const err2 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate22.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data0){
const _errs6 = errors;
if(!(validate23(data0[key2], {instancePath:instancePath+"/issuers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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

const schema39 = {"title":"TransportPolicy","description":"Configuration of the transport identity checks (spec/transport-headers.md#policy).","type":"object","required":["audience"],"additionalProperties":false,"properties":{"audience":{"description":"This server's audience identifier: the aud that capability tokens and identity credentials must name.","$ref":"common.schema.json#/$defs/identifier"},"tokenAlgorithms":{"description":"Algorithm allow-list for capability tokens and identity credentials (default ES256, EdDSA). HS* never.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["ES256","EdDSA"]}},"capTokenIssuers":{"description":"Keys of the root capability-token issuers and of the servers that forward tokens; the root issuer must be listed here.","$ref":"trust-store.schema.json"},"maxChainLength":{"description":"Longest accepted capability token chain (default 4).","type":"integer","minimum":1,"maximum":4},"identity":{"type":"object","additionalProperties":false,"properties":{"jwt":{"description":"Issuers of agent identity JWTs (types jwt and mtls).","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"operator":{"description":"Operators whose credentials are accepted (type operator); each issuer is an operatorId.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"did":{"description":"DID proofs (type did): the secret of the stateless challenge and how long a challenge stays valid.","type":"object","required":["challengeSecret"],"additionalProperties":false,"properties":{"challengeSecret":{"description":"At least 32 random bytes, base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{43,512}$"},"challengeTtlSeconds":{"description":"Default 120.","type":"integer","minimum":1,"maximum":600}}},"oauth":{"description":"OAuth access tokens (type oauth), checked by RFC 7662 token introspection.","type":"object","required":["introspectionUrl"],"additionalProperties":false,"properties":{"introspectionUrl":{"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048}}}}}}};
const schema40 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const pattern8 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9_-]{43,512}$", "u");
const pattern10 = new RegExp("^https?://[^\\s]+$", "u");

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
if((data.audience === undefined) && (missing0 = "audience")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "audience") || (key0 === "tokenAlgorithms")) || (key0 === "capTokenIssuers")) || (key0 === "maxChainLength")) || (key0 === "identity"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.audience !== undefined){
let data0 = data.audience;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 512){
validate28.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate28.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern8.test(data0)){
validate28.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenAlgorithms !== undefined){
let data1 = data.tokenAlgorithms;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
if(data1.length < 1){
validate28.errors = [{instancePath:instancePath+"/tokenAlgorithms",schemaPath:"#/properties/tokenAlgorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
if(!((data2 === "ES256") || (data2 === "EdDSA"))){
validate28.errors = [{instancePath:instancePath+"/tokenAlgorithms/" + i0,schemaPath:"#/properties/tokenAlgorithms/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.tokenAlgorithms.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
validate28.errors = [{instancePath:instancePath+"/tokenAlgorithms",schemaPath:"#/properties/tokenAlgorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/tokenAlgorithms",schemaPath:"#/properties/tokenAlgorithms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capTokenIssuers !== undefined){
const _errs8 = errors;
if(!(validate22(data.capTokenIssuers, {instancePath:instancePath+"/capTokenIssuers",parentData:data,parentDataProperty:"capTokenIssuers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxChainLength !== undefined){
let data4 = data.maxChainLength;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate28.errors = [{instancePath:instancePath+"/maxChainLength",schemaPath:"#/properties/maxChainLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4 || isNaN(data4)){
validate28.errors = [{instancePath:instancePath+"/maxChainLength",schemaPath:"#/properties/maxChainLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate28.errors = [{instancePath:instancePath+"/maxChainLength",schemaPath:"#/properties/maxChainLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identity !== undefined){
let data5 = data.identity;
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
const _errs13 = errors;
for(const key1 in data5){
if(!((((key1 === "jwt") || (key1 === "operator")) || (key1 === "did")) || (key1 === "oauth"))){
validate28.errors = [{instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data5.jwt !== undefined){
let data6 = data5.jwt;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((data6.issuers === undefined) && (missing1 = "issuers")){
validate28.errors = [{instancePath:instancePath+"/identity/jwt",schemaPath:"#/properties/identity/properties/jwt/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key2 in data6){
if(!(key2 === "issuers")){
validate28.errors = [{instancePath:instancePath+"/identity/jwt",schemaPath:"#/properties/identity/properties/jwt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.issuers !== undefined){
if(!(validate22(data6.issuers, {instancePath:instancePath+"/identity/jwt/issuers",parentData:data6,parentDataProperty:"issuers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/identity/jwt",schemaPath:"#/properties/identity/properties/jwt/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.operator !== undefined){
let data8 = data5.operator;
const _errs18 = errors;
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.issuers === undefined) && (missing2 = "issuers")){
validate28.errors = [{instancePath:instancePath+"/identity/operator",schemaPath:"#/properties/identity/properties/operator/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key3 in data8){
if(!(key3 === "issuers")){
validate28.errors = [{instancePath:instancePath+"/identity/operator",schemaPath:"#/properties/identity/properties/operator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data8.issuers !== undefined){
if(!(validate22(data8.issuers, {instancePath:instancePath+"/identity/operator/issuers",parentData:data8,parentDataProperty:"issuers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/identity/operator",schemaPath:"#/properties/identity/properties/operator/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.did !== undefined){
let data10 = data5.did;
const _errs22 = errors;
if(errors === _errs22){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if((data10.challengeSecret === undefined) && (missing3 = "challengeSecret")){
validate28.errors = [{instancePath:instancePath+"/identity/did",schemaPath:"#/properties/identity/properties/did/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key4 in data10){
if(!((key4 === "challengeSecret") || (key4 === "challengeTtlSeconds"))){
validate28.errors = [{instancePath:instancePath+"/identity/did",schemaPath:"#/properties/identity/properties/did/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data10.challengeSecret !== undefined){
let data11 = data10.challengeSecret;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
validate28.errors = [{instancePath:instancePath+"/identity/did/challengeSecret",schemaPath:"#/properties/identity/properties/did/properties/challengeSecret/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{43,512}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{43,512}$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/identity/did/challengeSecret",schemaPath:"#/properties/identity/properties/did/properties/challengeSecret/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs25 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data10.challengeTtlSeconds !== undefined){
let data12 = data10.challengeTtlSeconds;
const _errs27 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate28.errors = [{instancePath:instancePath+"/identity/did/challengeTtlSeconds",schemaPath:"#/properties/identity/properties/did/properties/challengeTtlSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs27){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 600 || isNaN(data12)){
validate28.errors = [{instancePath:instancePath+"/identity/did/challengeTtlSeconds",schemaPath:"#/properties/identity/properties/did/properties/challengeTtlSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"}];
return false;
}
else {
if(data12 < 1 || isNaN(data12)){
validate28.errors = [{instancePath:instancePath+"/identity/did/challengeTtlSeconds",schemaPath:"#/properties/identity/properties/did/properties/challengeTtlSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/identity/did",schemaPath:"#/properties/identity/properties/did/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.oauth !== undefined){
let data13 = data5.oauth;
const _errs29 = errors;
if(errors === _errs29){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing4;
if((data13.introspectionUrl === undefined) && (missing4 = "introspectionUrl")){
validate28.errors = [{instancePath:instancePath+"/identity/oauth",schemaPath:"#/properties/identity/properties/oauth/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key5 in data13){
if(!(key5 === "introspectionUrl")){
validate28.errors = [{instancePath:instancePath+"/identity/oauth",schemaPath:"#/properties/identity/properties/oauth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data13.introspectionUrl !== undefined){
let data14 = data13.introspectionUrl;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data14 === "string"){
if(func2(data14) > 2048){
validate28.errors = [{instancePath:instancePath+"/identity/oauth/introspectionUrl",schemaPath:"#/properties/identity/properties/oauth/properties/introspectionUrl/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern10.test(data14)){
validate28.errors = [{instancePath:instancePath+"/identity/oauth/introspectionUrl",schemaPath:"#/properties/identity/properties/oauth/properties/introspectionUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""}];
return false;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/identity/oauth/introspectionUrl",schemaPath:"#/properties/identity/properties/oauth/properties/introspectionUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/identity/oauth",schemaPath:"#/properties/identity/properties/oauth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
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
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/policy.schema.json" */;
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
if(((data.server === undefined) && (missing0 = "server")) || ((data.trustStore === undefined) && (missing0 = "trustStore"))){
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
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate20.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server !== undefined){
let data1 = data.server;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.fingerprint === undefined) && (missing1 = "fingerprint")){
validate20.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(key1 === "fingerprint")){
validate20.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.fingerprint !== undefined){
let data2 = data1.fingerprint;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate20.errors = [{instancePath:instancePath+"/server/fingerprint",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/server/fingerprint",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trustStore !== undefined){
const _errs10 = errors;
if(!(validate22(data.trustStore, {instancePath:instancePath+"/trustStore",parentData:data,parentDataProperty:"trustStore",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.algorithms !== undefined){
let data4 = data.algorithms;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
if(data4.length < 1){
validate20.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs13 = errors;
if(!(((data5 === "HS256") || (data5 === "ES256")) || (data5 === "RS256"))){
validate20.errors = [{instancePath:instancePath+"/algorithms/" + i0,schemaPath:"#/properties/algorithms/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.algorithms.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
validate20.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clockSkewSeconds !== undefined){
let data6 = data.clockSkewSeconds;
const _errs14 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate20.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 300 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.failureMode !== undefined){
let data7 = data.failureMode;
const _errs16 = errors;
if(!((data7 === "closed") || (data7 === "open"))){
validate20.errors = [{instancePath:instancePath+"/failureMode",schemaPath:"#/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema31.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaults !== undefined){
let data8 = data.defaults;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs20 = errors;
for(const key2 in data8){
if(!((((((((key2 === "evidence") || (key2 === "issuers")) || (key2 === "requiredCapability")) || (key2 === "argsCommitment")) || (key2 === "failureMode")) || (key2 === "identityTypes")) || (key2 === "singleUseCapToken")) || (key2 === "requireProofOfPossession"))){
validate20.errors = [{instancePath:instancePath+"/defaults",schemaPath:"#/$defs/toolPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data8.evidence !== undefined){
let data9 = data8.evidence;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid7 = true;
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
const _errs23 = errors;
if(!((((((data10 === "tool-call-attestation") || (data10 === "actor")) || (data10 === "cap-token")) || (data10 === "agent-identity")) || (data10 === "agent-intent")) || (data10 === "agent-session"))){
validate20.errors = [{instancePath:instancePath+"/defaults/evidence/" + i2,schemaPath:"#/$defs/toolPolicy/properties/evidence/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.evidence.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs23 === errors;
if(!valid7){
break;
}
}
if(valid7){
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
validate20.errors = [{instancePath:instancePath+"/defaults/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.issuers !== undefined){
let data11 = data8.issuers;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data11)){
if(data11.length < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
const _errs26 = errors;
if(errors === _errs26){
if(typeof data12 === "string"){
if(func2(data12) < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/issuers/" + i4,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/issuers/" + i4,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs26 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i5 = data11.length;
let j2;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data11[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
validate20.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break;
}
indices0[item0] = i5;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.requiredCapability !== undefined){
let data13 = data8.requiredCapability;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data13 === "string"){
if(func2(data13) < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.argsCommitment !== undefined){
let data14 = data8.argsCommitment;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data14)){
if(data14.length < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid11 = true;
const len3 = data14.length;
for(let i6=0; i6<len3; i6++){
let data15 = data14[i6];
const _errs32 = errors;
if(!((((data15 === "identity") || (data15 === "hash")) || (data15 === "reference")) || (data15 === "redacted"))){
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment/" + i6,schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.argsCommitment.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs32 === errors;
if(!valid11){
break;
}
}
if(valid11){
let i7 = data14.length;
let j3;
if(i7 > 1){
outer2:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data14[i7], data14[j3])){
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break outer2;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.failureMode !== undefined){
let data16 = data8.failureMode;
const _errs33 = errors;
if(!((data16 === "closed") || (data16 === "open"))){
validate20.errors = [{instancePath:instancePath+"/defaults/failureMode",schemaPath:"#/$defs/toolPolicy/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema38.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.identityTypes !== undefined){
let data17 = data8.identityTypes;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data17)){
if(data17.length < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid13 = true;
const len4 = data17.length;
for(let i8=0; i8<len4; i8++){
let data18 = data17[i8];
const _errs36 = errors;
if(!(((((data18 === "jwt") || (data18 === "did")) || (data18 === "oauth")) || (data18 === "mtls")) || (data18 === "operator"))){
validate20.errors = [{instancePath:instancePath+"/defaults/identityTypes/" + i8,schemaPath:"#/$defs/toolPolicy/properties/identityTypes/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.identityTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid13 = _errs36 === errors;
if(!valid13){
break;
}
}
if(valid13){
let i9 = data17.length;
let j4;
if(i9 > 1){
outer3:
for(;i9--;){
for(j4 = i9; j4--;){
if(func0(data17[i9], data17[j4])){
validate20.errors = [{instancePath:instancePath+"/defaults/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.singleUseCapToken !== undefined){
const _errs37 = errors;
if(typeof data8.singleUseCapToken !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/defaults/singleUseCapToken",schemaPath:"#/$defs/toolPolicy/properties/singleUseCapToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.requireProofOfPossession !== undefined){
const _errs39 = errors;
if(typeof data8.requireProofOfPossession !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/defaults/requireProofOfPossession",schemaPath:"#/$defs/toolPolicy/properties/requireProofOfPossession/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs39 === errors;
}
else {
var valid6 = true;
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
validate20.errors = [{instancePath:instancePath+"/defaults",schemaPath:"#/$defs/toolPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transport !== undefined){
const _errs41 = errors;
if(!(validate28(data.transport, {instancePath:instancePath+"/transport",parentData:data,parentDataProperty:"transport",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data22 = data.tools;
const _errs42 = errors;
if(errors === _errs42){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key3 in data22){
const _errs44 = errors;
if(typeof key3 === "string"){
if(func2(key3) > 128){
const err0 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key3};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(func2(key3) < 1){
const err1 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key3};
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
var valid15 = _errs44 === errors;
if(!valid15){
const err2 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid15){
for(const key4 in data22){
let data23 = data22[key4];
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs49 = errors;
for(const key5 in data23){
if(!((((((((key5 === "evidence") || (key5 === "issuers")) || (key5 === "requiredCapability")) || (key5 === "argsCommitment")) || (key5 === "failureMode")) || (key5 === "identityTypes")) || (key5 === "singleUseCapToken")) || (key5 === "requireProofOfPossession"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/toolPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs49 === errors){
if(data23.evidence !== undefined){
let data24 = data23.evidence;
const _errs50 = errors;
if(errors === _errs50){
if(Array.isArray(data24)){
var valid19 = true;
const len5 = data24.length;
for(let i10=0; i10<len5; i10++){
let data25 = data24[i10];
const _errs52 = errors;
if(!((((((data25 === "tool-call-attestation") || (data25 === "actor")) || (data25 === "cap-token")) || (data25 === "agent-identity")) || (data25 === "agent-intent")) || (data25 === "agent-session"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence/" + i10,schemaPath:"#/$defs/toolPolicy/properties/evidence/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.evidence.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid19 = _errs52 === errors;
if(!valid19){
break;
}
}
if(valid19){
let i11 = data24.length;
let j5;
if(i11 > 1){
outer4:
for(;i11--;){
for(j5 = i11; j5--;){
if(func0(data24[i11], data24[j5])){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"}];
return false;
break outer4;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs50 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.issuers !== undefined){
let data26 = data23.issuers;
const _errs53 = errors;
if(errors === _errs53){
if(Array.isArray(data26)){
if(data26.length < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid21 = true;
const len6 = data26.length;
for(let i12=0; i12<len6; i12++){
let data27 = data26[i12];
const _errs55 = errors;
if(errors === _errs55){
if(typeof data27 === "string"){
if(func2(data27) < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers/" + i12,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers/" + i12,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid21 = _errs55 === errors;
if(!valid21){
break;
}
}
if(valid21){
let i13 = data26.length;
let j6;
if(i13 > 1){
const indices1 = {};
for(;i13--;){
let item1 = data26[i13];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j6 = indices1[item1];
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)"}];
return false;
break;
}
indices1[item1] = i13;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs53 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.requiredCapability !== undefined){
let data28 = data23.requiredCapability;
const _errs57 = errors;
if(errors === _errs57){
if(typeof data28 === "string"){
if(func2(data28) < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs57 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.argsCommitment !== undefined){
let data29 = data23.argsCommitment;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data29)){
if(data29.length < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid23 = true;
const len7 = data29.length;
for(let i14=0; i14<len7; i14++){
let data30 = data29[i14];
const _errs61 = errors;
if(!((((data30 === "identity") || (data30 === "hash")) || (data30 === "reference")) || (data30 === "redacted"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment/" + i14,schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.argsCommitment.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs61 === errors;
if(!valid23){
break;
}
}
if(valid23){
let i15 = data29.length;
let j7;
if(i15 > 1){
outer5:
for(;i15--;){
for(j7 = i15; j7--;){
if(func0(data29[i15], data29[j7])){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)"}];
return false;
break outer5;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs59 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.failureMode !== undefined){
let data31 = data23.failureMode;
const _errs62 = errors;
if(!((data31 === "closed") || (data31 === "open"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/failureMode",schemaPath:"#/$defs/toolPolicy/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema38.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid18 = _errs62 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.identityTypes !== undefined){
let data32 = data23.identityTypes;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data32)){
if(data32.length < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid25 = true;
const len8 = data32.length;
for(let i16=0; i16<len8; i16++){
let data33 = data32[i16];
const _errs65 = errors;
if(!(((((data33 === "jwt") || (data33 === "did")) || (data33 === "oauth")) || (data33 === "mtls")) || (data33 === "operator"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes/" + i16,schemaPath:"#/$defs/toolPolicy/properties/identityTypes/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.identityTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid25 = _errs65 === errors;
if(!valid25){
break;
}
}
if(valid25){
let i17 = data32.length;
let j8;
if(i17 > 1){
outer6:
for(;i17--;){
for(j8 = i17; j8--;){
if(func0(data32[i17], data32[j8])){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)"}];
return false;
break outer6;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs63 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.singleUseCapToken !== undefined){
const _errs66 = errors;
if(typeof data23.singleUseCapToken !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/singleUseCapToken",schemaPath:"#/$defs/toolPolicy/properties/singleUseCapToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid18 = _errs66 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.requireProofOfPossession !== undefined){
const _errs68 = errors;
if(typeof data23.requireProofOfPossession !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requireProofOfPossession",schemaPath:"#/$defs/toolPolicy/properties/requireProofOfPossession/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid18 = _errs68 === errors;
}
else {
var valid18 = true;
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
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/toolPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs46 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs42 === errors;
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
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/policy.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validatePolicy: ((data: unknown) => data is Policy) & { errors?: ErrorObject[] | null } = validateRaw;
