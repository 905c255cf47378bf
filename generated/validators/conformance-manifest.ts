// DO NOT EDIT: this file is generated.
// Source: schemas/conformance-manifest.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { ConformanceManifest } from "../types/conformance-manifest.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/conformance-manifest.schema.json","title":"ConformanceManifest","description":"Pins every vector file of a suite version by SHA-256 (conformance/README.md). `setHash` is the SHA-256 of the lines `<sha256>  <path>\\n` sorted by path.","type":"object","required":["suiteVersion","files","setHash"],"additionalProperties":false,"properties":{"suiteVersion":{"type":"string","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$"},"files":{"type":"object","propertyNames":{"pattern":"^vectors/[a-z0-9-]+/[a-z0-9-]+\\.json$"},"additionalProperties":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"setHash":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};
const pattern4 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const pattern5 = new RegExp("^vectors/[a-z0-9-]+/[a-z0-9-]+\\.json$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/conformance-manifest.schema.json" */;
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
if((((data.suiteVersion === undefined) && (missing0 = "suiteVersion")) || ((data.files === undefined) && (missing0 = "files"))) || ((data.setHash === undefined) && (missing0 = "setHash"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "suiteVersion") || (key0 === "files")) || (key0 === "setHash"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.suiteVersion !== undefined){
let data0 = data.suiteVersion;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/suiteVersion",schemaPath:"#/properties/suiteVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/suiteVersion",schemaPath:"#/properties/suiteVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.files !== undefined){
let data1 = data.files;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err0 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/propertyNames/pattern",keyword:"pattern",params:{pattern: "^vectors/[a-z0-9-]+/[a-z0-9-]+\\.json$"},message:"must match pattern \""+"^vectors/[a-z0-9-]+/[a-z0-9-]+\\.json$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err1 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data1){
let data2 = data1[key2];
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate20.errors = [{instancePath:instancePath+"/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/files/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/files/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.setHash !== undefined){
let data3 = data.setHash;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate20.errors = [{instancePath:instancePath+"/setHash",schemaPath:"#/properties/setHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/setHash",schemaPath:"#/properties/setHash/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
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

/** Validates `data` against schemas/conformance-manifest.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateConformanceManifest: ((data: unknown) => data is ConformanceManifest) & { errors?: ErrorObject[] | null } = validateRaw;
