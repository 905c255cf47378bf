// DO NOT EDIT: this file is generated.
// Source: schemas/operator-credential-claims.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { OperatorCredentialClaims } from "../types/operator-credential-claims.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/operator-credential-claims.schema.json","title":"OperatorCredentialClaims","description":"The claims of an operator credential (identity type `operator`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-operator-credential+jwt`, issued by the operator itself (its `iss` is the operatorId and is in the policy's identity.operator trust store). Closed. Lifetime (at most 86400 seconds) is checked by the verifier.","type":"object","required":["iss","sub","aud","iat","exp"],"additionalProperties":false,"properties":{"iss":{"description":"The operator identifier (operatorId).","$ref":"common.schema.json#/$defs/identifier"},"sub":{"description":"The agent identifier (agentId).","$ref":"common.schema.json#/$defs/actorId"},"aud":{"$ref":"common.schema.json#/$defs/identifier"},"iat":{"$ref":"common.schema.json#/$defs/unixTime"},"exp":{"$ref":"common.schema.json#/$defs/unixTime"},"sid":{"$ref":"common.schema.json#/$defs/sessionId"}},"$defs":{"header":{"title":"OperatorCredentialHeader","description":"The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.","type":"object","required":["alg","typ","kid"],"additionalProperties":false,"properties":{"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"typ":{"const":"mcp-operator-credential+jwt"},"kid":{"description":"The key identifier in the operator's JWKS.","type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"}}}},"examples":[{"iss":"https://operator.example","sub":"agent:archiver","aud":"https://files.example/mcp","iat":1780315200,"exp":1780401600}]};
const schema33 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const schema34 = {"description":"Who a transport-identity call is made for (spec/transport-headers.md#mcp-actor): 1 to 256 printable ASCII characters without leading or trailing space, so that it fits an RFC 9651 sf-string unchanged.","type":"string","minLength":1,"maxLength":256,"pattern":"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$","examples":["user:alice@example.com"]};
const schema36 = {"description":"A JWT NumericDate (RFC 7519 section 2) written as an integer literal: whole seconds since the epoch.","type":"integer","minimum":0,"maximum":9007199254740991};
const schema38 = {"description":"An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.","type":"string","pattern":"^[A-Za-z0-9._~-]{16,128}$","examples":["s-7f3a9c2e4b1d8f60"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern5 = new RegExp("^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9._~-]{16,128}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/operator-credential-claims.schema.json" */;
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
if(!((((((key0 === "iss") || (key0 === "sub")) || (key0 === "aud")) || (key0 === "iat")) || (key0 === "exp")) || (key0 === "sid"))){
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
if(data.sid !== undefined){
let data5 = data.sid;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
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
var valid0 = _errs17 === errors;
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

/** Validates `data` against schemas/operator-credential-claims.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateOperatorCredentialClaims: ((data: unknown) => data is OperatorCredentialClaims) & { errors?: ErrorObject[] | null } = validateRaw;
