// DO NOT EDIT: this file is generated.
// Source: schemas/policy.schema.json, schemas/common.schema.json, schemas/trust-store.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { Policy } from "../types/policy.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/policy.schema.json","title":"Policy","description":"What a verifier in front of an MCP server (middleware or gateway) requires, per tool (spec/gateway-decision.md#policy). Configuration written by the operator; never taken from a request.","type":"object","required":["server","trustStore"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"server":{"type":"object","required":["fingerprint"],"additionalProperties":false,"properties":{"fingerprint":{"$ref":"common.schema.json#/$defs/digest"}}},"trustStore":{"$ref":"trust-store.schema.json"},"algorithms":{"description":"Algorithm allow-list (default: HS256, ES256, RS256).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["HS256","ES256","RS256"]}},"clockSkewSeconds":{"type":"integer","minimum":0,"maximum":300},"failureMode":{"description":"What happens when a dependency (replay store, key source) fails: closed refuses the call, open lets it through and records the bypass.","enum":["closed","open"]},"defaults":{"$ref":"#/$defs/toolPolicy"},"tools":{"description":"Per-tool policy by exact tool name; a tool not listed gets `defaults`.","type":"object","propertyNames":{"minLength":1,"maxLength":128},"additionalProperties":{"$ref":"#/$defs/toolPolicy"}}},"$defs":{"toolPolicy":{"title":"ToolPolicy","type":"object","additionalProperties":false,"properties":{"evidence":{"description":"Evidence item types this tool requires; an empty list requires none.","type":"array","uniqueItems":true,"items":{"enum":["tool-call-attestation"]}},"issuers":{"description":"Issuers whose attestations this tool accepts (default: every issuer in the trust store).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"requiredCapability":{"description":"plannerDeclared.requestedCapability must equal this.","type":"string","minLength":1},"argsCommitment":{"description":"Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["identity","hash","reference","redacted"]}},"failureMode":{"enum":["closed","open"]}}}}};
const schema33 = {"description":"A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.","type":"string","pattern":"^sha256:[0-9a-f]{64}$","examples":["sha256:866290b0c9b6a0bd5e1a77ba30a6e8a2b6dc1b4c8f2b9d2f5b3c3f0f2f9e8f8a"]};
const schema38 = {"title":"ToolPolicy","type":"object","additionalProperties":false,"properties":{"evidence":{"description":"Evidence item types this tool requires; an empty list requires none.","type":"array","uniqueItems":true,"items":{"enum":["tool-call-attestation"]}},"issuers":{"description":"Issuers whose attestations this tool accepts (default: every issuer in the trust store).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"requiredCapability":{"description":"plannerDeclared.requestedCapability must equal this.","type":"string","minLength":1},"argsCommitment":{"description":"Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["identity","hash","reference","redacted"]}},"failureMode":{"enum":["closed","open"]}}};
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/trust-store.schema.json","title":"TrustStore","description":"The verifier's keys, one JWKS (RFC 7517) per issuer (spec/common-profile.md#keys). A key is found by the envelope's `iss`, then by `kid` equal to `secretVersion` and `alg` equal to the envelope's algorithm. Public keys only, except `oct` secrets for HS256.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"type":"object","propertyNames":{"minLength":1,"maxLength":512},"maxProperties":1024,"additionalProperties":{"$ref":"#/$defs/jwks"}}},"$defs":{"jwks":{"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}},"jwk":{"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const schema35 = {"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}};
const schema36 = {"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}};
const schema37 = {"description":"A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.","type":"string","pattern":"^[A-Za-z0-9+_-]{1,32}$"};
const pattern5 = new RegExp("^[\\x21-\\x7e]{1,128}$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9+_-]{1,32}$", "u");

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
validate24.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
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
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((((data.kty === undefined) && (missing7 = "kty")) || ((data.kid === undefined) && (missing7 = "kid"))) || ((data.alg === undefined) && (missing7 = "alg"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data.kty !== undefined){
let data0 = data.kty;
const _errs11 = errors;
if(!((((data0 === "oct") || (data0 === "EC")) || (data0 === "RSA")) || (data0 === "OKP"))){
validate24.errors = [{instancePath:instancePath+"/kty",schemaPath:"#/properties/kty/enum",keyword:"enum",params:{allowedValues: schema36.properties.kty.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.kid !== undefined){
let data1 = data.kid;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate24.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{1,128}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.alg !== undefined){
let data2 = data.alg;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate24.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.use !== undefined){
const _errs17 = errors;
if("sig" !== data.use){
validate24.errors = [{instancePath:instancePath+"/use",schemaPath:"#/properties/use/const",keyword:"const",params:{allowedValue: "sig"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.k !== undefined){
const _errs18 = errors;
if(typeof data.k !== "string"){
validate24.errors = [{instancePath:instancePath+"/k",schemaPath:"#/properties/k/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.crv !== undefined){
const _errs20 = errors;
if(typeof data.crv !== "string"){
validate24.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/properties/crv/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.x !== undefined){
const _errs22 = errors;
if(typeof data.x !== "string"){
validate24.errors = [{instancePath:instancePath+"/x",schemaPath:"#/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.y !== undefined){
const _errs24 = errors;
if(typeof data.y !== "string"){
validate24.errors = [{instancePath:instancePath+"/y",schemaPath:"#/properties/y/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.n !== undefined){
const _errs26 = errors;
if(typeof data.n !== "string"){
validate24.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.e !== undefined){
const _errs28 = errors;
if(typeof data.e !== "string"){
validate24.errors = [{instancePath:instancePath+"/e",schemaPath:"#/properties/e/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs28 === errors;
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
validate24.evaluated = {"props":{"kty":true,"kid":true,"alg":true,"use":true,"k":true,"crv":true,"x":true,"y":true,"n":true,"e":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
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
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.keys !== undefined){
let data0 = data.keys;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 64){
validate23.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate24(data0[i0], {instancePath:instancePath+"/keys/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
validate23.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"keys":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/trust-store.schema.json" */;
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
if((data.issuers === undefined) && (missing0 = "issuers")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "issuers")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate22.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/maxProperties",keyword:"maxProperties",params:{limit: 1024},message:"must NOT have more than 1024 properties"}];
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
validate22.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data0){
const _errs6 = errors;
if(!(validate23(data0[key2], {instancePath:instancePath+"/issuers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
validate22.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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

const func0 = require("ajv/dist/runtime/equal").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/policy.schema.json" */;
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
if(((data.server === undefined) && (missing0 = "server")) || ((data.trustStore === undefined) && (missing0 = "trustStore"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "server")) || (key0 === "trustStore")) || (key0 === "algorithms")) || (key0 === "clockSkewSeconds")) || (key0 === "failureMode")) || (key0 === "defaults")) || (key0 === "tools"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate20.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server !== undefined){
let data1 = data.server;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.fingerprint === undefined) && (missing1 = "fingerprint")){
validate20.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(key1 === "fingerprint")){
validate20.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.fingerprint !== undefined){
let data2 = data1.fingerprint;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate20.errors = [{instancePath:instancePath+"/server/fingerprint",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/server/fingerprint",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trustStore !== undefined){
const _errs10 = errors;
if(!(validate22(data.trustStore, {instancePath:instancePath+"/trustStore",parentData:data,parentDataProperty:"trustStore",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.algorithms !== undefined){
let data4 = data.algorithms;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
if(data4.length < 1){
validate20.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs13 = errors;
if(!(((data5 === "HS256") || (data5 === "ES256")) || (data5 === "RS256"))){
validate20.errors = [{instancePath:instancePath+"/algorithms/" + i0,schemaPath:"#/properties/algorithms/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.algorithms.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
validate20.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clockSkewSeconds !== undefined){
let data6 = data.clockSkewSeconds;
const _errs14 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate20.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 300 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.failureMode !== undefined){
let data7 = data.failureMode;
const _errs16 = errors;
if(!((data7 === "closed") || (data7 === "open"))){
validate20.errors = [{instancePath:instancePath+"/failureMode",schemaPath:"#/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema31.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaults !== undefined){
let data8 = data.defaults;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs20 = errors;
for(const key2 in data8){
if(!(((((key2 === "evidence") || (key2 === "issuers")) || (key2 === "requiredCapability")) || (key2 === "argsCommitment")) || (key2 === "failureMode"))){
validate20.errors = [{instancePath:instancePath+"/defaults",schemaPath:"#/$defs/toolPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data8.evidence !== undefined){
let data9 = data8.evidence;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid7 = true;
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
const _errs23 = errors;
if(!(data9[i2] === "tool-call-attestation")){
validate20.errors = [{instancePath:instancePath+"/defaults/evidence/" + i2,schemaPath:"#/$defs/toolPolicy/properties/evidence/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.evidence.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs23 === errors;
if(!valid7){
break;
}
}
if(valid7){
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
validate20.errors = [{instancePath:instancePath+"/defaults/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.issuers !== undefined){
let data11 = data8.issuers;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data11)){
if(data11.length < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
const _errs26 = errors;
if(errors === _errs26){
if(typeof data12 === "string"){
if(func1(data12) < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/issuers/" + i4,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/issuers/" + i4,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs26 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i5 = data11.length;
let j2;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data11[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
validate20.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break;
}
indices0[item0] = i5;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.requiredCapability !== undefined){
let data13 = data8.requiredCapability;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data13 === "string"){
if(func1(data13) < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.argsCommitment !== undefined){
let data14 = data8.argsCommitment;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data14)){
if(data14.length < 1){
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid11 = true;
const len3 = data14.length;
for(let i6=0; i6<len3; i6++){
let data15 = data14[i6];
const _errs32 = errors;
if(!((((data15 === "identity") || (data15 === "hash")) || (data15 === "reference")) || (data15 === "redacted"))){
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment/" + i6,schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.argsCommitment.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs32 === errors;
if(!valid11){
break;
}
}
if(valid11){
let i7 = data14.length;
let j3;
if(i7 > 1){
outer2:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data14[i7], data14[j3])){
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break outer2;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.failureMode !== undefined){
let data16 = data8.failureMode;
const _errs33 = errors;
if(!((data16 === "closed") || (data16 === "open"))){
validate20.errors = [{instancePath:instancePath+"/defaults/failureMode",schemaPath:"#/$defs/toolPolicy/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema38.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/defaults",schemaPath:"#/$defs/toolPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data17 = data.tools;
const _errs34 = errors;
if(errors === _errs34){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key3 in data17){
const _errs36 = errors;
if(typeof key3 === "string"){
if(func1(key3) > 128){
const err0 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key3};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(func1(key3) < 1){
const err1 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key3};
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
var valid13 = _errs36 === errors;
if(!valid13){
const err2 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
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
if(valid13){
for(const key4 in data17){
let data18 = data17[key4];
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
const _errs41 = errors;
for(const key5 in data18){
if(!(((((key5 === "evidence") || (key5 === "issuers")) || (key5 === "requiredCapability")) || (key5 === "argsCommitment")) || (key5 === "failureMode"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/toolPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data18.evidence !== undefined){
let data19 = data18.evidence;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data19)){
var valid17 = true;
const len4 = data19.length;
for(let i8=0; i8<len4; i8++){
const _errs44 = errors;
if(!(data19[i8] === "tool-call-attestation")){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence/" + i8,schemaPath:"#/$defs/toolPolicy/properties/evidence/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.evidence.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs44 === errors;
if(!valid17){
break;
}
}
if(valid17){
let i9 = data19.length;
let j4;
if(i9 > 1){
outer3:
for(;i9--;){
for(j4 = i9; j4--;){
if(func0(data19[i9], data19[j4])){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs42 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data18.issuers !== undefined){
let data21 = data18.issuers;
const _errs45 = errors;
if(errors === _errs45){
if(Array.isArray(data21)){
if(data21.length < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid19 = true;
const len5 = data21.length;
for(let i10=0; i10<len5; i10++){
let data22 = data21[i10];
const _errs47 = errors;
if(errors === _errs47){
if(typeof data22 === "string"){
if(func1(data22) < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers/" + i10,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers/" + i10,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid19 = _errs47 === errors;
if(!valid19){
break;
}
}
if(valid19){
let i11 = data21.length;
let j5;
if(i11 > 1){
const indices1 = {};
for(;i11--;){
let item1 = data21[i11];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j5 = indices1[item1];
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"}];
return false;
break;
}
indices1[item1] = i11;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs45 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data18.requiredCapability !== undefined){
let data23 = data18.requiredCapability;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data23 === "string"){
if(func1(data23) < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs49 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data18.argsCommitment !== undefined){
let data24 = data18.argsCommitment;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data24)){
if(data24.length < 1){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid21 = true;
const len6 = data24.length;
for(let i12=0; i12<len6; i12++){
let data25 = data24[i12];
const _errs53 = errors;
if(!((((data25 === "identity") || (data25 === "hash")) || (data25 === "reference")) || (data25 === "redacted"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment/" + i12,schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.argsCommitment.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid21 = _errs53 === errors;
if(!valid21){
break;
}
}
if(valid21){
let i13 = data24.length;
let j6;
if(i13 > 1){
outer4:
for(;i13--;){
for(j6 = i13; j6--;){
if(func0(data24[i13], data24[j6])){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)"}];
return false;
break outer4;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs51 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data18.failureMode !== undefined){
let data26 = data18.failureMode;
const _errs54 = errors;
if(!((data26 === "closed") || (data26 === "open"))){
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/failureMode",schemaPath:"#/$defs/toolPolicy/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema38.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs54 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/toolPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs38 === errors;
if(!valid14){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs34 === errors;
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

/** Validates `data` against schemas/policy.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validatePolicy: ((data: unknown) => data is Policy) & { errors?: ErrorObject[] | null } = validateRaw;
