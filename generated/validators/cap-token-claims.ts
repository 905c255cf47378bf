// DO NOT EDIT: this file is generated.
// Source: schemas/cap-token-claims.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { CapTokenClaims } from "../types/cap-token-claims.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/cap-token-claims.schema.json","title":"CapTokenClaims","description":"The claims set of one capability token (spec/transport-headers.md#capability-token), a compact JWS whose protected header is `$defs/header`. Closed: an unknown claim makes the token malformed (`token_malformed`). Lifetime, chain and scope rules are checked by the verifier, not by this schema.","type":"object","required":["iss","sub","aud","scope","iat","exp","jti"],"additionalProperties":false,"properties":{"iss":{"description":"The issuer: a root issuer, or the server that forwards the token (the parent's `aud`).","$ref":"common.schema.json#/$defs/identifier"},"sub":{"description":"The actor the capability is granted to; equal along a chain.","$ref":"common.schema.json#/$defs/actorId"},"aud":{"description":"The audience identifier of the server the token is presented to.","$ref":"common.schema.json#/$defs/identifier"},"scope":{"$ref":"common.schema.json#/$defs/scopeString"},"iat":{"$ref":"common.schema.json#/$defs/unixTime"},"exp":{"$ref":"common.schema.json#/$defs/unixTime"},"nbf":{"$ref":"common.schema.json#/$defs/unixTime"},"jti":{"description":"The token identifier: 16 to 128 base64url characters; the replay key of a single-use token.","type":"string","pattern":"^[A-Za-z0-9_-]{16,128}$"},"cnf":{"title":"CapTokenConfirmation","description":"Proof-of-possession confirmation (RFC 7800): the RFC 7638 thumbprint of the key the caller must prove possession of.","type":"object","required":["jkt"],"additionalProperties":false,"properties":{"jkt":{"$ref":"common.schema.json#/$defs/jwkThumbprint"}}},"parent":{"description":"In a forwarded token: the digest of the parent token's compact ASCII bytes.","$ref":"common.schema.json#/$defs/digest"},"sid":{"$ref":"common.schema.json#/$defs/sessionId"}},"$defs":{"header":{"title":"CapTokenHeader","description":"The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.","type":"object","required":["alg","typ","kid"],"additionalProperties":false,"properties":{"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"typ":{"const":"mcp-cap+jwt"},"kid":{"description":"The key identifier in the issuer's JWKS.","type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"}}}},"examples":[{"iss":"https://auth.example","sub":"user:alice@example.com","aud":"https://files.example/mcp","scope":"tools/call:delete_file tools/list","iat":1780315200,"exp":1780315500,"jti":"Zx1c8QmV2kP7rT4yB9nW"}]};
const schema33 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const schema34 = {"description":"Who a transport-identity call is made for (spec/transport-headers.md#mcp-actor): 1 to 256 printable ASCII characters without leading or trailing space, so that it fits an RFC 9651 sf-string unchanged.","type":"string","minLength":1,"maxLength":256,"pattern":"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$","examples":["user:alice@example.com"]};
const schema36 = {"description":"A scope as one string of scope entries separated by single spaces (the JWT convention of RFC 8693 section 4.2), as in a capability token's `scope` claim.","type":"string","maxLength":4096,"pattern":"^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)(?: (?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*))*$","examples":["tools/call:delete_file tools/list"]};
const schema37 = {"description":"A JWT NumericDate (RFC 7519 section 2) written as an integer literal: whole seconds since the epoch.","type":"integer","minimum":0,"maximum":9007199254740991};
const schema40 = {"description":"An RFC 7638 JWK SHA-256 thumbprint, base64url without padding (43 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"};
const schema41 = {"description":"A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.","type":"string","pattern":"^sha256:[0-9a-f]{64}$","examples":["sha256:866290b0c9b6a0bd5e1a77ba30a6e8a2b6dc1b4c8f2b9d2f5b3c3f0f2f9e8f8a"]};
const schema42 = {"description":"An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.","type":"string","pattern":"^[A-Za-z0-9._~-]{16,128}$","examples":["s-7f3a9c2e4b1d8f60"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern5 = new RegExp("^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$", "u");
const pattern7 = new RegExp("^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)(?: (?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*))*$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9_-]{16,128}$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", "u");
const pattern10 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9._~-]{16,128}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/cap-token-claims.schema.json" */;
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
if((((((((data.iss === undefined) && (missing0 = "iss")) || ((data.sub === undefined) && (missing0 = "sub"))) || ((data.aud === undefined) && (missing0 = "aud"))) || ((data.scope === undefined) && (missing0 = "scope"))) || ((data.iat === undefined) && (missing0 = "iat"))) || ((data.exp === undefined) && (missing0 = "exp"))) || ((data.jti === undefined) && (missing0 = "jti"))){
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
if(data.iss !== undefined){
let data0 = data.iss;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 512){
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sub !== undefined){
let data1 = data.sub;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 256){
validate20.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/actorId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/actorId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data1)){
validate20.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/actorId/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$"},message:"must match pattern \""+"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/actorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aud !== undefined){
let data2 = data.aud;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 512){
validate20.errors = [{instancePath:instancePath+"/aud",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate20.errors = [{instancePath:instancePath+"/aud",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data2)){
validate20.errors = [{instancePath:instancePath+"/aud",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/aud",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
let data3 = data.scope;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func2(data3) > 4096){
validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"common.schema.json#/$defs/scopeString/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern7.test(data3)){
validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"common.schema.json#/$defs/scopeString/pattern",keyword:"pattern",params:{pattern: "^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)(?: (?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*))*$"},message:"must match pattern \""+"^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)(?: (?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*))*$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"common.schema.json#/$defs/scopeString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs14 = errors;
const _errs15 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate20.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/unixTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate20.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/unixTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate20.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/unixTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.exp !== undefined){
let data5 = data.exp;
const _errs17 = errors;
const _errs18 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate20.errors = [{instancePath:instancePath+"/exp",schemaPath:"common.schema.json#/$defs/unixTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
validate20.errors = [{instancePath:instancePath+"/exp",schemaPath:"common.schema.json#/$defs/unixTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate20.errors = [{instancePath:instancePath+"/exp",schemaPath:"common.schema.json#/$defs/unixTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nbf !== undefined){
let data6 = data.nbf;
const _errs20 = errors;
const _errs21 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate20.errors = [{instancePath:instancePath+"/nbf",schemaPath:"common.schema.json#/$defs/unixTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/nbf",schemaPath:"common.schema.json#/$defs/unixTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/nbf",schemaPath:"common.schema.json#/$defs/unixTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jti !== undefined){
let data7 = data.jti;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
validate20.errors = [{instancePath:instancePath+"/jti",schemaPath:"#/properties/jti/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{16,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{16,128}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/jti",schemaPath:"#/properties/jti/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cnf !== undefined){
let data8 = data.cnf;
const _errs25 = errors;
if(errors === _errs25){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if((data8.jkt === undefined) && (missing1 = "jkt")){
validate20.errors = [{instancePath:instancePath+"/cnf",schemaPath:"#/properties/cnf/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key1 in data8){
if(!(key1 === "jkt")){
validate20.errors = [{instancePath:instancePath+"/cnf",schemaPath:"#/properties/cnf/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data8.jkt !== undefined){
let data9 = data8.jkt;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
validate20.errors = [{instancePath:instancePath+"/cnf/jkt",schemaPath:"common.schema.json#/$defs/jwkThumbprint/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/cnf/jkt",schemaPath:"common.schema.json#/$defs/jwkThumbprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/cnf",schemaPath:"#/properties/cnf/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parent !== undefined){
let data10 = data.parent;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
validate20.errors = [{instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sid !== undefined){
let data11 = data.sid;
const _errs34 = errors;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data11 === "string"){
if(!pattern11.test(data11)){
validate20.errors = [{instancePath:instancePath+"/sid",schemaPath:"common.schema.json#/$defs/sessionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]{16,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]{16,128}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sid",schemaPath:"common.schema.json#/$defs/sessionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs34 === errors;
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

/** Validates `data` against schemas/cap-token-claims.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateCapTokenClaims: ((data: unknown) => data is CapTokenClaims) & { errors?: ErrorObject[] | null } = validateRaw;
