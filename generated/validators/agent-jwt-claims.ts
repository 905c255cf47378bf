// DO NOT EDIT: this file is generated.
// Source: schemas/agent-jwt-claims.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { AgentJwtClaims } from "../types/agent-jwt-claims.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-jwt-claims.schema.json","title":"AgentJwtClaims","description":"The claims of an agent identity JWT (identity types `jwt` and `mtls`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-agent+jwt`, issued by an issuer in the policy's identity.jwt trust store. Closed. Lifetime (at most 3600 seconds) is checked by the verifier.","type":"object","required":["iss","sub","aud","iat","exp"],"additionalProperties":false,"properties":{"iss":{"$ref":"common.schema.json#/$defs/identifier"},"sub":{"description":"The agent identifier (agentId).","$ref":"common.schema.json#/$defs/actorId"},"aud":{"$ref":"common.schema.json#/$defs/identifier"},"iat":{"$ref":"common.schema.json#/$defs/unixTime"},"exp":{"$ref":"common.schema.json#/$defs/unixTime"},"operator":{"description":"The operator identifier (operatorId); default `iss`.","$ref":"common.schema.json#/$defs/identifier"},"sid":{"$ref":"common.schema.json#/$defs/sessionId"},"cnf":{"title":"AgentJwtConfirmation","description":"Confirmation (RFC 7800): `jkt`, the RFC 7638 thumbprint of a key, or `x5t#S256`, the base64url SHA-256 of the client certificate's DER (RFC 8705, required for type mtls).","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"jkt":{"$ref":"common.schema.json#/$defs/jwkThumbprint"},"x5t#S256":{"$ref":"common.schema.json#/$defs/jwkThumbprint"}}}},"$defs":{"header":{"title":"AgentJwtHeader","description":"The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.","type":"object","required":["alg","typ","kid"],"additionalProperties":false,"properties":{"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"typ":{"const":"mcp-agent+jwt"},"kid":{"description":"The key identifier in the issuer's JWKS.","type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"}}}},"examples":[{"iss":"https://agents.example","sub":"agent:archiver","aud":"https://files.example/mcp","iat":1780315200,"exp":1780318800,"operator":"https://operator.example"}]};
const schema33 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const schema34 = {"description":"Who a transport-identity call is made for (spec/transport-headers.md#mcp-actor): 1 to 256 printable ASCII characters without leading or trailing space, so that it fits an RFC 9651 sf-string unchanged.","type":"string","minLength":1,"maxLength":256,"pattern":"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$","examples":["user:alice@example.com"]};
const schema36 = {"description":"A JWT NumericDate (RFC 7519 section 2) written as an integer literal: whole seconds since the epoch.","type":"integer","minimum":0,"maximum":9007199254740991};
const schema39 = {"description":"An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.","type":"string","pattern":"^[A-Za-z0-9._~-]{16,128}$","examples":["s-7f3a9c2e4b1d8f60"]};
const schema40 = {"description":"An RFC 7638 JWK SHA-256 thumbprint, base64url without padding (43 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern5 = new RegExp("^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9._~-]{16,128}$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-jwt-claims.schema.json" */;
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
if((((((data.iss === undefined) && (missing0 = "iss")) || ((data.sub === undefined) && (missing0 = "sub"))) || ((data.aud === undefined) && (missing0 = "aud"))) || ((data.iat === undefined) && (missing0 = "iat"))) || ((data.exp === undefined) && (missing0 = "exp"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "iss") || (key0 === "sub")) || (key0 === "aud")) || (key0 === "iat")) || (key0 === "exp")) || (key0 === "operator")) || (key0 === "sid")) || (key0 === "cnf"))){
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
if(func1(data0) > 512){
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data0) < 1){
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
if(func1(data1) > 256){
validate20.errors = [{instancePath:instancePath+"/sub",schemaPath:"common.schema.json#/$defs/actorId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func1(data1) < 1){
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
if(func1(data2) > 512){
validate20.errors = [{instancePath:instancePath+"/aud",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data2) < 1){
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
if(data.iat !== undefined){
let data3 = data.iat;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate20.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/unixTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
validate20.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/unixTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate20.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/unixTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exp !== undefined){
let data4 = data.exp;
const _errs14 = errors;
const _errs15 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate20.errors = [{instancePath:instancePath+"/exp",schemaPath:"common.schema.json#/$defs/unixTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate20.errors = [{instancePath:instancePath+"/exp",schemaPath:"common.schema.json#/$defs/unixTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate20.errors = [{instancePath:instancePath+"/exp",schemaPath:"common.schema.json#/$defs/unixTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.operator !== undefined){
let data5 = data.operator;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(func1(data5) > 512){
validate20.errors = [{instancePath:instancePath+"/operator",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data5) < 1){
validate20.errors = [{instancePath:instancePath+"/operator",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data5)){
validate20.errors = [{instancePath:instancePath+"/operator",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/operator",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sid !== undefined){
let data6 = data.sid;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
validate20.errors = [{instancePath:instancePath+"/sid",schemaPath:"common.schema.json#/$defs/sessionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]{16,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]{16,128}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sid",schemaPath:"common.schema.json#/$defs/sessionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cnf !== undefined){
let data7 = data.cnf;
const _errs23 = errors;
if(errors === _errs23){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 1){
validate20.errors = [{instancePath:instancePath+"/cnf",schemaPath:"#/properties/cnf/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data7).length < 1){
validate20.errors = [{instancePath:instancePath+"/cnf",schemaPath:"#/properties/cnf/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data7){
if(!((key1 === "jkt") || (key1 === "x5t#S256"))){
validate20.errors = [{instancePath:instancePath+"/cnf",schemaPath:"#/properties/cnf/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data7.jkt !== undefined){
let data8 = data7.jkt;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
validate20.errors = [{instancePath:instancePath+"/cnf/jkt",schemaPath:"common.schema.json#/$defs/jwkThumbprint/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/cnf/jkt",schemaPath:"common.schema.json#/$defs/jwkThumbprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data7["x5t#S256"] !== undefined){
let data9 = data7["x5t#S256"];
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
validate20.errors = [{instancePath:instancePath+"/cnf/x5t#S256",schemaPath:"common.schema.json#/$defs/jwkThumbprint/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/cnf/x5t#S256",schemaPath:"common.schema.json#/$defs/jwkThumbprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
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
var valid0 = _errs23 === errors;
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
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/agent-jwt-claims.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateAgentJwtClaims: ((data: unknown) => data is AgentJwtClaims) & { errors?: ErrorObject[] | null } = validateRaw;
