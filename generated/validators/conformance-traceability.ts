// DO NOT EDIT: this file is generated.
// Source: schemas/conformance-traceability.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { Traceability } from "../types/conformance-traceability.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/conformance-traceability.schema.json","title":"Traceability","description":"Maps every normative statement (MUST, MUST NOT, SHOULD, SHOULD NOT, REQUIRED, SHALL, RECOMMENDED) of one spec draft to the vectors that exercise it (conformance/README.md#traceability).","type":"object","required":["spec","requirements"],"additionalProperties":false,"properties":{"spec":{"description":"The draft's file stem, e.g. tool-call-attestation.","type":"string","pattern":"^[a-z0-9-]+$"},"requirements":{"type":"array","items":{"$ref":"#/$defs/requirement"}}},"$defs":{"requirement":{"title":"Requirement","type":"object","required":["id","level","text"],"additionalProperties":false,"properties":{"id":{"description":"<draft>#<section anchor>/<short name>","type":"string","pattern":"^[a-z0-9-]+#[a-z0-9-]+/[a-z0-9-]+$"},"level":{"enum":["MUST","MUST NOT","SHOULD","SHOULD NOT","REQUIRED","SHALL","RECOMMENDED"]},"text":{"description":"A verbatim excerpt of the normative statement (white space normalised).","type":"string","minLength":10},"positive":{"description":"Vectors where the requirement is met and the input is accepted (or the compliant outcome observed).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string"}},"negative":{"description":"Vectors where the requirement is violated and the verifier must refuse.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string"}},"excluded":{"description":"Why no vector can test this requirement through the adapter contract.","type":"string","minLength":10}},"oneOf":[{"required":["positive","negative"],"not":{"required":["excluded"]}},{"required":["excluded"],"not":{"anyOf":[{"required":["positive"]},{"required":["negative"]}]}}]}}};
const schema32 = {"title":"Requirement","type":"object","required":["id","level","text"],"additionalProperties":false,"properties":{"id":{"description":"<draft>#<section anchor>/<short name>","type":"string","pattern":"^[a-z0-9-]+#[a-z0-9-]+/[a-z0-9-]+$"},"level":{"enum":["MUST","MUST NOT","SHOULD","SHOULD NOT","REQUIRED","SHALL","RECOMMENDED"]},"text":{"description":"A verbatim excerpt of the normative statement (white space normalised).","type":"string","minLength":10},"positive":{"description":"Vectors where the requirement is met and the input is accepted (or the compliant outcome observed).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string"}},"negative":{"description":"Vectors where the requirement is violated and the verifier must refuse.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string"}},"excluded":{"description":"Why no vector can test this requirement through the adapter contract.","type":"string","minLength":10}},"oneOf":[{"required":["positive","negative"],"not":{"required":["excluded"]}},{"required":["excluded"],"not":{"anyOf":[{"required":["positive"]},{"required":["negative"]}]}}]};
const pattern4 = new RegExp("^[a-z0-9-]+$", "u");
const pattern5 = new RegExp("^[a-z0-9-]+#[a-z0-9-]+/[a-z0-9-]+$", "u");
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/conformance-traceability.schema.json" */;
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
if(((data.spec === undefined) && (missing0 = "spec")) || ((data.requirements === undefined) && (missing0 = "requirements"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "spec") || (key0 === "requirements"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.spec !== undefined){
let data0 = data.spec;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requirements !== undefined){
let data1 = data.requirements;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
const _errs7 = errors;
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.excluded === undefined) && (missing1 = "excluded")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid4 = _errs12 === errors;
if(valid4){
const err1 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/oneOf/0/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((data2.positive === undefined) && (missing2 = "positive")) || ((data2.negative === undefined) && (missing2 = "negative"))){
const err2 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/oneOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs13 = errors;
const _errs14 = errors;
const _errs15 = errors;
const _errs16 = errors;
let valid6 = false;
const _errs17 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing3;
if((data2.positive === undefined) && (missing3 = "positive")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid1 = _errs17 === errors;
valid6 = valid6 || _valid1;
const _errs18 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing4;
if((data2.negative === undefined) && (missing4 = "negative")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs18 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid5 = _errs15 === errors;
if(valid5){
const err6 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(errors === _errs13){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing5;
if((data2.excluded === undefined) && (missing5 = "excluded")){
const err7 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/oneOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err8 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing6;
if((((data2.id === undefined) && (missing6 = "id")) || ((data2.level === undefined) && (missing6 = "level"))) || ((data2.text === undefined) && (missing6 = "text"))){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs19 = errors;
for(const key1 in data2){
if(!((((((key1 === "id") || (key1 === "level")) || (key1 === "text")) || (key1 === "positive")) || (key1 === "negative")) || (key1 === "excluded"))){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs19 === errors){
if(data2.id !== undefined){
let data3 = data2.id;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/id",schemaPath:"#/$defs/requirement/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+#[a-z0-9-]+/[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+#[a-z0-9-]+/[a-z0-9-]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/id",schemaPath:"#/$defs/requirement/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs20 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.level !== undefined){
let data4 = data2.level;
const _errs22 = errors;
if(!(((((((data4 === "MUST") || (data4 === "MUST NOT")) || (data4 === "SHOULD")) || (data4 === "SHOULD NOT")) || (data4 === "REQUIRED")) || (data4 === "SHALL")) || (data4 === "RECOMMENDED"))){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/level",schemaPath:"#/$defs/requirement/properties/level/enum",keyword:"enum",params:{allowedValues: schema32.properties.level.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs22 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.text !== undefined){
let data5 = data2.text;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data5 === "string"){
if(func1(data5) < 10){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/text",schemaPath:"#/$defs/requirement/properties/text/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/text",schemaPath:"#/$defs/requirement/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs23 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.positive !== undefined){
let data6 = data2.positive;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data6)){
if(data6.length < 1){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/positive",schemaPath:"#/$defs/requirement/properties/positive/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs27 = errors;
if(typeof data6[i1] !== "string"){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/positive/" + i1,schemaPath:"#/$defs/requirement/properties/positive/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs27 === errors;
if(!valid8){
break;
}
}
if(valid8){
let i2 = data6.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data6[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/positive",schemaPath:"#/$defs/requirement/properties/positive/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"}];
return false;
break;
}
indices0[item0] = i2;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/positive",schemaPath:"#/$defs/requirement/properties/positive/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs25 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.negative !== undefined){
let data8 = data2.negative;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data8)){
if(data8.length < 1){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/negative",schemaPath:"#/$defs/requirement/properties/negative/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid10 = true;
const len2 = data8.length;
for(let i3=0; i3<len2; i3++){
const _errs31 = errors;
if(typeof data8[i3] !== "string"){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/negative/" + i3,schemaPath:"#/$defs/requirement/properties/negative/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs31 === errors;
if(!valid10){
break;
}
}
if(valid10){
let i4 = data8.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data8[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/negative",schemaPath:"#/$defs/requirement/properties/negative/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"}];
return false;
break;
}
indices1[item1] = i4;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/negative",schemaPath:"#/$defs/requirement/properties/negative/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.excluded !== undefined){
let data10 = data2.excluded;
const _errs33 = errors;
if(errors === _errs33){
if(typeof data10 === "string"){
if(func1(data10) < 10){
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/excluded",schemaPath:"#/$defs/requirement/properties/excluded/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0+"/excluded",schemaPath:"#/$defs/requirement/properties/excluded/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
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
validate20.errors = [{instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/$defs/requirement/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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

/** Validates `data` against schemas/conformance-traceability.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateTraceability: ((data: unknown) => data is Traceability) & { errors?: ErrorObject[] | null } = validateRaw;
