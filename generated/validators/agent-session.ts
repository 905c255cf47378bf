// DO NOT EDIT: this file is generated.
// Source: schemas/agent-session.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { AgentSession } from "../types/agent-session.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-session.schema.json","title":"AgentSession","description":"The `agent-session` evidence item's value (spec/transport-headers.md#mcp-agent-session): the agent session this call belongs to. Mirrored by the HTTP header `MCP-Agent-Session` (an sf-string).","type":"object","required":["id"],"additionalProperties":false,"properties":{"id":{"$ref":"common.schema.json#/$defs/sessionId"}},"x-mcp-header":{"name":"MCP-Agent-Session","maxBytes":8192,"structure":"item","bareItem":{"member":"id","type":"string"}},"examples":[{"id":"s-7f3a9c2e4b1d8f60"}]};
const schema33 = {"description":"An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.","type":"string","pattern":"^[A-Za-z0-9._~-]{16,128}$","examples":["s-7f3a9c2e4b1d8f60"]};
const pattern4 = new RegExp("^[A-Za-z0-9._~-]{16,128}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-session.schema.json" */;
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
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/sessionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]{16,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]{16,128}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/sessionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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

/** Validates `data` against schemas/agent-session.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateAgentSession: ((data: unknown) => data is AgentSession) & { errors?: ErrorObject[] | null } = validateRaw;
