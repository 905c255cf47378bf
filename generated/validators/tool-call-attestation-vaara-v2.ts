// DO NOT EDIT: this file is generated.
// Source: schemas/tool-call-attestation-vaara-v2.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { ToolCallAttestationVaaraV2 } from "../types/tool-call-attestation-vaara-v2.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/tool-call-attestation-vaara-v2.schema.json","title":"ToolCallAttestationVaaraV2","description":"The earlier SEP-2787 shape used by the PR 2789 and vaara vectors, read as the `vaara-v2` compatibility profile (spec/tool-call-attestation.md#compatibility-profile-vaara-v2). The schema is closed.","type":"object","required":["version","alg","issuerAsserted","plannerDeclared","payloadDerived","signature"],"additionalProperties":false,"properties":{"version":{"const":1},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"issuerAsserted":{"type":"object","required":["alg","iss","sub","secretVersion","iat","expSeconds","nonce"],"additionalProperties":false,"properties":{"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"iss":{"$ref":"common.schema.json#/$defs/identifier"},"sub":{"$ref":"common.schema.json#/$defs/identifier"},"secretVersion":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"iat":{"$ref":"common.schema.json#/$defs/timestamp"},"expSeconds":{"type":"integer","minimum":1,"maximum":86400},"nonce":{"type":"string","pattern":"^[\\x21-\\x7e]{8,256}$"}}},"plannerDeclared":{"type":"object","required":["intent"],"additionalProperties":false,"properties":{"intent":{"type":"string","minLength":1,"maxLength":4096,"pattern":"\\S"},"requestedCapability":{"type":"string","minLength":1,"maxLength":256}}},"payloadDerived":{"type":"object","required":["toolCalls"],"additionalProperties":false,"properties":{"toolCalls":{"type":"array","minItems":1,"maxItems":64,"items":{"type":"object","required":["name","serverFingerprint","args"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":128},"serverFingerprint":{"type":"string","minLength":1,"maxLength":512},"args":{"oneOf":[{"$ref":"#/$defs/argsRef"},{"$ref":"#/$defs/argsProjection"}]}}}}}},"signature":{"$ref":"common.schema.json#/$defs/signatureHex"}},"$defs":{"argsRef":{"title":"VaaraArgsRef","type":"object","required":["ref","digest","canonicalization"],"additionalProperties":false,"properties":{"ref":{"type":"string","minLength":1,"maxLength":2048},"digest":{"$ref":"common.schema.json#/$defs/digest"},"canonicalization":{"const":"jcs"}}},"argsProjection":{"title":"VaaraArgsProjection","type":"object","required":["projection","projectionDigest"],"additionalProperties":false,"properties":{"projection":{"type":"string","minLength":2,"maxLength":65536},"projectionDigest":{"$ref":"common.schema.json#/$defs/digest"}}}}};
const schema33 = {"description":"A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.","type":"string","pattern":"^[A-Za-z0-9+_-]{1,32}$"};
const schema35 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const schema37 = {"description":"An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"};
const schema42 = {"description":"A signature as lowercase hex with an even number of digits.","type":"string","pattern":"^(?:[0-9a-f]{2}){16,1024}$"};
const pattern4 = new RegExp("^[A-Za-z0-9+_-]{1,32}$", "u");
const pattern6 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern8 = new RegExp("^[\\x21-\\x7e]{1,128}$", "u");
const pattern9 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$", "u");
const pattern10 = new RegExp("^[\\x21-\\x7e]{8,256}$", "u");
const pattern11 = new RegExp("\\S", "u");
const pattern14 = new RegExp("^(?:[0-9a-f]{2}){16,1024}$", "u");
const func1 = require("ajv/dist/runtime/ucs2length").default;
const schema38 = {"title":"VaaraArgsRef","type":"object","required":["ref","digest","canonicalization"],"additionalProperties":false,"properties":{"ref":{"type":"string","minLength":1,"maxLength":2048},"digest":{"$ref":"common.schema.json#/$defs/digest"},"canonicalization":{"const":"jcs"}}};
const schema39 = {"description":"A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.","type":"string","pattern":"^sha256:[0-9a-f]{64}$","examples":["sha256:866290b0c9b6a0bd5e1a77ba30a6e8a2b6dc1b4c8f2b9d2f5b3c3f0f2f9e8f8a"]};
const pattern12 = new RegExp("^sha256:[0-9a-f]{64}$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.ref === undefined) && (missing0 = "ref")) || ((data.digest === undefined) && (missing0 = "digest"))) || ((data.canonicalization === undefined) && (missing0 = "canonicalization"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "ref") || (key0 === "digest")) || (key0 === "canonicalization"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.ref !== undefined){
let data0 = data.ref;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 2048){
validate22.errors = [{instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate22.errors = [{instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.digest !== undefined){
let data1 = data.digest;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate22.errors = [{instancePath:instancePath+"/digest",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/digest",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.canonicalization !== undefined){
const _errs7 = errors;
if("jcs" !== data.canonicalization){
validate22.errors = [{instancePath:instancePath+"/canonicalization",schemaPath:"#/properties/canonicalization/const",keyword:"const",params:{allowedValue: "jcs"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"title":"VaaraArgsProjection","type":"object","required":["projection","projectionDigest"],"additionalProperties":false,"properties":{"projection":{"type":"string","minLength":2,"maxLength":65536},"projectionDigest":{"$ref":"common.schema.json#/$defs/digest"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.projection === undefined) && (missing0 = "projection")) || ((data.projectionDigest === undefined) && (missing0 = "projectionDigest"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "projection") || (key0 === "projectionDigest"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.projection !== undefined){
let data0 = data.projection;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 65536){
validate24.errors = [{instancePath:instancePath+"/projection",schemaPath:"#/properties/projection/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"}];
return false;
}
else {
if(func1(data0) < 2){
validate24.errors = [{instancePath:instancePath+"/projection",schemaPath:"#/properties/projection/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/projection",schemaPath:"#/properties/projection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.projectionDigest !== undefined){
let data1 = data.projectionDigest;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate24.errors = [{instancePath:instancePath+"/projectionDigest",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/projectionDigest",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/tool-call-attestation-vaara-v2.schema.json" */;
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
if(((((((data.version === undefined) && (missing0 = "version")) || ((data.alg === undefined) && (missing0 = "alg"))) || ((data.issuerAsserted === undefined) && (missing0 = "issuerAsserted"))) || ((data.plannerDeclared === undefined) && (missing0 = "plannerDeclared"))) || ((data.payloadDerived === undefined) && (missing0 = "payloadDerived"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "version") || (key0 === "alg")) || (key0 === "issuerAsserted")) || (key0 === "plannerDeclared")) || (key0 === "payloadDerived")) || (key0 === "signature"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.version !== undefined){
const _errs2 = errors;
if(1 !== data.version){
validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.alg !== undefined){
let data1 = data.alg;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate20.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issuerAsserted !== undefined){
let data2 = data.issuerAsserted;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((((((data2.alg === undefined) && (missing1 = "alg")) || ((data2.iss === undefined) && (missing1 = "iss"))) || ((data2.sub === undefined) && (missing1 = "sub"))) || ((data2.secretVersion === undefined) && (missing1 = "secretVersion"))) || ((data2.iat === undefined) && (missing1 = "iat"))) || ((data2.expSeconds === undefined) && (missing1 = "expSeconds"))) || ((data2.nonce === undefined) && (missing1 = "nonce"))){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted",schemaPath:"#/properties/issuerAsserted/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!(((((((key1 === "alg") || (key1 === "iss")) || (key1 === "sub")) || (key1 === "secretVersion")) || (key1 === "iat")) || (key1 === "expSeconds")) || (key1 === "nonce"))){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted",schemaPath:"#/properties/issuerAsserted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.alg !== undefined){
let data3 = data2.alg;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.iss !== undefined){
let data4 = data2.iss;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data4 === "string"){
if(func1(data4) > 512){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/iss",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data4) < 1){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/iss",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern6.test(data4)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/iss",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/iss",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.sub !== undefined){
let data5 = data2.sub;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(func1(data5) > 512){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/sub",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data5) < 1){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/sub",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern6.test(data5)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/sub",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/sub",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.secretVersion !== undefined){
let data6 = data2.secretVersion;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/secretVersion",schemaPath:"#/properties/issuerAsserted/properties/secretVersion/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{1,128}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/secretVersion",schemaPath:"#/properties/issuerAsserted/properties/secretVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.iat !== undefined){
let data7 = data2.iat;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/iat",schemaPath:"common.schema.json#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/iat",schemaPath:"common.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.expSeconds !== undefined){
let data8 = data2.expSeconds;
const _errs23 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/expSeconds",schemaPath:"#/properties/issuerAsserted/properties/expSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 86400 || isNaN(data8)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/expSeconds",schemaPath:"#/properties/issuerAsserted/properties/expSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400"}];
return false;
}
else {
if(data8 < 1 || isNaN(data8)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/expSeconds",schemaPath:"#/properties/issuerAsserted/properties/expSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.nonce !== undefined){
let data9 = data2.nonce;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data9 === "string"){
if(!pattern10.test(data9)){
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/nonce",schemaPath:"#/properties/issuerAsserted/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{8,256}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{8,256}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/issuerAsserted/nonce",schemaPath:"#/properties/issuerAsserted/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
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
validate20.errors = [{instancePath:instancePath+"/issuerAsserted",schemaPath:"#/properties/issuerAsserted/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.plannerDeclared !== undefined){
let data10 = data.plannerDeclared;
const _errs27 = errors;
if(errors === _errs27){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if((data10.intent === undefined) && (missing2 = "intent")){
validate20.errors = [{instancePath:instancePath+"/plannerDeclared",schemaPath:"#/properties/plannerDeclared/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs29 = errors;
for(const key2 in data10){
if(!((key2 === "intent") || (key2 === "requestedCapability"))){
validate20.errors = [{instancePath:instancePath+"/plannerDeclared",schemaPath:"#/properties/plannerDeclared/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs29 === errors){
if(data10.intent !== undefined){
let data11 = data10.intent;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data11 === "string"){
if(func1(data11) > 4096){
validate20.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/properties/plannerDeclared/properties/intent/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func1(data11) < 1){
validate20.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/properties/plannerDeclared/properties/intent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern11.test(data11)){
validate20.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/properties/plannerDeclared/properties/intent/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/plannerDeclared/intent",schemaPath:"#/properties/plannerDeclared/properties/intent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data10.requestedCapability !== undefined){
let data12 = data10.requestedCapability;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data12 === "string"){
if(func1(data12) > 256){
validate20.errors = [{instancePath:instancePath+"/plannerDeclared/requestedCapability",schemaPath:"#/properties/plannerDeclared/properties/requestedCapability/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func1(data12) < 1){
validate20.errors = [{instancePath:instancePath+"/plannerDeclared/requestedCapability",schemaPath:"#/properties/plannerDeclared/properties/requestedCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/plannerDeclared/requestedCapability",schemaPath:"#/properties/plannerDeclared/properties/requestedCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/plannerDeclared",schemaPath:"#/properties/plannerDeclared/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.payloadDerived !== undefined){
let data13 = data.payloadDerived;
const _errs34 = errors;
if(errors === _errs34){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing3;
if((data13.toolCalls === undefined) && (missing3 = "toolCalls")){
validate20.errors = [{instancePath:instancePath+"/payloadDerived",schemaPath:"#/properties/payloadDerived/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs36 = errors;
for(const key3 in data13){
if(!(key3 === "toolCalls")){
validate20.errors = [{instancePath:instancePath+"/payloadDerived",schemaPath:"#/properties/payloadDerived/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs36 === errors){
if(data13.toolCalls !== undefined){
let data14 = data13.toolCalls;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data14)){
if(data14.length > 64){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls",schemaPath:"#/properties/payloadDerived/properties/toolCalls/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
if(data14.length < 1){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls",schemaPath:"#/properties/payloadDerived/properties/toolCalls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid9 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
const _errs39 = errors;
if(errors === _errs39){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing4;
if((((data15.name === undefined) && (missing4 = "name")) || ((data15.serverFingerprint === undefined) && (missing4 = "serverFingerprint"))) || ((data15.args === undefined) && (missing4 = "args"))){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0,schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs41 = errors;
for(const key4 in data15){
if(!(((key4 === "name") || (key4 === "serverFingerprint")) || (key4 === "args"))){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0,schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data15.name !== undefined){
let data16 = data15.name;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data16 === "string"){
if(func1(data16) > 128){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/name",schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data16) < 1){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/name",schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/name",schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs42 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.serverFingerprint !== undefined){
let data17 = data15.serverFingerprint;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data17 === "string"){
if(func1(data17) > 512){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/serverFingerprint",schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/properties/serverFingerprint/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func1(data17) < 1){
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/serverFingerprint",schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/properties/serverFingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/serverFingerprint",schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/properties/serverFingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.args !== undefined){
let data18 = data15.args;
const _errs46 = errors;
const _errs47 = errors;
let valid11 = false;
let passing0 = null;
const _errs48 = errors;
if(!(validate22(data18, {instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/args",parentData:data15,parentDataProperty:"args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var _valid0 = _errs48 === errors;
if(_valid0){
valid11 = true;
passing0 = 0;
var props0 = true;
}
const _errs49 = errors;
if(!(validate24(data18, {instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/args",parentData:data15,parentDataProperty:"args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs49 === errors;
if(_valid0 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid11 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid11){
const err0 = {instancePath:instancePath+"/payloadDerived/toolCalls/" + i0+"/args",schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/properties/args/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls/" + i0,schemaPath:"#/properties/payloadDerived/properties/toolCalls/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs39 === errors;
if(!valid9){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/payloadDerived/toolCalls",schemaPath:"#/properties/payloadDerived/properties/toolCalls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/payloadDerived",schemaPath:"#/properties/payloadDerived/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data19 = data.signature;
const _errs50 = errors;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data19 === "string"){
if(!pattern14.test(data19)){
validate20.errors = [{instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signatureHex/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{2}){16,1024}$"},message:"must match pattern \""+"^(?:[0-9a-f]{2}){16,1024}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signatureHex/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs50 === errors;
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

/** Validates `data` against schemas/tool-call-attestation-vaara-v2.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateToolCallAttestationVaaraV2: ((data: unknown) => data is ToolCallAttestationVaaraV2) & { errors?: ErrorObject[] | null } = validateRaw;
