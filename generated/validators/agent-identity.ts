// DO NOT EDIT: this file is generated.
// Source: schemas/agent-identity.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { AgentIdentity } from "../types/agent-identity.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/agent-identity.schema.json","title":"AgentIdentity","description":"The `agent-identity` evidence item's value (spec/transport-headers.md#mcp-agent-identity): a proof of which agent (and operator) makes the call, of one of five types. Mirrored by the HTTP header `MCP-Agent-Identity` (an sf-token with the parameter `credential`, an sf-string).","type":"object","required":["type","credential"],"additionalProperties":false,"properties":{"type":{"description":"The kind of proof (spec/transport-headers.md#agent-identity-types).","enum":["jwt","did","oauth","mtls","operator"]},"credential":{"description":"The proof: a compact JWS for jwt, did, mtls and operator; an opaque access token for oauth.","$ref":"common.schema.json#/$defs/compactJws"}},"x-mcp-header":{"name":"MCP-Agent-Identity","maxBytes":8192,"structure":"item","bareItem":{"member":"type","type":"token"},"parameters":{"credential":{"member":"credential","type":"string"}}},"examples":[{"type":"oauth","credential":"2YotnFZFEjr1zCsicMWpAA"}]};
const schema33 = {"description":"A compact JWS or JWT as carried in evidence: 1 to 4096 characters. Its structure (three canonical base64url segments) is checked by the verifier with reason `token_malformed`, not by this schema.","type":"string","minLength":1,"maxLength":4096};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/agent-identity.schema.json" */;
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
if(((data.type === undefined) && (missing0 = "type")) || ((data.credential === undefined) && (missing0 = "credential"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "credential"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs3 = errors;
if(!(((((data0 === "jwt") || (data0 === "did")) || (data0 === "oauth")) || (data0 === "mtls")) || (data0 === "operator"))){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.type.enum},message:"must be equal to one of the allowed values"}];
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
validate20.errors = [{instancePath:instancePath+"/credential",schemaPath:"common.schema.json#/$defs/compactJws/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/credential",schemaPath:"common.schema.json#/$defs/compactJws/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/credential",schemaPath:"common.schema.json#/$defs/compactJws/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/agent-identity.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateAgentIdentity: ((data: unknown) => data is AgentIdentity) & { errors?: ErrorObject[] | null } = validateRaw;
