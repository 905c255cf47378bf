// DO NOT EDIT: this file is generated.
// Source: schemas/agent-did-proof-claims.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { AgentDidProofClaims } from "../types/agent-did-proof-claims.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-did-proof-claims.schema.json","title":"AgentDidProofClaims","description":"The claims of a DID proof (identity type `did`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-agent-did+jwt`, signed with a key of the DID's document over a fresh server challenge. Closed. Lifetime (at most 300 seconds) and the challenge are checked by the verifier.","type":"object","required":["iss","aud","challenge","iat","exp"],"additionalProperties":false,"properties":{"iss":{"description":"The DID (W3C DID Core syntax, at most 512 characters); the agentId.","type":"string","maxLength":512,"pattern":"^did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]$"},"aud":{"$ref":"common.schema.json#/$defs/identifier"},"challenge":{"description":"The server's challenge: `<unix seconds>.<base64url HMAC-SHA256>`.","type":"string","pattern":"^[0-9]{1,16}\\.[A-Za-z0-9_-]{43}$"},"iat":{"$ref":"common.schema.json#/$defs/unixTime"},"exp":{"$ref":"common.schema.json#/$defs/unixTime"},"sid":{"$ref":"common.schema.json#/$defs/sessionId"}},"$defs":{"header":{"title":"AgentDidProofHeader","description":"The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.","type":"object","required":["alg","typ","kid"],"additionalProperties":false,"properties":{"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"typ":{"const":"mcp-agent-did+jwt"},"kid":{"description":"A DID URL naming the verification method: the DID, `#`, and a fragment.","type":"string","pattern":"^did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]#[A-Za-z0-9._~%!$&'()*+,;=:@/?-]{1,256}$","maxLength":1024}}}},"examples":[{"iss":"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK","aud":"https://files.example/mcp","challenge":"1780315200.3mVwWQ0QZQ7k0aJ9yq0c8o1xqg6cB8kC0bN0iXf3xQo","iat":1780315200,"exp":1780315260}]};
const schema33 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const schema34 = {"description":"A JWT NumericDate (RFC 7519 section 2) written as an integer literal: whole seconds since the epoch.","type":"integer","minimum":0,"maximum":9007199254740991};
const schema36 = {"description":"An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.","type":"string","pattern":"^[A-Za-z0-9._~-]{16,128}$","examples":["s-7f3a9c2e4b1d8f60"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]$", "u");
const pattern5 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern6 = new RegExp("^[0-9]{1,16}\\.[A-Za-z0-9_-]{43}$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9._~-]{16,128}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-did-proof-claims.schema.json" */;
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
if((((((data.iss === undefined) && (missing0 = "iss")) || ((data.aud === undefined) && (missing0 = "aud"))) || ((data.challenge === undefined) && (missing0 = "challenge"))) || ((data.iat === undefined) && (missing0 = "iat"))) || ((data.exp === undefined) && (missing0 = "exp"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "iss") || (key0 === "aud")) || (key0 === "challenge")) || (key0 === "iat")) || (key0 === "exp")) || (key0 === "sid"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.iss !== undefined){
let data0 = data.iss;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 512){
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"#/properties/iss/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"#/properties/iss/pattern",keyword:"pattern",params:{pattern: "^did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]$"},message:"must match pattern \""+"^did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/iss",schemaPath:"#/properties/iss/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aud !== undefined){
let data1 = data.aud;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func1(data1) > 512){
validate20.errors = [{instancePath:instancePath+"/aud",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/aud",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data1)){
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
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.challenge !== undefined){
let data2 = data.challenge;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate20.errors = [{instancePath:instancePath+"/challenge",schemaPath:"#/properties/challenge/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,16}\\.[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^[0-9]{1,16}\\.[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/challenge",schemaPath:"#/properties/challenge/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iat !== undefined){
let data3 = data.iat;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate20.errors = [{instancePath:instancePath+"/iat",schemaPath:"common.schema.json#/$defs/unixTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
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
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exp !== undefined){
let data4 = data.exp;
const _errs12 = errors;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate20.errors = [{instancePath:instancePath+"/exp",schemaPath:"common.schema.json#/$defs/unixTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
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
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sid !== undefined){
let data5 = data.sid;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
validate20.errors = [{instancePath:instancePath+"/sid",schemaPath:"common.schema.json#/$defs/sessionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]{16,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]{16,128}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sid",schemaPath:"common.schema.json#/$defs/sessionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
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
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/agent-did-proof-claims.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateAgentDidProofClaims: ((data: unknown) => data is AgentDidProofClaims) & { errors?: ErrorObject[] | null } = validateRaw;
