// DO NOT EDIT: this file is generated.
// Source: schemas/cap-token.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { CapToken } from "../types/cap-token.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/cap-token.schema.json","title":"CapToken","description":"The `cap-token` evidence item's value (spec/transport-headers.md#mcp-cap-token): a capability token chain, root first and the leaf (the token presented to this server) last. Mirrored by the HTTP header `MCP-Cap-Token` (an sf-list of sf-strings). Each token is a compact JWS whose header and claims are cap-token-claims.schema.json.","type":"object","required":["tokens"],"additionalProperties":false,"properties":{"tokens":{"type":"array","minItems":1,"maxItems":4,"items":{"$ref":"common.schema.json#/$defs/compactJws"}}},"x-mcp-header":{"name":"MCP-Cap-Token","maxBytes":16384,"structure":"list","listMembers":{"member":"tokens","type":"string"}},"examples":[{"tokens":["eyJhbGciOiJFUzI1NiIsImtpZCI6ImNhcC0xIiwidHlwIjoibWNwLWNhcCtqd3QifQ.e30.c2ln"]}]};
const schema33 = {"description":"A compact JWS or JWT as carried in evidence: 1 to 4096 characters. Its structure (three canonical base64url segments) is checked by the verifier with reason `token_malformed`, not by this schema.","type":"string","minLength":1,"maxLength":4096};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/cap-token.schema.json" */;
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
if((data.tokens === undefined) && (missing0 = "tokens")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "tokens")){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate20.errors = [{instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
if(data0.length < 1){
validate20.errors = [{instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
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
validate20.errors = [{instancePath:instancePath+"/tokens/" + i0,schemaPath:"common.schema.json#/$defs/compactJws/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/tokens/" + i0,schemaPath:"common.schema.json#/$defs/compactJws/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tokens/" + i0,schemaPath:"common.schema.json#/$defs/compactJws/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate20.errors = [{instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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

/** Validates `data` against schemas/cap-token.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateCapToken: ((data: unknown) => data is CapToken) & { errors?: ErrorObject[] | null } = validateRaw;
