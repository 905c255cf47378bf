// DO NOT EDIT: this file is generated.
// Source: schemas/actor.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { Actor } from "../types/actor.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/actor.schema.json","title":"Actor","description":"The `actor` evidence item's value (spec/transport-headers.md#mcp-actor): whom the call is made for. Mirrored by the HTTP header `MCP-Actor` (an sf-string); the body is authoritative.","type":"object","required":["id"],"additionalProperties":false,"properties":{"id":{"$ref":"common.schema.json#/$defs/actorId"}},"x-mcp-header":{"name":"MCP-Actor","maxBytes":8192,"structure":"item","bareItem":{"member":"id","type":"string"}},"examples":[{"id":"user:alice@example.com"}]};
const schema33 = {"description":"Who a transport-identity call is made for (spec/transport-headers.md#mcp-actor): 1 to 256 printable ASCII characters without leading or trailing space, so that it fits an RFC 9651 sf-string unchanged.","type":"string","minLength":1,"maxLength":256,"pattern":"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$","examples":["user:alice@example.com"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/actor.schema.json" */;
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
if((data.id === undefined) && (missing0 = "id")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "id")){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$"},message:"must match pattern \""+"^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/actorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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

/** Validates `data` against schemas/actor.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateActor: ((data: unknown) => data is Actor) & { errors?: ErrorObject[] | null } = validateRaw;
