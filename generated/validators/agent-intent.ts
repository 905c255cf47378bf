// DO NOT EDIT: this file is generated.
// Source: schemas/agent-intent.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { AgentIntent } from "../types/agent-intent.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-intent.schema.json","title":"AgentIntent","description":"The `agent-intent` evidence item's value (spec/transport-headers.md#mcp-agent-intent): what the agent declares it is doing, and the methods and tools that covers. A declaration, not authority. Mirrored by the HTTP header `MCP-Agent-Intent` (an sf-dictionary).","type":"object","required":["purpose","scope"],"additionalProperties":false,"properties":{"purpose":{"description":"The declared purpose: 1 to 256 characters, not only white space, no control characters.","type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$"},"scope":{"description":"1 to 32 distinct scope entries.","type":"array","minItems":1,"maxItems":32,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/scopeEntry"}}},"x-mcp-header":{"name":"MCP-Agent-Intent","maxBytes":8192,"structure":"dictionary","dictionaryMembers":{"purpose":{"member":"purpose","type":"text"},"scope":{"member":"scope","type":"string-inner-list"}}},"examples":[{"purpose":"archive the Q3 report","scope":["tools/call:delete_file","tools/list"]},{"purpose":"Quartalsbericht prüfen","scope":["tools/call:*"]}]};
const schema33 = {"description":"One scope entry (spec/transport-headers.md#scope-entries): an MCP method such as `tools/list`, or `tools/call:<tool>` (tool name 1 to 128 of A-Z a-z 0-9 _ . -), or `tools/call:*`. A bare `tools/call` is not an entry.","type":"string","maxLength":160,"pattern":"^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$","examples":["tools/list","tools/call:delete_file","tools/call:*"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$", "u");
const pattern5 = new RegExp("^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-intent.schema.json" */;
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
if(((data.purpose === undefined) && (missing0 = "purpose")) || ((data.scope === undefined) && (missing0 = "scope"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "purpose") || (key0 === "scope"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate20.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$"},message:"must match pattern \""+"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"}];
return false;
}
else {
if(data1.length < 1){
validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
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
validate20.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"common.schema.json#/$defs/scopeEntry/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters"}];
return false;
}
else {
if(!pattern5.test(data2)){
validate20.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"common.schema.json#/$defs/scopeEntry/pattern",keyword:"pattern",params:{pattern: "^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$"},message:"must match pattern \""+"^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"common.schema.json#/$defs/scopeEntry/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
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
validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/agent-intent.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateAgentIntent: ((data: unknown) => data is AgentIntent) & { errors?: ErrorObject[] | null } = validateRaw;
