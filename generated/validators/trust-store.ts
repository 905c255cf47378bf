// DO NOT EDIT: this file is generated.
// Source: schemas/trust-store.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { TrustStore } from "../types/trust-store.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/trust-store.schema.json","title":"TrustStore","description":"The verifier's keys, one JWKS (RFC 7517) per issuer (spec/common-profile.md#keys). A key is found by the envelope's `iss`, then by `kid` equal to `secretVersion` and `alg` equal to the envelope's algorithm. Public keys only, except `oct` secrets for HS256. The same format holds the capability-token and agent-identity issuers of spec/transport-headers.md, whose keys may also be Ed25519 (`kty` `OKP`, `crv` `Ed25519`, `alg` `EdDSA`, RFC 8037); the attestation verifier's allow-list does not include EdDSA.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"type":"object","propertyNames":{"minLength":1,"maxLength":512},"maxProperties":1024,"additionalProperties":{"$ref":"#/$defs/jwks"}}},"$defs":{"jwks":{"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}},"jwk":{"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"if":{"properties":{"kty":{"const":"OKP"}},"required":["kty"]},"then":{"description":"An Ed25519 public key (RFC 8037): crv Ed25519, alg EdDSA, x the 32-byte key in canonical base64url, no members of other key types.","required":["crv","x"],"properties":{"crv":{"const":"Ed25519"},"alg":{"const":"EdDSA"},"x":{"type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}},"not":{"anyOf":[{"required":["y"]},{"required":["k"]},{"required":["n"]},{"required":["e"]}]}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const schema32 = {"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}};
const schema33 = {"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"if":{"properties":{"kty":{"const":"OKP"}},"required":["kty"]},"then":{"description":"An Ed25519 public key (RFC 8037): crv Ed25519, alg EdDSA, x the 32-byte key in canonical base64url, no members of other key types.","required":["crv","x"],"properties":{"crv":{"const":"Ed25519"},"alg":{"const":"EdDSA"},"x":{"type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}},"not":{"anyOf":[{"required":["y"]},{"required":["k"]},{"required":["n"]},{"required":["e"]}]}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}};
const schema35 = {"description":"A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.","type":"string","pattern":"^[A-Za-z0-9+_-]{1,32}$"};
const pattern4 = new RegExp("^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", "u");
const pattern5 = new RegExp("^[\\x21-\\x7e]{1,128}$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9+_-]{1,32}$", "u");

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
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.d === undefined) && (missing0 = "d")){
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
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.p === undefined) && (missing1 = "p")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.q === undefined) && (missing2 = "q")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.dp === undefined) && (missing3 = "dp")){
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
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.dq === undefined) && (missing4 = "dq")){
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
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.qi === undefined) && (missing5 = "qi")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.oth === undefined) && (missing6 = "oth")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
validate22.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
const _errs11 = errors;
let valid2 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.kty === undefined) && (missing7 = "kty")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.kty !== undefined){
if("OKP" !== data.kty){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
const _errs15 = errors;
const _errs16 = errors;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.y === undefined) && (missing8 = "y")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.k === undefined) && (missing9 = "k")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid2 = _errs19 === errors;
valid5 = valid5 || _valid2;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.n === undefined) && (missing10 = "n")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs20 === errors;
valid5 = valid5 || _valid2;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.e === undefined) && (missing11 = "e")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs16 === errors;
if(valid4){
validate22.errors = [{instancePath,schemaPath:"#/then/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
if(errors === _errs14){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if(((data.crv === undefined) && (missing12 = "crv")) || ((data.x === undefined) && (missing12 = "x"))){
validate22.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data.crv !== undefined){
const _errs22 = errors;
if("Ed25519" !== data.crv){
validate22.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/then/properties/crv/const",keyword:"const",params:{allowedValue: "Ed25519"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.alg !== undefined){
const _errs23 = errors;
if("EdDSA" !== data.alg){
validate22.errors = [{instancePath:instancePath+"/alg",schemaPath:"#/then/properties/alg/const",keyword:"const",params:{allowedValue: "EdDSA"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.x !== undefined){
let data3 = data.x;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate22.errors = [{instancePath:instancePath+"/x",schemaPath:"#/then/properties/x/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/x",schemaPath:"#/then/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
var _valid1 = _errs14 === errors;
valid2 = _valid1;
if(valid2){
var props0 = {};
props0.crv = true;
props0.alg = true;
props0.x = true;
props0.kty = true;
}
}
if(!valid2){
const err15 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate22.errors = vErrors;
return false;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((((data.kty === undefined) && (missing13 = "kty")) || ((data.kid === undefined) && (missing13 = "kid"))) || ((data.alg === undefined) && (missing13 = "alg"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.kty = true;
props0.kid = true;
props0.alg = true;
props0.use = true;
props0.k = true;
props0.crv = true;
props0.x = true;
props0.y = true;
props0.n = true;
props0.e = true;
}
if(data.kty !== undefined){
let data4 = data.kty;
const _errs26 = errors;
if(!((((data4 === "oct") || (data4 === "EC")) || (data4 === "RSA")) || (data4 === "OKP"))){
validate22.errors = [{instancePath:instancePath+"/kty",schemaPath:"#/properties/kty/enum",keyword:"enum",params:{allowedValues: schema33.properties.kty.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs26 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.kid !== undefined){
let data5 = data.kid;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
validate22.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{1,128}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.alg !== undefined){
let data6 = data.alg;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
validate22.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.use !== undefined){
const _errs32 = errors;
if("sig" !== data.use){
validate22.errors = [{instancePath:instancePath+"/use",schemaPath:"#/properties/use/const",keyword:"const",params:{allowedValue: "sig"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.k !== undefined){
const _errs33 = errors;
if(typeof data.k !== "string"){
validate22.errors = [{instancePath:instancePath+"/k",schemaPath:"#/properties/k/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.crv !== undefined){
const _errs35 = errors;
if(typeof data.crv !== "string"){
validate22.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/properties/crv/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs35 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.x !== undefined){
const _errs37 = errors;
if(typeof data.x !== "string"){
validate22.errors = [{instancePath:instancePath+"/x",schemaPath:"#/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.y !== undefined){
const _errs39 = errors;
if(typeof data.y !== "string"){
validate22.errors = [{instancePath:instancePath+"/y",schemaPath:"#/properties/y/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.n !== undefined){
const _errs41 = errors;
if(typeof data.n !== "string"){
validate22.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.e !== undefined){
const _errs43 = errors;
if(typeof data.e !== "string"){
validate22.errors = [{instancePath:instancePath+"/e",schemaPath:"#/properties/e/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs43 === errors;
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
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.keys === undefined) && (missing0 = "keys")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.keys !== undefined){
let data0 = data.keys;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 64){
validate21.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate22(data0[i0], {instancePath:instancePath+"/keys/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"keys":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/trust-store.schema.json" */;
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
if((data.issuers === undefined) && (missing0 = "issuers")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "issuers")){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.issuers !== undefined){
let data0 = data.issuers;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1024){
validate20.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/maxProperties",keyword:"maxProperties",params:{limit: 1024},message:"must NOT have more than 1024 properties"}];
return false;
}
else {
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 512){
const err0 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(func1(key1) < 1){
const err1 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
const err2 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data0){
const _errs6 = errors;
if(!(validate21(data0[key2], {instancePath:instancePath+"/issuers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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

/** Validates `data` against schemas/trust-store.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateTrustStore: ((data: unknown) => data is TrustStore) & { errors?: ErrorObject[] | null } = validateRaw;
