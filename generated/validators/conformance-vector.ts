// DO NOT EDIT: this file is generated.
// Source: schemas/conformance-vector.schema.json, schemas/common.schema.json, schemas/reason.schema.json, schemas/trust-store.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { ConformanceVector } from "../types/conformance-vector.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/conformance-vector.schema.json","title":"ConformanceVector","description":"One conformance case (conformance/README.md). Data only: a second implementation consumes it through the adapter contract. A case is one or more calls run in order against one fresh replay store.","type":"object","required":["id","description","spec","category","verb","calls"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"id":{"description":"<vector folder>/<file name without .json>","type":"string","pattern":"^[a-z0-9-]+/[a-z0-9-]+$"},"description":{"description":"One lower-case sentence saying what the case tests.","type":"string","minLength":10,"maxLength":300},"spec":{"description":"The spec section the case tests: <spec file stem>#<heading anchor>.","type":"string","pattern":"^[a-z0-9-]+#[a-z0-9-]+$"},"category":{"description":"signature: byte and signature conformance every implementation must share; policy: a verifier-policy decision (clock, allow-lists, replay, commitments); parsing: strict reading of bytes.","enum":["signature","policy","parsing"]},"verb":{"enum":["verify-attestation"]},"calls":{"type":"array","minItems":1,"maxItems":8,"items":{"$ref":"#/$defs/call"}}},"$defs":{"call":{"title":"ConformanceCall","type":"object","required":["input","expected"],"additionalProperties":false,"properties":{"input":{"$ref":"#/$defs/verifyAttestationInput"},"expected":{"$ref":"#/$defs/expected"}}},"verifyAttestationInput":{"title":"VerifyAttestationInput","type":"object","required":["keys","server","now"],"additionalProperties":false,"oneOf":[{"required":["envelope","tool"]},{"required":["envelopeBase64","tool"]},{"required":["request"],"not":{"anyOf":[{"required":["tool"]},{"required":["arguments"]},{"required":["argumentsBase64"]}]}}],"properties":{"envelope":{"description":"The envelope file's content as JSON.","type":"object"},"envelopeBase64":{"description":"The envelope file's exact bytes, for inputs JSON cannot hold as a value (duplicate keys, BOM, invalid UTF-8).","type":"string","contentEncoding":"base64"},"request":{"description":"The `params` of a `tools/call` request as received (normally an object with name, arguments, _meta; any JSON value, to test malformed requests): the verifier finds the attestation in `_meta` as deployed verifiers do."},"keys":{"$ref":"trust-store.schema.json"},"tool":{"type":"string"},"arguments":{"description":"The arguments file's content as JSON.","type":"object"},"argumentsBase64":{"type":"string","contentEncoding":"base64"},"server":{"type":"string"},"now":{"$ref":"common.schema.json#/$defs/timestamp"},"profile":{"enum":["sep-2787","vaara-v2"]},"algorithms":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"allowRedactedProjection":{"type":"boolean"},"resolve":{"description":"Content the verifier's argsRef resolver returns, by URI, as base64.","type":"object","additionalProperties":{"type":"string","contentEncoding":"base64"}},"permittedIssuers":{"description":"Tool policy: the issuers accepted for this call.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"requiredCapability":{"description":"Tool policy: the capability plannerDeclared.requestedCapability must name.","type":"string","minLength":1},"replayStoreUnavailable":{"description":"The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.","const":true}}},"expected":{"title":"ConformanceExpected","type":"object","required":["verdict","reason"],"additionalProperties":false,"properties":{"verdict":{"enum":["accept","reject"]},"reason":{"anyOf":[{"$ref":"reason.schema.json"},{"type":"null"}]},"signingInput":{"description":"Lowercase hex of the canonical signing input an implementation must compute for this envelope.","type":"string","pattern":"^(?:[0-9a-f]{2})+$"},"argsCommitment":{"enum":["identity","hash","reference","redacted"]}}}}};
const pattern4 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
const pattern5 = new RegExp("^[a-z0-9-]+#[a-z0-9-]+$", "u");
const func1 = require("ajv/dist/runtime/ucs2length").default;
const schema32 = {"title":"ConformanceCall","type":"object","required":["input","expected"],"additionalProperties":false,"properties":{"input":{"$ref":"#/$defs/verifyAttestationInput"},"expected":{"$ref":"#/$defs/expected"}}};
const schema33 = {"title":"VerifyAttestationInput","type":"object","required":["keys","server","now"],"additionalProperties":false,"oneOf":[{"required":["envelope","tool"]},{"required":["envelopeBase64","tool"]},{"required":["request"],"not":{"anyOf":[{"required":["tool"]},{"required":["arguments"]},{"required":["argumentsBase64"]}]}}],"properties":{"envelope":{"description":"The envelope file's content as JSON.","type":"object"},"envelopeBase64":{"description":"The envelope file's exact bytes, for inputs JSON cannot hold as a value (duplicate keys, BOM, invalid UTF-8).","type":"string","contentEncoding":"base64"},"request":{"description":"The `params` of a `tools/call` request as received (normally an object with name, arguments, _meta; any JSON value, to test malformed requests): the verifier finds the attestation in `_meta` as deployed verifiers do."},"keys":{"$ref":"trust-store.schema.json"},"tool":{"type":"string"},"arguments":{"description":"The arguments file's content as JSON.","type":"object"},"argumentsBase64":{"type":"string","contentEncoding":"base64"},"server":{"type":"string"},"now":{"$ref":"common.schema.json#/$defs/timestamp"},"profile":{"enum":["sep-2787","vaara-v2"]},"algorithms":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"allowRedactedProjection":{"type":"boolean"},"resolve":{"description":"Content the verifier's argsRef resolver returns, by URI, as base64.","type":"object","additionalProperties":{"type":"string","contentEncoding":"base64"}},"permittedIssuers":{"description":"Tool policy: the issuers accepted for this call.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"requiredCapability":{"description":"Tool policy: the capability plannerDeclared.requestedCapability must name.","type":"string","minLength":1},"replayStoreUnavailable":{"description":"The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.","const":true}}};
const schema39 = {"description":"An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"};
const func3 = Object.prototype.hasOwnProperty;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/trust-store.schema.json","title":"TrustStore","description":"The verifier's keys, one JWKS (RFC 7517) per issuer (spec/common-profile.md#keys). A key is found by the envelope's `iss`, then by `kid` equal to `secretVersion` and `alg` equal to the envelope's algorithm. Public keys only, except `oct` secrets for HS256.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"type":"object","propertyNames":{"minLength":1,"maxLength":512},"maxProperties":1024,"additionalProperties":{"$ref":"#/$defs/jwks"}}},"$defs":{"jwks":{"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}},"jwk":{"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}}}};
const schema35 = {"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}};
const schema36 = {"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}};
const schema38 = {"description":"A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.","type":"string","pattern":"^[A-Za-z0-9+_-]{1,32}$"};
const pattern6 = new RegExp("^[\\x21-\\x7e]{1,128}$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9+_-]{1,32}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
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
validate25.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
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
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data.kty !== undefined){
let data0 = data.kty;
const _errs11 = errors;
if(!((((data0 === "oct") || (data0 === "EC")) || (data0 === "RSA")) || (data0 === "OKP"))){
validate25.errors = [{instancePath:instancePath+"/kty",schemaPath:"#/properties/kty/enum",keyword:"enum",params:{allowedValues: schema36.properties.kty.enum},message:"must be equal to one of the allowed values"}];
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
if(!pattern6.test(data1)){
validate25.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{1,128}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!pattern7.test(data2)){
validate25.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/use",schemaPath:"#/properties/use/const",keyword:"const",params:{allowedValue: "sig"},message:"must be equal to constant"}];
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
validate25.errors = [{instancePath:instancePath+"/k",schemaPath:"#/properties/k/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/properties/crv/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/x",schemaPath:"#/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/y",schemaPath:"#/properties/y/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/e",schemaPath:"#/properties/e/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"kty":true,"kid":true,"alg":true,"use":true,"k":true,"crv":true,"x":true,"y":true,"n":true,"e":true},"dynamicProps":false,"dynamicItems":false};


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
if((data.keys === undefined) && (missing0 = "keys")){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.keys !== undefined){
let data0 = data.keys;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 64){
validate24.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate25(data0[i0], {instancePath:instancePath+"/keys/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
validate24.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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
validate24.evaluated = {"props":{"keys":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/trust-store.schema.json" */;
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
if((data.issuers === undefined) && (missing0 = "issuers")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "issuers")){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate23.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/maxProperties",keyword:"maxProperties",params:{limit: 1024},message:"must NOT have more than 1024 properties"}];
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
validate23.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data0){
const _errs6 = errors;
if(!(validate24(data0[key2], {instancePath:instancePath+"/issuers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
validate23.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
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
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern8 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$", "u");

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
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.envelope === undefined) && (missing0 = "envelope")) || ((data.tool === undefined) && (missing0 = "tool"))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.envelopeBase64 === undefined) && (missing1 = "envelopeBase64")) || ((data.tool === undefined) && (missing1 = "tool"))){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
let valid2 = false;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.tool === undefined) && (missing2 = "tool")){
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
var _valid1 = _errs8 === errors;
valid2 = valid2 || _valid1;
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.arguments === undefined) && (missing3 = "arguments")){
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
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.argumentsBase64 === undefined) && (missing4 = "argumentsBase64")){
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
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
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
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs6 === errors;
if(valid1){
const err6 = {instancePath,schemaPath:"#/oneOf/2/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.request === undefined) && (missing5 = "request")){
const err7 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
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
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
}
}
if(!valid0){
const err8 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate22.errors = vErrors;
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
let missing6;
if((((data.keys === undefined) && (missing6 = "keys")) || ((data.server === undefined) && (missing6 = "server"))) || ((data.now === undefined) && (missing6 = "now"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key0 in data){
if(!(func3.call(schema33.properties, key0))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data.envelope !== undefined){
let data0 = data.envelope;
const _errs12 = errors;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
validate22.errors = [{instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.envelopeBase64 !== undefined){
const _errs14 = errors;
if(typeof data.envelopeBase64 !== "string"){
validate22.errors = [{instancePath:instancePath+"/envelopeBase64",schemaPath:"#/properties/envelopeBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.keys !== undefined){
const _errs16 = errors;
if(!(validate23(data.keys, {instancePath:instancePath+"/keys",parentData:data,parentDataProperty:"keys",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.tool !== undefined){
const _errs17 = errors;
if(typeof data.tool !== "string"){
validate22.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.arguments !== undefined){
let data4 = data.arguments;
const _errs19 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate22.errors = [{instancePath:instancePath+"/arguments",schemaPath:"#/properties/arguments/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.argumentsBase64 !== undefined){
const _errs21 = errors;
if(typeof data.argumentsBase64 !== "string"){
validate22.errors = [{instancePath:instancePath+"/argumentsBase64",schemaPath:"#/properties/argumentsBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.server !== undefined){
const _errs23 = errors;
if(typeof data.server !== "string"){
validate22.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.now !== undefined){
let data7 = data.now;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
validate22.errors = [{instancePath:instancePath+"/now",schemaPath:"common.schema.json#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/now",schemaPath:"common.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.profile !== undefined){
let data8 = data.profile;
const _errs28 = errors;
if(!((data8 === "sep-2787") || (data8 === "vaara-v2"))){
validate22.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/enum",keyword:"enum",params:{allowedValues: schema33.properties.profile.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.algorithms !== undefined){
let data9 = data.algorithms;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data9)){
if(data9.length < 1){
validate22.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs31 = errors;
if(typeof data9[i0] !== "string"){
validate22.errors = [{instancePath:instancePath+"/algorithms/" + i0,schemaPath:"#/properties/algorithms/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs31 === errors;
if(!valid5){
break;
}
}
if(valid5){
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate22.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.allowRedactedProjection !== undefined){
const _errs33 = errors;
if(typeof data.allowRedactedProjection !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/allowRedactedProjection",schemaPath:"#/properties/allowRedactedProjection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.resolve !== undefined){
let data12 = data.resolve;
const _errs35 = errors;
if(errors === _errs35){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
const _errs38 = errors;
if(typeof data12[key1] !== "string"){
validate22.errors = [{instancePath:instancePath+"/resolve/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/resolve/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs38 === errors;
if(!valid7){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/resolve",schemaPath:"#/properties/resolve/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs35 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.permittedIssuers !== undefined){
let data14 = data.permittedIssuers;
const _errs40 = errors;
if(errors === _errs40){
if(Array.isArray(data14)){
if(data14.length < 1){
validate22.errors = [{instancePath:instancePath+"/permittedIssuers",schemaPath:"#/properties/permittedIssuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
const _errs42 = errors;
if(typeof data14[i2] !== "string"){
validate22.errors = [{instancePath:instancePath+"/permittedIssuers/" + i2,schemaPath:"#/properties/permittedIssuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs42 === errors;
if(!valid8){
break;
}
}
if(valid8){
let i3 = data14.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data14[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate22.errors = [{instancePath:instancePath+"/permittedIssuers",schemaPath:"#/properties/permittedIssuers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/permittedIssuers",schemaPath:"#/properties/permittedIssuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs40 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.requiredCapability !== undefined){
let data16 = data.requiredCapability;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data16 === "string"){
if(func1(data16) < 1){
validate22.errors = [{instancePath:instancePath+"/requiredCapability",schemaPath:"#/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/requiredCapability",schemaPath:"#/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs44 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.replayStoreUnavailable !== undefined){
const _errs46 = errors;
if(true !== data.replayStoreUnavailable){
validate22.errors = [{instancePath:instancePath+"/replayStoreUnavailable",schemaPath:"#/properties/replayStoreUnavailable/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs46 === errors;
}
else {
var valid3 = true;
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

const schema40 = {"title":"ConformanceExpected","type":"object","required":["verdict","reason"],"additionalProperties":false,"properties":{"verdict":{"enum":["accept","reject"]},"reason":{"anyOf":[{"$ref":"reason.schema.json"},{"type":"null"}]},"signingInput":{"description":"Lowercase hex of the canonical signing input an implementation must compute for this envelope.","type":"string","pattern":"^(?:[0-9a-f]{2})+$"},"argsCommitment":{"enum":["identity","hash","reference","redacted"]}}};
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/reason.schema.json","title":"Reason","description":"The closed registry of `error.data.reason` strings. Each entry carries the HTTP status it maps to (400 malformed, 401 authentication, 403 authorization, 502 a gateway could not reach the server behind it, 503 a dependency of the verifier failed). Defined in spec/reasons.md.","type":"string","oneOf":[{"const":"json_invalid","description":"The input is not strict I-JSON: a syntax error, a duplicate member name, a member named __proto__, a lone surrogate, a byte order mark, invalid UTF-8, an integer outside ±(2^53−1), a number that overflows to infinity or underflows to zero, or negative zero.","x-http-status":400},{"const":"limit_exceeded","description":"The input is larger than the configured size limit (default 65536 bytes) or nested deeper than the configured depth limit (default 32).","x-http-status":400},{"const":"request_malformed","description":"The tools/call request around the evidence is not well-formed: params, name, arguments or _meta missing where required or of the wrong type.","x-http-status":400},{"const":"envelope_malformed","description":"The evidence is well-formed JSON but does not match its schema: a missing or unknown member, a wrong type, a non-integer number in an envelope field, non-canonical hex, an unparseable timestamp, or an ambiguous tool-call list.","x-http-status":400},{"const":"evidence_ambiguous","description":"A request carries one kind of evidence more than once: two items of one known type in the evidence container, or an attestation at SEP-2787's _meta.attestation that differs from the container's.","x-http-status":400},{"const":"attestation_required","description":"The policy requires a tool-call attestation and the request carries none.","x-http-status":401},{"const":"algorithm_unsupported","description":"The envelope names a signature algorithm that is not in the verifier's configured allow-list.","x-http-status":401},{"const":"key_unavailable","description":"The verifier's trust store has no usable key for the envelope's issuer, key version and algorithm.","x-http-status":401},{"const":"signature_invalid","description":"The signature does not verify over the canonical signing input, or has the wrong length or encoding for its algorithm.","x-http-status":401},{"const":"not_yet_valid","description":"The envelope's issue time lies further in the future than the allowed clock skew.","x-http-status":401},{"const":"expired","description":"The envelope's lifetime plus the allowed clock skew has passed.","x-http-status":401},{"const":"nonce_replay","description":"The envelope's nonce was already consumed by an accepted call from the same issuer.","x-http-status":401},{"const":"server_mismatch","description":"No tool-call entry names this server's fingerprint.","x-http-status":403},{"const":"tool_mismatch","description":"The tool-call entry for this server names a different tool.","x-http-status":403},{"const":"args_commitment_mismatch","description":"The arguments being executed are not the arguments the envelope commits to, or the commitment cannot be checked.","x-http-status":403},{"const":"issuer_not_permitted","description":"The attestation's issuer is trusted by the verifier but not for this tool.","x-http-status":403},{"const":"capability_mismatch","description":"The tool's policy requires a capability the attestation's plannerDeclared.requestedCapability does not name.","x-http-status":403},{"const":"replay_store_unavailable","description":"The replay store could not be reached or failed; the call is refused (fail-closed) unless the operator chose fail-open.","x-http-status":503},{"const":"upstream_unavailable","description":"A gateway could not reach the MCP server behind it: the connection was refused or reset, or no response arrived within the configured timeout. The message was not delivered; it is not a verdict on the evidence.","x-http-status":502},{"const":"header_malformed","description":"One of the transport headers (MCP-Actor, MCP-Cap-Token, MCP-Agent-Identity, MCP-Agent-Intent, MCP-Agent-Session) is not a valid RFC 9651 structured field of its type, breaks its schema, contains characters its type does not allow, or is larger than its limit.","x-http-status":400},{"const":"header_duplicated","description":"One of the transport headers appears more than once in the HTTP request (including values joined by an intermediary).","x-http-status":400},{"const":"header_mismatch","description":"A transport header disagrees with its _meta twin in the evidence container, or is present without it; the body is authoritative (the semantics of MCP's -32020 HeaderMismatch).","x-http-status":400},{"const":"token_malformed","description":"A compact JWS or JWT (capability token, identity credential, DID proof) is not well-formed: wrong number of segments, non-canonical base64url, a header or claims set that is not strict I-JSON, or a missing, unknown or mistyped required member.","x-http-status":400},{"const":"evidence_required","description":"The tool's policy requires an evidence item (actor, cap-token, agent-identity, agent-intent, agent-session) that the request does not carry.","x-http-status":401},{"const":"lifetime_exceeded","description":"A token or credential declares a lifetime longer than its profile allows (300 seconds for a capability token).","x-http-status":401},{"const":"audience_mismatch","description":"A token or credential is addressed to another audience than this server.","x-http-status":403},{"const":"actor_mismatch","description":"The actor does not equal the subject of the verified capability token or identity proof.","x-http-status":403},{"const":"scope_insufficient","description":"The capability token's scope does not cover this method and tool.","x-http-status":403},{"const":"scope_escalation","description":"A forwarded capability token claims a scope its parent token does not grant.","x-http-status":403},{"const":"chain_invalid","description":"A capability token chain is broken: a token does not name its parent by digest, outlives it, changes its subject, is not issued by its parent's audience, or the chain is longer than allowed.","x-http-status":403},{"const":"key_binding_mismatch","description":"Proof of possession failed: the token's confirmation key (cnf) is not the key the caller proved possession of, or the mTLS certificate thumbprint does not match.","x-http-status":401},{"const":"identity_invalid","description":"The agent identity proof does not establish an identity: an inactive or unknown OAuth token, an unresolvable or unsupported DID, a DID document without the signing key, or a proof type the policy does not accept.","x-http-status":401},{"const":"challenge_required","description":"The agent identity proof needs a fresh server challenge: none was signed, or the signed one is not this server's, has expired or was already used. The decision is challenge and carries a new challenge.","x-http-status":401},{"const":"intent_out_of_scope","description":"The call is outside the scope the agent declared in its intent. The decision is challenge.","x-http-status":403},{"const":"session_mismatch","description":"Evidence bound to one agent session was presented in another, or in none.","x-http-status":403},{"const":"resolver_unavailable","description":"A resolver the verifier depends on (OAuth introspection, DID resolution, key source) failed; the call is refused unless the operator chose fail-open.","x-http-status":503}]};
const pattern9 = new RegExp("^(?:[0-9a-f]{2})+$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.verdict === undefined) && (missing0 = "verdict")) || ((data.reason === undefined) && (missing0 = "reason"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "verdict") || (key0 === "reason")) || (key0 === "signingInput")) || (key0 === "argsCommitment"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.verdict !== undefined){
let data0 = data.verdict;
const _errs2 = errors;
if(!((data0 === "accept") || (data0 === "reject"))){
validate31.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema40.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data1 = data.reason;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs8 = errors;
let valid3 = false;
let passing0 = null;
const _errs9 = errors;
if("json_invalid" !== data1){
const err1 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/0/const",keyword:"const",params:{allowedValue: "json_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs9 === errors;
if(_valid1){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if("limit_exceeded" !== data1){
const err2 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/1/const",keyword:"const",params:{allowedValue: "limit_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs11 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid3 = true;
passing0 = 1;
}
const _errs13 = errors;
if("request_malformed" !== data1){
const err3 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/2/const",keyword:"const",params:{allowedValue: "request_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 2];
}
else {
if(_valid1){
valid3 = true;
passing0 = 2;
}
const _errs15 = errors;
if("envelope_malformed" !== data1){
const err4 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/3/const",keyword:"const",params:{allowedValue: "envelope_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 3];
}
else {
if(_valid1){
valid3 = true;
passing0 = 3;
}
const _errs17 = errors;
if("evidence_ambiguous" !== data1){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/4/const",keyword:"const",params:{allowedValue: "evidence_ambiguous"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs17 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 4];
}
else {
if(_valid1){
valid3 = true;
passing0 = 4;
}
const _errs19 = errors;
if("attestation_required" !== data1){
const err6 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/5/const",keyword:"const",params:{allowedValue: "attestation_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs19 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 5];
}
else {
if(_valid1){
valid3 = true;
passing0 = 5;
}
const _errs21 = errors;
if("algorithm_unsupported" !== data1){
const err7 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/6/const",keyword:"const",params:{allowedValue: "algorithm_unsupported"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs21 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 6];
}
else {
if(_valid1){
valid3 = true;
passing0 = 6;
}
const _errs23 = errors;
if("key_unavailable" !== data1){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/7/const",keyword:"const",params:{allowedValue: "key_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs23 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 7];
}
else {
if(_valid1){
valid3 = true;
passing0 = 7;
}
const _errs25 = errors;
if("signature_invalid" !== data1){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/8/const",keyword:"const",params:{allowedValue: "signature_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs25 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 8];
}
else {
if(_valid1){
valid3 = true;
passing0 = 8;
}
const _errs27 = errors;
if("not_yet_valid" !== data1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/9/const",keyword:"const",params:{allowedValue: "not_yet_valid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs27 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 9];
}
else {
if(_valid1){
valid3 = true;
passing0 = 9;
}
const _errs29 = errors;
if("expired" !== data1){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/10/const",keyword:"const",params:{allowedValue: "expired"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs29 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 10];
}
else {
if(_valid1){
valid3 = true;
passing0 = 10;
}
const _errs31 = errors;
if("nonce_replay" !== data1){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/11/const",keyword:"const",params:{allowedValue: "nonce_replay"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs31 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 11];
}
else {
if(_valid1){
valid3 = true;
passing0 = 11;
}
const _errs33 = errors;
if("server_mismatch" !== data1){
const err13 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/12/const",keyword:"const",params:{allowedValue: "server_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs33 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 12];
}
else {
if(_valid1){
valid3 = true;
passing0 = 12;
}
const _errs35 = errors;
if("tool_mismatch" !== data1){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/13/const",keyword:"const",params:{allowedValue: "tool_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs35 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 13];
}
else {
if(_valid1){
valid3 = true;
passing0 = 13;
}
const _errs37 = errors;
if("args_commitment_mismatch" !== data1){
const err15 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/14/const",keyword:"const",params:{allowedValue: "args_commitment_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs37 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 14];
}
else {
if(_valid1){
valid3 = true;
passing0 = 14;
}
const _errs39 = errors;
if("issuer_not_permitted" !== data1){
const err16 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/15/const",keyword:"const",params:{allowedValue: "issuer_not_permitted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs39 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 15];
}
else {
if(_valid1){
valid3 = true;
passing0 = 15;
}
const _errs41 = errors;
if("capability_mismatch" !== data1){
const err17 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/16/const",keyword:"const",params:{allowedValue: "capability_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs41 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 16];
}
else {
if(_valid1){
valid3 = true;
passing0 = 16;
}
const _errs43 = errors;
if("replay_store_unavailable" !== data1){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/17/const",keyword:"const",params:{allowedValue: "replay_store_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs43 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 17];
}
else {
if(_valid1){
valid3 = true;
passing0 = 17;
}
const _errs45 = errors;
if("upstream_unavailable" !== data1){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/18/const",keyword:"const",params:{allowedValue: "upstream_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs45 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 18];
}
else {
if(_valid1){
valid3 = true;
passing0 = 18;
}
const _errs47 = errors;
if("header_malformed" !== data1){
const err20 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/19/const",keyword:"const",params:{allowedValue: "header_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs47 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 19];
}
else {
if(_valid1){
valid3 = true;
passing0 = 19;
}
const _errs49 = errors;
if("header_duplicated" !== data1){
const err21 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/20/const",keyword:"const",params:{allowedValue: "header_duplicated"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs49 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 20];
}
else {
if(_valid1){
valid3 = true;
passing0 = 20;
}
const _errs51 = errors;
if("header_mismatch" !== data1){
const err22 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/21/const",keyword:"const",params:{allowedValue: "header_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs51 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 21];
}
else {
if(_valid1){
valid3 = true;
passing0 = 21;
}
const _errs53 = errors;
if("token_malformed" !== data1){
const err23 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/22/const",keyword:"const",params:{allowedValue: "token_malformed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs53 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 22];
}
else {
if(_valid1){
valid3 = true;
passing0 = 22;
}
const _errs55 = errors;
if("evidence_required" !== data1){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/23/const",keyword:"const",params:{allowedValue: "evidence_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs55 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 23];
}
else {
if(_valid1){
valid3 = true;
passing0 = 23;
}
const _errs57 = errors;
if("lifetime_exceeded" !== data1){
const err25 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/24/const",keyword:"const",params:{allowedValue: "lifetime_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs57 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 24];
}
else {
if(_valid1){
valid3 = true;
passing0 = 24;
}
const _errs59 = errors;
if("audience_mismatch" !== data1){
const err26 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/25/const",keyword:"const",params:{allowedValue: "audience_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs59 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 25];
}
else {
if(_valid1){
valid3 = true;
passing0 = 25;
}
const _errs61 = errors;
if("actor_mismatch" !== data1){
const err27 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/26/const",keyword:"const",params:{allowedValue: "actor_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs61 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 26];
}
else {
if(_valid1){
valid3 = true;
passing0 = 26;
}
const _errs63 = errors;
if("scope_insufficient" !== data1){
const err28 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/27/const",keyword:"const",params:{allowedValue: "scope_insufficient"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs63 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 27];
}
else {
if(_valid1){
valid3 = true;
passing0 = 27;
}
const _errs65 = errors;
if("scope_escalation" !== data1){
const err29 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/28/const",keyword:"const",params:{allowedValue: "scope_escalation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs65 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 28];
}
else {
if(_valid1){
valid3 = true;
passing0 = 28;
}
const _errs67 = errors;
if("chain_invalid" !== data1){
const err30 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/29/const",keyword:"const",params:{allowedValue: "chain_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid1 = _errs67 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 29];
}
else {
if(_valid1){
valid3 = true;
passing0 = 29;
}
const _errs69 = errors;
if("key_binding_mismatch" !== data1){
const err31 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/30/const",keyword:"const",params:{allowedValue: "key_binding_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs69 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 30];
}
else {
if(_valid1){
valid3 = true;
passing0 = 30;
}
const _errs71 = errors;
if("identity_invalid" !== data1){
const err32 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/31/const",keyword:"const",params:{allowedValue: "identity_invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs71 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 31];
}
else {
if(_valid1){
valid3 = true;
passing0 = 31;
}
const _errs73 = errors;
if("challenge_required" !== data1){
const err33 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/32/const",keyword:"const",params:{allowedValue: "challenge_required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs73 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 32];
}
else {
if(_valid1){
valid3 = true;
passing0 = 32;
}
const _errs75 = errors;
if("intent_out_of_scope" !== data1){
const err34 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/33/const",keyword:"const",params:{allowedValue: "intent_out_of_scope"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid1 = _errs75 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 33];
}
else {
if(_valid1){
valid3 = true;
passing0 = 33;
}
const _errs77 = errors;
if("session_mismatch" !== data1){
const err35 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/34/const",keyword:"const",params:{allowedValue: "session_mismatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs77 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 34];
}
else {
if(_valid1){
valid3 = true;
passing0 = 34;
}
const _errs79 = errors;
if("resolver_unavailable" !== data1){
const err36 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf/35/const",keyword:"const",params:{allowedValue: "resolver_unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid1 = _errs79 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 35];
}
else {
if(_valid1){
valid3 = true;
passing0 = 35;
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
if(!valid3){
const err37 = {instancePath:instancePath+"/reason",schemaPath:"reason.schema.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs81 = errors;
if(data1 !== null){
const err38 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs81 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err39 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
validate31.errors = vErrors;
return false;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signingInput !== undefined){
let data2 = data.signingInput;
const _errs83 = errors;
if(errors === _errs83){
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
validate31.errors = [{instancePath:instancePath+"/signingInput",schemaPath:"#/properties/signingInput/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{2})+$"},message:"must match pattern \""+"^(?:[0-9a-f]{2})+$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/signingInput",schemaPath:"#/properties/signingInput/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs83 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.argsCommitment !== undefined){
let data3 = data.argsCommitment;
const _errs85 = errors;
if(!((((data3 === "identity") || (data3 === "hash")) || (data3 === "reference")) || (data3 === "redacted"))){
validate31.errors = [{instancePath:instancePath+"/argsCommitment",schemaPath:"#/properties/argsCommitment/enum",keyword:"enum",params:{allowedValues: schema40.properties.argsCommitment.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs85 === errors;
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
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(((data.input === undefined) && (missing0 = "input")) || ((data.expected === undefined) && (missing0 = "expected"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "input") || (key0 === "expected"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.input !== undefined){
const _errs2 = errors;
if(!(validate22(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expected !== undefined){
const _errs3 = errors;
if(!(validate31(data.expected, {instancePath:instancePath+"/expected",parentData:data,parentDataProperty:"expected",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
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
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/conformance-vector.schema.json" */;
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
if(((((((data.id === undefined) && (missing0 = "id")) || ((data.description === undefined) && (missing0 = "description"))) || ((data.spec === undefined) && (missing0 = "spec"))) || ((data.category === undefined) && (missing0 = "category"))) || ((data.verb === undefined) && (missing0 = "verb"))) || ((data.calls === undefined) && (missing0 = "calls"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "id")) || (key0 === "description")) || (key0 === "spec")) || (key0 === "category")) || (key0 === "verb")) || (key0 === "calls"))){
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
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+/[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+/[a-z0-9-]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) > 300){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(func1(data2) < 10){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spec !== undefined){
let data3 = data.spec;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+#[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+#[a-z0-9-]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data4 = data.category;
const _errs10 = errors;
if(!(((data4 === "signature") || (data4 === "policy")) || (data4 === "parsing"))){
validate20.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.category.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verb !== undefined){
const _errs11 = errors;
if(!(data.verb === "verify-attestation")){
validate20.errors = [{instancePath:instancePath+"/verb",schemaPath:"#/properties/verb/enum",keyword:"enum",params:{allowedValues: schema31.properties.verb.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.calls !== undefined){
let data6 = data.calls;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data6)){
if(data6.length > 8){
validate20.errors = [{instancePath:instancePath+"/calls",schemaPath:"#/properties/calls/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"}];
return false;
}
else {
if(data6.length < 1){
validate20.errors = [{instancePath:instancePath+"/calls",schemaPath:"#/properties/calls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(!(validate21(data6[i0], {instancePath:instancePath+"/calls/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs14 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/calls",schemaPath:"#/properties/calls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
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
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates `data` against schemas/conformance-vector.schema.json (ajv 2020, strict). On failure `errors` holds the first error. */
export const validateConformanceVector: ((data: unknown) => data is ConformanceVector) & { errors?: ErrorObject[] | null } = validateRaw;
