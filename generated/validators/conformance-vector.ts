// DO NOT EDIT: this file is generated.
// Source: schemas/conformance-vector.schema.json, schemas/common.schema.json, schemas/policy.schema.json, schemas/reason.schema.json, schemas/trust-store.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.

import type { ErrorObject } from "ajv";
import type { ConformanceVector } from "../types/conformance-vector.js";
import { createRequire } from "node:module";

// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.
const require = createRequire(import.meta.url);

const validateRaw = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/conformance-vector.schema.json","title":"ConformanceVector","description":"One conformance case (conformance/README.md). Data only: a second implementation consumes it through the adapter contract. A case is one or more calls run in order against one fresh replay store. The verb fixes the shape of every call's input: verify-attestation takes an envelope or a request with a trust store, verify-transport a request with a policy, HTTP headers and resolver context.","type":"object","required":["id","description","spec","category","verb","calls"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"id":{"description":"<vector folder>/<file name without .json>","type":"string","pattern":"^[a-z0-9-]+/[a-z0-9-]+$"},"description":{"description":"One lower-case sentence saying what the case tests.","type":"string","minLength":10,"maxLength":300},"spec":{"description":"The spec section the case tests: <spec file stem>#<heading anchor>.","type":"string","pattern":"^[a-z0-9-]+#[a-z0-9-]+$"},"category":{"description":"signature: byte and signature conformance every implementation must share; policy: a verifier-policy decision (clock, allow-lists, replay, commitments); parsing: strict reading of bytes.","enum":["signature","policy","parsing"]},"verb":{"enum":["verify-attestation","verify-transport"]},"calls":{"type":"array","minItems":1,"maxItems":8,"items":{"$ref":"#/$defs/call"}}},"$defs":{"call":{"title":"ConformanceCall","type":"object","required":["input","expected"],"additionalProperties":false,"properties":{"input":{"description":"The call's inputs; which shape is fixed by the vector's verb.","anyOf":[{"$ref":"#/$defs/verifyAttestationInput"},{"$ref":"#/$defs/verifyTransportInput"}]},"expected":{"$ref":"#/$defs/expected"}}},"verifyAttestationInput":{"title":"VerifyAttestationInput","type":"object","required":["keys","server","now"],"additionalProperties":false,"oneOf":[{"required":["envelope","tool"]},{"required":["envelopeBase64","tool"]},{"required":["request"],"not":{"anyOf":[{"required":["tool"]},{"required":["arguments"]},{"required":["argumentsBase64"]}]}}],"properties":{"envelope":{"description":"The envelope file's content as JSON.","type":"object"},"envelopeBase64":{"description":"The envelope file's exact bytes, for inputs JSON cannot hold as a value (duplicate keys, BOM, invalid UTF-8).","type":"string","contentEncoding":"base64"},"request":{"description":"The `params` of a `tools/call` request as received (normally an object with name, arguments, _meta; any JSON value, to test malformed requests): the verifier finds the attestation in `_meta` as deployed verifiers do."},"keys":{"$ref":"trust-store.schema.json"},"tool":{"type":"string"},"arguments":{"description":"The arguments file's content as JSON.","type":"object"},"argumentsBase64":{"type":"string","contentEncoding":"base64"},"server":{"type":"string"},"now":{"$ref":"common.schema.json#/$defs/timestamp"},"profile":{"enum":["sep-2787","vaara-v2"]},"algorithms":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"allowRedactedProjection":{"type":"boolean"},"resolve":{"description":"Content the verifier's argsRef resolver returns, by URI, as base64.","type":"object","additionalProperties":{"type":"string","contentEncoding":"base64"}},"permittedIssuers":{"description":"Tool policy: the issuers accepted for this call.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"requiredCapability":{"description":"Tool policy: the capability plannerDeclared.requestedCapability must name.","type":"string","minLength":1},"replayStoreUnavailable":{"description":"The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.","const":true}}},"verifyTransportInput":{"title":"VerifyTransportInput","description":"Inputs of verify-transport (conformance/adapter-protocol.md#verify-transport): one tools/call with its transport evidence, decided against a policy.","type":"object","required":["request","policy","now"],"additionalProperties":false,"properties":{"request":{"description":"The `params` of the `tools/call` request as received: name, arguments and `_meta` with the evidence container (the authoritative twins of the headers)."},"policy":{"$ref":"policy.schema.json"},"now":{"$ref":"common.schema.json#/$defs/timestamp"},"headers":{"description":"The HTTP request's header lines exactly as on the wire, in order, duplicates kept: [name, value] pairs. Absent: the call came over stdio, which has no headers.","type":"array","maxItems":64,"items":{"type":"array","minItems":2,"maxItems":2,"items":{"type":"string"}}},"context":{"$ref":"#/$defs/transportContext"},"replayStoreUnavailable":{"description":"The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.","const":true}}},"transportContext":{"title":"TransportContext","description":"What the verifier learns outside the request: the TLS client certificate and the answers of its resolvers.","type":"object","additionalProperties":false,"properties":{"clientCertificateSha256":{"description":"base64url SHA-256 of the TLS client certificate's DER (RFC 8705); absent: no client certificate.","type":"string","pattern":"^[A-Za-z0-9_-]{43}$"},"introspection":{"description":"The OAuth introspection resolver (RFC 7662): response by token; \"unavailable\": the resolver fails for it; a token not listed is unknown (active false).","type":"object","additionalProperties":{"anyOf":[{"type":"object"},{"const":"unavailable"}]}},"didDocuments":{"description":"The did:web resolver: DID document by DID; \"unavailable\": resolution fails; a DID not listed does not resolve.","type":"object","additionalProperties":{"anyOf":[{"type":"object"},{"const":"unavailable"}]}}}},"expected":{"title":"ConformanceExpected","type":"object","required":["verdict","reason"],"additionalProperties":false,"properties":{"verdict":{"enum":["accept","reject"]},"reason":{"anyOf":[{"$ref":"reason.schema.json"},{"type":"null"}]},"signingInput":{"description":"Lowercase hex of the canonical signing input an implementation must compute for this envelope.","type":"string","pattern":"^(?:[0-9a-f]{2})+$"},"argsCommitment":{"enum":["identity","hash","reference","redacted"]},"decision":{"description":"verify-transport: the gateway decision; reject is deny or challenge.","enum":["allow","deny","challenge"]},"agentId":{"description":"verify-transport on allow: the verified agent identity, or null when none was presented.","type":["string","null"]},"operatorId":{"description":"verify-transport on allow: the verified operator, or null when none was presented.","type":["string","null"]}}}},"allOf":[{"if":{"properties":{"verb":{"const":"verify-transport"}},"required":["verb"]},"then":{"properties":{"calls":{"type":"array","items":{"type":"object","properties":{"input":{"$ref":"#/$defs/verifyTransportInput"}}}}}},"else":{"properties":{"calls":{"type":"array","items":{"type":"object","properties":{"input":{"$ref":"#/$defs/verifyAttestationInput"}}}}}}}]};
const schema32 = {"title":"VerifyTransportInput","description":"Inputs of verify-transport (conformance/adapter-protocol.md#verify-transport): one tools/call with its transport evidence, decided against a policy.","type":"object","required":["request","policy","now"],"additionalProperties":false,"properties":{"request":{"description":"The `params` of the `tools/call` request as received: name, arguments and `_meta` with the evidence container (the authoritative twins of the headers)."},"policy":{"$ref":"policy.schema.json"},"now":{"$ref":"common.schema.json#/$defs/timestamp"},"headers":{"description":"The HTTP request's header lines exactly as on the wire, in order, duplicates kept: [name, value] pairs. Absent: the call came over stdio, which has no headers.","type":"array","maxItems":64,"items":{"type":"array","minItems":2,"maxItems":2,"items":{"type":"string"}}},"context":{"$ref":"#/$defs/transportContext"},"replayStoreUnavailable":{"description":"The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.","const":true}}};
const schema44 = {"description":"An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"};
const schema45 = {"title":"TransportContext","description":"What the verifier learns outside the request: the TLS client certificate and the answers of its resolvers.","type":"object","additionalProperties":false,"properties":{"clientCertificateSha256":{"description":"base64url SHA-256 of the TLS client certificate's DER (RFC 8705); absent: no client certificate.","type":"string","pattern":"^[A-Za-z0-9_-]{43}$"},"introspection":{"description":"The OAuth introspection resolver (RFC 7662): response by token; \"unavailable\": the resolver fails for it; a token not listed is unknown (active false).","type":"object","additionalProperties":{"anyOf":[{"type":"object"},{"const":"unavailable"}]}},"didDocuments":{"description":"The did:web resolver: DID document by DID; \"unavailable\": resolution fails; a DID not listed does not resolve.","type":"object","additionalProperties":{"anyOf":[{"type":"object"},{"const":"unavailable"}]}}}};
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/policy.schema.json","title":"Policy","description":"What a verifier in front of an MCP server (middleware or gateway) requires, per tool (spec/gateway-decision.md#policy). Configuration written by the operator; never taken from a request.","type":"object","required":["server","trustStore"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"server":{"type":"object","required":["fingerprint"],"additionalProperties":false,"properties":{"fingerprint":{"$ref":"common.schema.json#/$defs/digest"}}},"trustStore":{"$ref":"trust-store.schema.json"},"algorithms":{"description":"Algorithm allow-list (default: HS256, ES256, RS256).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["HS256","ES256","RS256"]}},"clockSkewSeconds":{"type":"integer","minimum":0,"maximum":300},"failureMode":{"description":"What happens when a dependency (replay store, key source) fails: closed refuses the call, open lets it through and records the bypass.","enum":["closed","open"]},"defaults":{"$ref":"#/$defs/toolPolicy"},"transport":{"$ref":"#/$defs/transportPolicy"},"tools":{"description":"Per-tool policy by exact tool name; a tool not listed gets `defaults`.","type":"object","propertyNames":{"minLength":1,"maxLength":128},"additionalProperties":{"$ref":"#/$defs/toolPolicy"}}},"$defs":{"toolPolicy":{"title":"ToolPolicy","type":"object","additionalProperties":false,"properties":{"evidence":{"description":"Evidence item types this tool requires; an empty list requires none.","type":"array","uniqueItems":true,"items":{"enum":["tool-call-attestation","actor","cap-token","agent-identity","agent-intent","agent-session"]}},"issuers":{"description":"Issuers whose attestations this tool accepts (default: every issuer in the trust store).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"requiredCapability":{"description":"plannerDeclared.requestedCapability must equal this.","type":"string","minLength":1},"argsCommitment":{"description":"Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["identity","hash","reference","redacted"]}},"failureMode":{"enum":["closed","open"]},"identityTypes":{"description":"Agent identity types this tool accepts (spec/transport-headers.md#agent-identity-types); default every type the transport section configures. Another type is identity_invalid.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["jwt","did","oauth","mtls","operator"]}},"singleUseCapToken":{"description":"Consume the leaf capability token's (iss, jti) so that it serves one call (default false).","type":"boolean"},"requireProofOfPossession":{"description":"Require a cnf confirmation on the leaf capability token (default false).","type":"boolean"}}},"transportPolicy":{"title":"TransportPolicy","description":"Configuration of the transport identity checks (spec/transport-headers.md#policy).","type":"object","required":["audience"],"additionalProperties":false,"properties":{"audience":{"description":"This server's audience identifier: the aud that capability tokens and identity credentials must name.","$ref":"common.schema.json#/$defs/identifier"},"tokenAlgorithms":{"description":"Algorithm allow-list for capability tokens and identity credentials (default ES256, EdDSA). HS* never.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["ES256","EdDSA"]}},"capTokenIssuers":{"description":"Keys of the root capability-token issuers and of the servers that forward tokens; the root issuer must be listed here.","$ref":"trust-store.schema.json"},"maxChainLength":{"description":"Longest accepted capability token chain (default 4).","type":"integer","minimum":1,"maximum":4},"identity":{"type":"object","additionalProperties":false,"properties":{"jwt":{"description":"Issuers of agent identity JWTs (types jwt and mtls).","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"operator":{"description":"Operators whose credentials are accepted (type operator); each issuer is an operatorId.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"did":{"description":"DID proofs (type did): the secret of the stateless challenge and how long a challenge stays valid.","type":"object","required":["challengeSecret"],"additionalProperties":false,"properties":{"challengeSecret":{"description":"At least 32 random bytes, base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{43,512}$"},"challengeTtlSeconds":{"description":"Default 120.","type":"integer","minimum":1,"maximum":600}}},"oauth":{"description":"OAuth access tokens (type oauth), checked by RFC 7662 token introspection.","type":"object","required":["introspectionUrl"],"additionalProperties":false,"properties":{"introspectionUrl":{"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048}}}}}}}}};
const schema35 = {"description":"A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.","type":"string","pattern":"^sha256:[0-9a-f]{64}$","examples":["sha256:866290b0c9b6a0bd5e1a77ba30a6e8a2b6dc1b4c8f2b9d2f5b3c3f0f2f9e8f8a"]};
const schema40 = {"title":"ToolPolicy","type":"object","additionalProperties":false,"properties":{"evidence":{"description":"Evidence item types this tool requires; an empty list requires none.","type":"array","uniqueItems":true,"items":{"enum":["tool-call-attestation","actor","cap-token","agent-identity","agent-intent","agent-session"]}},"issuers":{"description":"Issuers whose attestations this tool accepts (default: every issuer in the trust store).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"requiredCapability":{"description":"plannerDeclared.requestedCapability must equal this.","type":"string","minLength":1},"argsCommitment":{"description":"Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["identity","hash","reference","redacted"]}},"failureMode":{"enum":["closed","open"]},"identityTypes":{"description":"Agent identity types this tool accepts (spec/transport-headers.md#agent-identity-types); default every type the transport section configures. Another type is identity_invalid.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["jwt","did","oauth","mtls","operator"]}},"singleUseCapToken":{"description":"Consume the leaf capability token's (iss, jti) so that it serves one call (default false).","type":"boolean"},"requireProofOfPossession":{"description":"Require a cnf confirmation on the leaf capability token (default false).","type":"boolean"}}};
const func1 = Object.prototype.hasOwnProperty;
const func0 = require("ajv/dist/runtime/equal").default;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/trust-store.schema.json","title":"TrustStore","description":"The verifier's keys, one JWKS (RFC 7517) per issuer (spec/common-profile.md#keys). A key is found by the envelope's `iss`, then by `kid` equal to `secretVersion` and `alg` equal to the envelope's algorithm. Public keys only, except `oct` secrets for HS256. The same format holds the capability-token and agent-identity issuers of spec/transport-headers.md, whose keys may also be Ed25519 (`kty` `OKP`, `crv` `Ed25519`, `alg` `EdDSA`, RFC 8037); the attestation verifier's allow-list does not include EdDSA.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"type":"object","propertyNames":{"minLength":1,"maxLength":512},"maxProperties":1024,"additionalProperties":{"$ref":"#/$defs/jwks"}}},"$defs":{"jwks":{"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}},"jwk":{"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"if":{"properties":{"kty":{"const":"OKP"}},"required":["kty"]},"then":{"description":"An Ed25519 public key (RFC 8037): crv Ed25519, alg EdDSA, x the 32-byte key in canonical base64url, no members of other key types.","required":["crv","x"],"properties":{"crv":{"const":"Ed25519"},"alg":{"const":"EdDSA"},"x":{"type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}},"not":{"anyOf":[{"required":["y"]},{"required":["k"]},{"required":["n"]},{"required":["e"]}]}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}}}};
const schema37 = {"title":"Jwks","type":"object","required":["keys"],"properties":{"keys":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/jwk"}}}};
const schema38 = {"title":"Jwk","description":"A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.","type":"object","required":["kty","kid","alg"],"properties":{"kty":{"enum":["oct","EC","RSA","OKP"]},"kid":{"type":"string","pattern":"^[\\x21-\\x7e]{1,128}$"},"alg":{"$ref":"common.schema.json#/$defs/algorithmName"},"use":{"const":"sig"},"k":{"type":"string"},"crv":{"type":"string"},"x":{"type":"string"},"y":{"type":"string"},"n":{"type":"string"},"e":{"type":"string"}},"if":{"properties":{"kty":{"const":"OKP"}},"required":["kty"]},"then":{"description":"An Ed25519 public key (RFC 8037): crv Ed25519, alg EdDSA, x the 32-byte key in canonical base64url, no members of other key types.","required":["crv","x"],"properties":{"crv":{"const":"Ed25519"},"alg":{"const":"EdDSA"},"x":{"type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}},"not":{"anyOf":[{"required":["y"]},{"required":["k"]},{"required":["n"]},{"required":["e"]}]}},"not":{"anyOf":[{"required":["d"]},{"required":["p"]},{"required":["q"]},{"required":["dp"]},{"required":["dq"]},{"required":["qi"]},{"required":["oth"]}]}};
const schema39 = {"description":"A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.","type":"string","pattern":"^[A-Za-z0-9+_-]{1,32}$"};
const pattern5 = new RegExp("^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", "u");
const pattern6 = new RegExp("^[\\x21-\\x7e]{1,128}$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9+_-]{1,32}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
validate26.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
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
validate26.errors = [{instancePath,schemaPath:"#/then/not",keyword:"not",params:{},message:"must NOT be valid"}];
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
validate26.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data.crv !== undefined){
const _errs22 = errors;
if("Ed25519" !== data.crv){
validate26.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/then/properties/crv/const",keyword:"const",params:{allowedValue: "Ed25519"},message:"must be equal to constant"}];
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
validate26.errors = [{instancePath:instancePath+"/alg",schemaPath:"#/then/properties/alg/const",keyword:"const",params:{allowedValue: "EdDSA"},message:"must be equal to constant"}];
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
if(!pattern5.test(data3)){
validate26.errors = [{instancePath:instancePath+"/x",schemaPath:"#/then/properties/x/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/x",schemaPath:"#/then/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = vErrors;
return false;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((((data.kty === undefined) && (missing13 = "kty")) || ((data.kid === undefined) && (missing13 = "kid"))) || ((data.alg === undefined) && (missing13 = "alg"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
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
validate26.errors = [{instancePath:instancePath+"/kty",schemaPath:"#/properties/kty/enum",keyword:"enum",params:{allowedValues: schema38.properties.kty.enum},message:"must be equal to one of the allowed values"}];
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
if(!pattern6.test(data5)){
validate26.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21-\\x7e]{1,128}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/kid",schemaPath:"#/properties/kid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!pattern7.test(data6)){
validate26.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+_-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9+_-]{1,32}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/alg",schemaPath:"common.schema.json#/$defs/algorithmName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath:instancePath+"/use",schemaPath:"#/properties/use/const",keyword:"const",params:{allowedValue: "sig"},message:"must be equal to constant"}];
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
validate26.errors = [{instancePath:instancePath+"/k",schemaPath:"#/properties/k/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath:instancePath+"/crv",schemaPath:"#/properties/crv/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath:instancePath+"/x",schemaPath:"#/properties/x/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath:instancePath+"/y",schemaPath:"#/properties/y/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath:instancePath+"/e",schemaPath:"#/properties/e/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.keys === undefined) && (missing0 = "keys")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.keys !== undefined){
let data0 = data.keys;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 64){
validate25.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate26(data0[i0], {instancePath:instancePath+"/keys/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
validate25.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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
validate25.evaluated = {"props":{"keys":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/trust-store.schema.json" */;
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
if((data.issuers === undefined) && (missing0 = "issuers")){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "issuers")){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate24.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/maxProperties",keyword:"maxProperties",params:{limit: 1024},message:"must NOT have more than 1024 properties"}];
return false;
}
else {
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 512){
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
if(func2(key1) < 1){
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
validate24.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data0){
const _errs6 = errors;
if(!(validate25(data0[key2], {instancePath:instancePath+"/issuers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
validate24.errors = [{instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"title":"TransportPolicy","description":"Configuration of the transport identity checks (spec/transport-headers.md#policy).","type":"object","required":["audience"],"additionalProperties":false,"properties":{"audience":{"description":"This server's audience identifier: the aud that capability tokens and identity credentials must name.","$ref":"common.schema.json#/$defs/identifier"},"tokenAlgorithms":{"description":"Algorithm allow-list for capability tokens and identity credentials (default ES256, EdDSA). HS* never.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["ES256","EdDSA"]}},"capTokenIssuers":{"description":"Keys of the root capability-token issuers and of the servers that forward tokens; the root issuer must be listed here.","$ref":"trust-store.schema.json"},"maxChainLength":{"description":"Longest accepted capability token chain (default 4).","type":"integer","minimum":1,"maximum":4},"identity":{"type":"object","additionalProperties":false,"properties":{"jwt":{"description":"Issuers of agent identity JWTs (types jwt and mtls).","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"operator":{"description":"Operators whose credentials are accepted (type operator); each issuer is an operatorId.","type":"object","required":["issuers"],"additionalProperties":false,"properties":{"issuers":{"$ref":"trust-store.schema.json"}}},"did":{"description":"DID proofs (type did): the secret of the stateless challenge and how long a challenge stays valid.","type":"object","required":["challengeSecret"],"additionalProperties":false,"properties":{"challengeSecret":{"description":"At least 32 random bytes, base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{43,512}$"},"challengeTtlSeconds":{"description":"Default 120.","type":"integer","minimum":1,"maximum":600}}},"oauth":{"description":"OAuth access tokens (type oauth), checked by RFC 7662 token introspection.","type":"object","required":["introspectionUrl"],"additionalProperties":false,"properties":{"introspectionUrl":{"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048}}}}}}};
const schema42 = {"description":"A non-empty identifier of printable characters without leading or trailing white space.","type":"string","minLength":1,"maxLength":512,"pattern":"^\\S(?:.*\\S)?$"};
const pattern8 = new RegExp("^\\S(?:.*\\S)?$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9_-]{43,512}$", "u");
const pattern10 = new RegExp("^https?://[^\\s]+$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.audience === undefined) && (missing0 = "audience")){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "audience") || (key0 === "tokenAlgorithms")) || (key0 === "capTokenIssuers")) || (key0 === "maxChainLength")) || (key0 === "identity"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.audience !== undefined){
let data0 = data.audience;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 512){
validate30.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate30.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern8.test(data0)){
validate30.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/audience",schemaPath:"common.schema.json#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenAlgorithms !== undefined){
let data1 = data.tokenAlgorithms;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
if(data1.length < 1){
validate30.errors = [{instancePath:instancePath+"/tokenAlgorithms",schemaPath:"#/properties/tokenAlgorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
if(!((data2 === "ES256") || (data2 === "EdDSA"))){
validate30.errors = [{instancePath:instancePath+"/tokenAlgorithms/" + i0,schemaPath:"#/properties/tokenAlgorithms/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.tokenAlgorithms.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
validate30.errors = [{instancePath:instancePath+"/tokenAlgorithms",schemaPath:"#/properties/tokenAlgorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
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
validate30.errors = [{instancePath:instancePath+"/tokenAlgorithms",schemaPath:"#/properties/tokenAlgorithms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capTokenIssuers !== undefined){
const _errs8 = errors;
if(!(validate24(data.capTokenIssuers, {instancePath:instancePath+"/capTokenIssuers",parentData:data,parentDataProperty:"capTokenIssuers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxChainLength !== undefined){
let data4 = data.maxChainLength;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate30.errors = [{instancePath:instancePath+"/maxChainLength",schemaPath:"#/properties/maxChainLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4 || isNaN(data4)){
validate30.errors = [{instancePath:instancePath+"/maxChainLength",schemaPath:"#/properties/maxChainLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate30.errors = [{instancePath:instancePath+"/maxChainLength",schemaPath:"#/properties/maxChainLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identity !== undefined){
let data5 = data.identity;
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
const _errs13 = errors;
for(const key1 in data5){
if(!((((key1 === "jwt") || (key1 === "operator")) || (key1 === "did")) || (key1 === "oauth"))){
validate30.errors = [{instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data5.jwt !== undefined){
let data6 = data5.jwt;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((data6.issuers === undefined) && (missing1 = "issuers")){
validate30.errors = [{instancePath:instancePath+"/identity/jwt",schemaPath:"#/properties/identity/properties/jwt/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key2 in data6){
if(!(key2 === "issuers")){
validate30.errors = [{instancePath:instancePath+"/identity/jwt",schemaPath:"#/properties/identity/properties/jwt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.issuers !== undefined){
if(!(validate24(data6.issuers, {instancePath:instancePath+"/identity/jwt/issuers",parentData:data6,parentDataProperty:"issuers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/identity/jwt",schemaPath:"#/properties/identity/properties/jwt/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.operator !== undefined){
let data8 = data5.operator;
const _errs18 = errors;
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.issuers === undefined) && (missing2 = "issuers")){
validate30.errors = [{instancePath:instancePath+"/identity/operator",schemaPath:"#/properties/identity/properties/operator/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key3 in data8){
if(!(key3 === "issuers")){
validate30.errors = [{instancePath:instancePath+"/identity/operator",schemaPath:"#/properties/identity/properties/operator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data8.issuers !== undefined){
if(!(validate24(data8.issuers, {instancePath:instancePath+"/identity/operator/issuers",parentData:data8,parentDataProperty:"issuers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/identity/operator",schemaPath:"#/properties/identity/properties/operator/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.did !== undefined){
let data10 = data5.did;
const _errs22 = errors;
if(errors === _errs22){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if((data10.challengeSecret === undefined) && (missing3 = "challengeSecret")){
validate30.errors = [{instancePath:instancePath+"/identity/did",schemaPath:"#/properties/identity/properties/did/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key4 in data10){
if(!((key4 === "challengeSecret") || (key4 === "challengeTtlSeconds"))){
validate30.errors = [{instancePath:instancePath+"/identity/did",schemaPath:"#/properties/identity/properties/did/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data10.challengeSecret !== undefined){
let data11 = data10.challengeSecret;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
validate30.errors = [{instancePath:instancePath+"/identity/did/challengeSecret",schemaPath:"#/properties/identity/properties/did/properties/challengeSecret/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{43,512}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{43,512}$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/identity/did/challengeSecret",schemaPath:"#/properties/identity/properties/did/properties/challengeSecret/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs25 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data10.challengeTtlSeconds !== undefined){
let data12 = data10.challengeTtlSeconds;
const _errs27 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate30.errors = [{instancePath:instancePath+"/identity/did/challengeTtlSeconds",schemaPath:"#/properties/identity/properties/did/properties/challengeTtlSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs27){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 600 || isNaN(data12)){
validate30.errors = [{instancePath:instancePath+"/identity/did/challengeTtlSeconds",schemaPath:"#/properties/identity/properties/did/properties/challengeTtlSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"}];
return false;
}
else {
if(data12 < 1 || isNaN(data12)){
validate30.errors = [{instancePath:instancePath+"/identity/did/challengeTtlSeconds",schemaPath:"#/properties/identity/properties/did/properties/challengeTtlSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/identity/did",schemaPath:"#/properties/identity/properties/did/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.oauth !== undefined){
let data13 = data5.oauth;
const _errs29 = errors;
if(errors === _errs29){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing4;
if((data13.introspectionUrl === undefined) && (missing4 = "introspectionUrl")){
validate30.errors = [{instancePath:instancePath+"/identity/oauth",schemaPath:"#/properties/identity/properties/oauth/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key5 in data13){
if(!(key5 === "introspectionUrl")){
validate30.errors = [{instancePath:instancePath+"/identity/oauth",schemaPath:"#/properties/identity/properties/oauth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data13.introspectionUrl !== undefined){
let data14 = data13.introspectionUrl;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data14 === "string"){
if(func2(data14) > 2048){
validate30.errors = [{instancePath:instancePath+"/identity/oauth/introspectionUrl",schemaPath:"#/properties/identity/properties/oauth/properties/introspectionUrl/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern10.test(data14)){
validate30.errors = [{instancePath:instancePath+"/identity/oauth/introspectionUrl",schemaPath:"#/properties/identity/properties/oauth/properties/introspectionUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/identity/oauth/introspectionUrl",schemaPath:"#/properties/identity/properties/oauth/properties/introspectionUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/identity/oauth",schemaPath:"#/properties/identity/properties/oauth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
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
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcp-trust.org/schemas/v1/policy.schema.json" */;
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
if(((data.server === undefined) && (missing0 = "server")) || ((data.trustStore === undefined) && (missing0 = "trustStore"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate22.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate22.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(key1 === "fingerprint")){
validate22.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
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
validate22.errors = [{instancePath:instancePath+"/server/fingerprint",schemaPath:"common.schema.json#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/server/fingerprint",schemaPath:"common.schema.json#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate24(data.trustStore, {instancePath:instancePath+"/trustStore",parentData:data,parentDataProperty:"trustStore",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
validate22.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs13 = errors;
if(!(((data5 === "HS256") || (data5 === "ES256")) || (data5 === "RS256"))){
validate22.errors = [{instancePath:instancePath+"/algorithms/" + i0,schemaPath:"#/properties/algorithms/items/enum",keyword:"enum",params:{allowedValues: schema33.properties.algorithms.items.enum},message:"must be equal to one of the allowed values"}];
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
validate22.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
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
validate22.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate22.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 300 || isNaN(data6)){
validate22.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate22.errors = [{instancePath:instancePath+"/clockSkewSeconds",schemaPath:"#/properties/clockSkewSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate22.errors = [{instancePath:instancePath+"/failureMode",schemaPath:"#/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema33.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
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
if(!((((((((key2 === "evidence") || (key2 === "issuers")) || (key2 === "requiredCapability")) || (key2 === "argsCommitment")) || (key2 === "failureMode")) || (key2 === "identityTypes")) || (key2 === "singleUseCapToken")) || (key2 === "requireProofOfPossession"))){
validate22.errors = [{instancePath:instancePath+"/defaults",schemaPath:"#/$defs/toolPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
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
let data10 = data9[i2];
const _errs23 = errors;
if(!((((((data10 === "tool-call-attestation") || (data10 === "actor")) || (data10 === "cap-token")) || (data10 === "agent-identity")) || (data10 === "agent-intent")) || (data10 === "agent-session"))){
validate22.errors = [{instancePath:instancePath+"/defaults/evidence/" + i2,schemaPath:"#/$defs/toolPolicy/properties/evidence/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.evidence.items.enum},message:"must be equal to one of the allowed values"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/defaults/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
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
if(func2(data12) < 1){
validate22.errors = [{instancePath:instancePath+"/defaults/issuers/" + i4,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/defaults/issuers/" + i4,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
if(func2(data13) < 1){
validate22.errors = [{instancePath:instancePath+"/defaults/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/defaults/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid11 = true;
const len3 = data14.length;
for(let i6=0; i6<len3; i6++){
let data15 = data14[i6];
const _errs32 = errors;
if(!((((data15 === "identity") || (data15 === "hash")) || (data15 === "reference")) || (data15 === "redacted"))){
validate22.errors = [{instancePath:instancePath+"/defaults/argsCommitment/" + i6,schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.argsCommitment.items.enum},message:"must be equal to one of the allowed values"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate22.errors = [{instancePath:instancePath+"/defaults/failureMode",schemaPath:"#/$defs/toolPolicy/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema40.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.identityTypes !== undefined){
let data17 = data8.identityTypes;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data17)){
if(data17.length < 1){
validate22.errors = [{instancePath:instancePath+"/defaults/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid13 = true;
const len4 = data17.length;
for(let i8=0; i8<len4; i8++){
let data18 = data17[i8];
const _errs36 = errors;
if(!(((((data18 === "jwt") || (data18 === "did")) || (data18 === "oauth")) || (data18 === "mtls")) || (data18 === "operator"))){
validate22.errors = [{instancePath:instancePath+"/defaults/identityTypes/" + i8,schemaPath:"#/$defs/toolPolicy/properties/identityTypes/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.identityTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid13 = _errs36 === errors;
if(!valid13){
break;
}
}
if(valid13){
let i9 = data17.length;
let j4;
if(i9 > 1){
outer3:
for(;i9--;){
for(j4 = i9; j4--;){
if(func0(data17[i9], data17[j4])){
validate22.errors = [{instancePath:instancePath+"/defaults/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/defaults/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.singleUseCapToken !== undefined){
const _errs37 = errors;
if(typeof data8.singleUseCapToken !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/defaults/singleUseCapToken",schemaPath:"#/$defs/toolPolicy/properties/singleUseCapToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.requireProofOfPossession !== undefined){
const _errs39 = errors;
if(typeof data8.requireProofOfPossession !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/defaults/requireProofOfPossession",schemaPath:"#/$defs/toolPolicy/properties/requireProofOfPossession/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs39 === errors;
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
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/defaults",schemaPath:"#/$defs/toolPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transport !== undefined){
const _errs41 = errors;
if(!(validate30(data.transport, {instancePath:instancePath+"/transport",parentData:data,parentDataProperty:"transport",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data22 = data.tools;
const _errs42 = errors;
if(errors === _errs42){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key3 in data22){
const _errs44 = errors;
if(typeof key3 === "string"){
if(func2(key3) > 128){
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
if(func2(key3) < 1){
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
var valid15 = _errs44 === errors;
if(!valid15){
const err2 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
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
if(valid15){
for(const key4 in data22){
let data23 = data22[key4];
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs49 = errors;
for(const key5 in data23){
if(!((((((((key5 === "evidence") || (key5 === "issuers")) || (key5 === "requiredCapability")) || (key5 === "argsCommitment")) || (key5 === "failureMode")) || (key5 === "identityTypes")) || (key5 === "singleUseCapToken")) || (key5 === "requireProofOfPossession"))){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/toolPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs49 === errors){
if(data23.evidence !== undefined){
let data24 = data23.evidence;
const _errs50 = errors;
if(errors === _errs50){
if(Array.isArray(data24)){
var valid19 = true;
const len5 = data24.length;
for(let i10=0; i10<len5; i10++){
let data25 = data24[i10];
const _errs52 = errors;
if(!((((((data25 === "tool-call-attestation") || (data25 === "actor")) || (data25 === "cap-token")) || (data25 === "agent-identity")) || (data25 === "agent-intent")) || (data25 === "agent-session"))){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence/" + i10,schemaPath:"#/$defs/toolPolicy/properties/evidence/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.evidence.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid19 = _errs52 === errors;
if(!valid19){
break;
}
}
if(valid19){
let i11 = data24.length;
let j5;
if(i11 > 1){
outer4:
for(;i11--;){
for(j5 = i11; j5--;){
if(func0(data24[i11], data24[j5])){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"}];
return false;
break outer4;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/evidence",schemaPath:"#/$defs/toolPolicy/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs50 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.issuers !== undefined){
let data26 = data23.issuers;
const _errs53 = errors;
if(errors === _errs53){
if(Array.isArray(data26)){
if(data26.length < 1){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid21 = true;
const len6 = data26.length;
for(let i12=0; i12<len6; i12++){
let data27 = data26[i12];
const _errs55 = errors;
if(errors === _errs55){
if(typeof data27 === "string"){
if(func2(data27) < 1){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers/" + i12,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers/" + i12,schemaPath:"#/$defs/toolPolicy/properties/issuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid21 = _errs55 === errors;
if(!valid21){
break;
}
}
if(valid21){
let i13 = data26.length;
let j6;
if(i13 > 1){
const indices1 = {};
for(;i13--;){
let item1 = data26[i13];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j6 = indices1[item1];
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)"}];
return false;
break;
}
indices1[item1] = i13;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/issuers",schemaPath:"#/$defs/toolPolicy/properties/issuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs53 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.requiredCapability !== undefined){
let data28 = data23.requiredCapability;
const _errs57 = errors;
if(errors === _errs57){
if(typeof data28 === "string"){
if(func2(data28) < 1){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredCapability",schemaPath:"#/$defs/toolPolicy/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs57 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.argsCommitment !== undefined){
let data29 = data23.argsCommitment;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data29)){
if(data29.length < 1){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid23 = true;
const len7 = data29.length;
for(let i14=0; i14<len7; i14++){
let data30 = data29[i14];
const _errs61 = errors;
if(!((((data30 === "identity") || (data30 === "hash")) || (data30 === "reference")) || (data30 === "redacted"))){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment/" + i14,schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.argsCommitment.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs61 === errors;
if(!valid23){
break;
}
}
if(valid23){
let i15 = data29.length;
let j7;
if(i15 > 1){
outer5:
for(;i15--;){
for(j7 = i15; j7--;){
if(func0(data29[i15], data29[j7])){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)"}];
return false;
break outer5;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/argsCommitment",schemaPath:"#/$defs/toolPolicy/properties/argsCommitment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs59 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.failureMode !== undefined){
let data31 = data23.failureMode;
const _errs62 = errors;
if(!((data31 === "closed") || (data31 === "open"))){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/failureMode",schemaPath:"#/$defs/toolPolicy/properties/failureMode/enum",keyword:"enum",params:{allowedValues: schema40.properties.failureMode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid18 = _errs62 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.identityTypes !== undefined){
let data32 = data23.identityTypes;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data32)){
if(data32.length < 1){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid25 = true;
const len8 = data32.length;
for(let i16=0; i16<len8; i16++){
let data33 = data32[i16];
const _errs65 = errors;
if(!(((((data33 === "jwt") || (data33 === "did")) || (data33 === "oauth")) || (data33 === "mtls")) || (data33 === "operator"))){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes/" + i16,schemaPath:"#/$defs/toolPolicy/properties/identityTypes/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.identityTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid25 = _errs65 === errors;
if(!valid25){
break;
}
}
if(valid25){
let i17 = data32.length;
let j8;
if(i17 > 1){
outer6:
for(;i17--;){
for(j8 = i17; j8--;){
if(func0(data32[i17], data32[j8])){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)"}];
return false;
break outer6;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/identityTypes",schemaPath:"#/$defs/toolPolicy/properties/identityTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs63 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.singleUseCapToken !== undefined){
const _errs66 = errors;
if(typeof data23.singleUseCapToken !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/singleUseCapToken",schemaPath:"#/$defs/toolPolicy/properties/singleUseCapToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid18 = _errs66 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data23.requireProofOfPossession !== undefined){
const _errs68 = errors;
if(typeof data23.requireProofOfPossession !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requireProofOfPossession",schemaPath:"#/$defs/toolPolicy/properties/requireProofOfPossession/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid18 = _errs68 === errors;
}
else {
var valid18 = true;
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
validate22.errors = [{instancePath:instancePath+"/tools/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/toolPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs46 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs42 === errors;
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

const pattern11 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$", "u");
const pattern12 = new RegExp("^[A-Za-z0-9_-]{43}$", "u");

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
if((((data.request === undefined) && (missing0 = "request")) || ((data.policy === undefined) && (missing0 = "policy"))) || ((data.now === undefined) && (missing0 = "now"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "request") || (key0 === "policy")) || (key0 === "now")) || (key0 === "headers")) || (key0 === "context")) || (key0 === "replayStoreUnavailable"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.policy !== undefined){
const _errs2 = errors;
if(!(validate22(data.policy, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.now !== undefined){
let data1 = data.now;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
validate21.errors = [{instancePath:instancePath+"/now",schemaPath:"common.schema.json#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/now",schemaPath:"common.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data2 = data.headers;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 64){
validate21.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
if(data3.length > 2){
validate21.errors = [{instancePath:instancePath+"/headers/" + i0,schemaPath:"#/properties/headers/items/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"}];
return false;
}
else {
if(data3.length < 2){
validate21.errors = [{instancePath:instancePath+"/headers/" + i0,schemaPath:"#/properties/headers/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(typeof data3[i1] !== "string"){
validate21.errors = [{instancePath:instancePath+"/headers/" + i0+"/" + i1,schemaPath:"#/properties/headers/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/headers/" + i0,schemaPath:"#/properties/headers/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate21.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data5 = data.context;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
const _errs15 = errors;
for(const key1 in data5){
if(!(((key1 === "clientCertificateSha256") || (key1 === "introspection")) || (key1 === "didDocuments"))){
validate21.errors = [{instancePath:instancePath+"/context",schemaPath:"#/$defs/transportContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.clientCertificateSha256 !== undefined){
let data6 = data5.clientCertificateSha256;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(!pattern12.test(data6)){
validate21.errors = [{instancePath:instancePath+"/context/clientCertificateSha256",schemaPath:"#/$defs/transportContext/properties/clientCertificateSha256/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/context/clientCertificateSha256",schemaPath:"#/$defs/transportContext/properties/clientCertificateSha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs16 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.introspection !== undefined){
let data7 = data5.introspection;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
const _errs21 = errors;
const _errs22 = errors;
let valid7 = false;
const _errs23 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err0 = {instancePath:instancePath+"/context/introspection/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/transportContext/properties/introspection/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid7 = valid7 || _valid0;
const _errs25 = errors;
if("unavailable" !== data8){
const err1 = {instancePath:instancePath+"/context/introspection/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/transportContext/properties/introspection/additionalProperties/anyOf/1/const",keyword:"const",params:{allowedValue: "unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const err2 = {instancePath:instancePath+"/context/introspection/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/transportContext/properties/introspection/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs21 === errors;
if(!valid6){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/context/introspection",schemaPath:"#/$defs/transportContext/properties/introspection/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.didDocuments !== undefined){
let data9 = data5.didDocuments;
const _errs26 = errors;
if(errors === _errs26){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
let data10 = data9[key3];
const _errs29 = errors;
const _errs30 = errors;
let valid9 = false;
const _errs31 = errors;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err3 = {instancePath:instancePath+"/context/didDocuments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/transportContext/properties/didDocuments/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid9 = valid9 || _valid1;
const _errs33 = errors;
if("unavailable" !== data10){
const err4 = {instancePath:instancePath+"/context/didDocuments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/transportContext/properties/didDocuments/additionalProperties/anyOf/1/const",keyword:"const",params:{allowedValue: "unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const err5 = {instancePath:instancePath+"/context/didDocuments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/transportContext/properties/didDocuments/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs29 === errors;
if(!valid8){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/context/didDocuments",schemaPath:"#/$defs/transportContext/properties/didDocuments/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/context",schemaPath:"#/$defs/transportContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.replayStoreUnavailable !== undefined){
const _errs34 = errors;
if(true !== data.replayStoreUnavailable){
validate21.errors = [{instancePath:instancePath+"/replayStoreUnavailable",schemaPath:"#/properties/replayStoreUnavailable/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
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
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"title":"VerifyAttestationInput","type":"object","required":["keys","server","now"],"additionalProperties":false,"oneOf":[{"required":["envelope","tool"]},{"required":["envelopeBase64","tool"]},{"required":["request"],"not":{"anyOf":[{"required":["tool"]},{"required":["arguments"]},{"required":["argumentsBase64"]}]}}],"properties":{"envelope":{"description":"The envelope file's content as JSON.","type":"object"},"envelopeBase64":{"description":"The envelope file's exact bytes, for inputs JSON cannot hold as a value (duplicate keys, BOM, invalid UTF-8).","type":"string","contentEncoding":"base64"},"request":{"description":"The `params` of a `tools/call` request as received (normally an object with name, arguments, _meta; any JSON value, to test malformed requests): the verifier finds the attestation in `_meta` as deployed verifiers do."},"keys":{"$ref":"trust-store.schema.json"},"tool":{"type":"string"},"arguments":{"description":"The arguments file's content as JSON.","type":"object"},"argumentsBase64":{"type":"string","contentEncoding":"base64"},"server":{"type":"string"},"now":{"$ref":"common.schema.json#/$defs/timestamp"},"profile":{"enum":["sep-2787","vaara-v2"]},"algorithms":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"allowRedactedProjection":{"type":"boolean"},"resolve":{"description":"Content the verifier's argsRef resolver returns, by URI, as base64.","type":"object","additionalProperties":{"type":"string","contentEncoding":"base64"}},"permittedIssuers":{"description":"Tool policy: the issuers accepted for this call.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"requiredCapability":{"description":"Tool policy: the capability plannerDeclared.requestedCapability must name.","type":"string","minLength":1},"replayStoreUnavailable":{"description":"The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.","const":true}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
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
validate37.errors = vErrors;
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
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key0 in data){
if(!(func1.call(schema46.properties, key0))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data.envelope !== undefined){
let data0 = data.envelope;
const _errs12 = errors;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
validate37.errors = [{instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate37.errors = [{instancePath:instancePath+"/envelopeBase64",schemaPath:"#/properties/envelopeBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate24(data.keys, {instancePath:instancePath+"/keys",parentData:data,parentDataProperty:"keys",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
validate37.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/arguments",schemaPath:"#/properties/arguments/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate37.errors = [{instancePath:instancePath+"/argumentsBase64",schemaPath:"#/properties/argumentsBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!pattern11.test(data7)){
validate37.errors = [{instancePath:instancePath+"/now",schemaPath:"common.schema.json#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/now",schemaPath:"common.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/enum",keyword:"enum",params:{allowedValues: schema46.properties.profile.enum},message:"must be equal to one of the allowed values"}];
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
validate37.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs31 = errors;
if(typeof data9[i0] !== "string"){
validate37.errors = [{instancePath:instancePath+"/algorithms/" + i0,schemaPath:"#/properties/algorithms/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
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
validate37.errors = [{instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate37.errors = [{instancePath:instancePath+"/allowRedactedProjection",schemaPath:"#/properties/allowRedactedProjection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate37.errors = [{instancePath:instancePath+"/resolve/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/resolve/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs38 === errors;
if(!valid7){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/resolve",schemaPath:"#/properties/resolve/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate37.errors = [{instancePath:instancePath+"/permittedIssuers",schemaPath:"#/properties/permittedIssuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
const _errs42 = errors;
if(typeof data14[i2] !== "string"){
validate37.errors = [{instancePath:instancePath+"/permittedIssuers/" + i2,schemaPath:"#/properties/permittedIssuers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/permittedIssuers",schemaPath:"#/properties/permittedIssuers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
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
validate37.errors = [{instancePath:instancePath+"/permittedIssuers",schemaPath:"#/properties/permittedIssuers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
if(func2(data16) < 1){
validate37.errors = [{instancePath:instancePath+"/requiredCapability",schemaPath:"#/properties/requiredCapability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/requiredCapability",schemaPath:"#/properties/requiredCapability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/replayStoreUnavailable",schemaPath:"#/properties/replayStoreUnavailable/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
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
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"title":"ConformanceCall","type":"object","required":["input","expected"],"additionalProperties":false,"properties":{"input":{"description":"The call's inputs; which shape is fixed by the vector's verb.","anyOf":[{"$ref":"#/$defs/verifyAttestationInput"},{"$ref":"#/$defs/verifyTransportInput"}]},"expected":{"$ref":"#/$defs/expected"}}};
const schema49 = {"title":"ConformanceExpected","type":"object","required":["verdict","reason"],"additionalProperties":false,"properties":{"verdict":{"enum":["accept","reject"]},"reason":{"anyOf":[{"$ref":"reason.schema.json"},{"type":"null"}]},"signingInput":{"description":"Lowercase hex of the canonical signing input an implementation must compute for this envelope.","type":"string","pattern":"^(?:[0-9a-f]{2})+$"},"argsCommitment":{"enum":["identity","hash","reference","redacted"]},"decision":{"description":"verify-transport: the gateway decision; reject is deny or challenge.","enum":["allow","deny","challenge"]},"agentId":{"description":"verify-transport on allow: the verified agent identity, or null when none was presented.","type":["string","null"]},"operatorId":{"description":"verify-transport on allow: the verified operator, or null when none was presented.","type":["string","null"]}}};
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcp-trust.org/schemas/v1/reason.schema.json","title":"Reason","description":"The closed registry of `error.data.reason` strings. Each entry carries the HTTP status it maps to (400 malformed, 401 authentication, 403 authorization, 502 a gateway could not reach the server behind it, 503 a dependency of the verifier failed). Defined in spec/reasons.md.","type":"string","oneOf":[{"const":"json_invalid","description":"The input is not strict I-JSON: a syntax error, a duplicate member name, a member named __proto__, a lone surrogate, a byte order mark, invalid UTF-8, an integer outside ±(2^53−1), a number that overflows to infinity or underflows to zero, or negative zero.","x-http-status":400},{"const":"limit_exceeded","description":"The input is larger than the configured size limit (default 65536 bytes) or nested deeper than the configured depth limit (default 32).","x-http-status":400},{"const":"request_malformed","description":"The tools/call request around the evidence is not well-formed: params, name, arguments or _meta missing where required or of the wrong type.","x-http-status":400},{"const":"envelope_malformed","description":"The evidence is well-formed JSON but does not match its schema: a missing or unknown member, a wrong type, a non-integer number in an envelope field, non-canonical hex, an unparseable timestamp, or an ambiguous tool-call list.","x-http-status":400},{"const":"evidence_ambiguous","description":"A request carries one kind of evidence more than once: two items of one known type in the evidence container, or an attestation at SEP-2787's _meta.attestation that differs from the container's.","x-http-status":400},{"const":"attestation_required","description":"The policy requires a tool-call attestation and the request carries none.","x-http-status":401},{"const":"algorithm_unsupported","description":"The envelope names a signature algorithm that is not in the verifier's configured allow-list.","x-http-status":401},{"const":"key_unavailable","description":"The verifier's trust store has no usable key for the envelope's issuer, key version and algorithm.","x-http-status":401},{"const":"signature_invalid","description":"The signature does not verify over the canonical signing input, or has the wrong length or encoding for its algorithm.","x-http-status":401},{"const":"not_yet_valid","description":"The envelope's issue time lies further in the future than the allowed clock skew.","x-http-status":401},{"const":"expired","description":"The envelope's lifetime plus the allowed clock skew has passed.","x-http-status":401},{"const":"nonce_replay","description":"The envelope's nonce was already consumed by an accepted call from the same issuer.","x-http-status":401},{"const":"server_mismatch","description":"No tool-call entry names this server's fingerprint.","x-http-status":403},{"const":"tool_mismatch","description":"The tool-call entry for this server names a different tool.","x-http-status":403},{"const":"args_commitment_mismatch","description":"The arguments being executed are not the arguments the envelope commits to, or the commitment cannot be checked.","x-http-status":403},{"const":"issuer_not_permitted","description":"The attestation's issuer is trusted by the verifier but not for this tool.","x-http-status":403},{"const":"capability_mismatch","description":"The tool's policy requires a capability the attestation's plannerDeclared.requestedCapability does not name.","x-http-status":403},{"const":"replay_store_unavailable","description":"The replay store could not be reached or failed; the call is refused (fail-closed) unless the operator chose fail-open.","x-http-status":503},{"const":"upstream_unavailable","description":"A gateway could not reach the MCP server behind it: the connection was refused or reset, or no response arrived within the configured timeout. The message was not delivered; it is not a verdict on the evidence.","x-http-status":502},{"const":"header_malformed","description":"One of the transport headers (MCP-Actor, MCP-Cap-Token, MCP-Agent-Identity, MCP-Agent-Intent, MCP-Agent-Session) is not a valid RFC 9651 structured field of its type, breaks its schema, contains characters its type does not allow, or is larger than its limit.","x-http-status":400},{"const":"header_duplicated","description":"One of the transport headers appears more than once in the HTTP request (including values joined by an intermediary).","x-http-status":400},{"const":"header_mismatch","description":"A transport header disagrees with its _meta twin in the evidence container, or is present without it; the body is authoritative (the semantics of MCP's -32020 HeaderMismatch).","x-http-status":400},{"const":"token_malformed","description":"A compact JWS or JWT (capability token, identity credential, DID proof) is not well-formed: wrong number of segments, non-canonical base64url, a header or claims set that is not strict I-JSON, or a missing, unknown or mistyped required member.","x-http-status":400},{"const":"evidence_required","description":"The tool's policy requires an evidence item (actor, cap-token, agent-identity, agent-intent, agent-session) that the request does not carry.","x-http-status":401},{"const":"lifetime_exceeded","description":"A token or credential declares a lifetime longer than its profile allows (300 seconds for a capability token).","x-http-status":401},{"const":"audience_mismatch","description":"A token or credential is addressed to another audience than this server.","x-http-status":403},{"const":"actor_mismatch","description":"The actor does not equal the subject of the verified capability token or identity proof.","x-http-status":403},{"const":"scope_insufficient","description":"The capability token's scope does not cover this method and tool.","x-http-status":403},{"const":"scope_escalation","description":"A forwarded capability token claims a scope its parent token does not grant.","x-http-status":403},{"const":"chain_invalid","description":"A capability token chain is broken: a token does not name its parent by digest, outlives it, changes its subject, is not issued by its parent's audience, or the chain is longer than allowed.","x-http-status":403},{"const":"key_binding_mismatch","description":"Proof of possession failed: the token's confirmation key (cnf) is not the key the caller proved possession of, or the mTLS certificate thumbprint does not match.","x-http-status":401},{"const":"identity_invalid","description":"The agent identity proof does not establish an identity: an inactive or unknown OAuth token, an unresolvable or unsupported DID, a DID document without the signing key, or a proof type the policy does not accept.","x-http-status":401},{"const":"challenge_required","description":"The agent identity proof needs a fresh server challenge: none was signed, or the signed one is not this server's, has expired or was already used. The decision is challenge and carries a new challenge.","x-http-status":401},{"const":"intent_out_of_scope","description":"The call is outside the scope the agent declared in its intent. The decision is challenge.","x-http-status":403},{"const":"session_mismatch","description":"Evidence bound to one agent session was presented in another, or in none.","x-http-status":403},{"const":"resolver_unavailable","description":"A resolver the verifier depends on (OAuth introspection, DID resolution, key source) failed; the call is refused unless the operator chose fail-open.","x-http-status":503}]};
const pattern16 = new RegExp("^(?:[0-9a-f]{2})+$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
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
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "verdict") || (key0 === "reason")) || (key0 === "signingInput")) || (key0 === "argsCommitment")) || (key0 === "decision")) || (key0 === "agentId")) || (key0 === "operatorId"))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.verdict !== undefined){
let data0 = data.verdict;
const _errs2 = errors;
if(!((data0 === "accept") || (data0 === "reject"))){
validate43.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema49.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
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
validate43.errors = vErrors;
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
if(!pattern16.test(data2)){
validate43.errors = [{instancePath:instancePath+"/signingInput",schemaPath:"#/properties/signingInput/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{2})+$"},message:"must match pattern \""+"^(?:[0-9a-f]{2})+$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/signingInput",schemaPath:"#/properties/signingInput/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate43.errors = [{instancePath:instancePath+"/argsCommitment",schemaPath:"#/properties/argsCommitment/enum",keyword:"enum",params:{allowedValues: schema49.properties.argsCommitment.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs85 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.decision !== undefined){
let data4 = data.decision;
const _errs86 = errors;
if(!(((data4 === "allow") || (data4 === "deny")) || (data4 === "challenge"))){
validate43.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema49.properties.decision.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs86 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.agentId !== undefined){
let data5 = data.agentId;
const _errs87 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate43.errors = [{instancePath:instancePath+"/agentId",schemaPath:"#/properties/agentId/type",keyword:"type",params:{type: schema49.properties.agentId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs87 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operatorId !== undefined){
let data6 = data.operatorId;
const _errs89 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate43.errors = [{instancePath:instancePath+"/operatorId",schemaPath:"#/properties/operatorId/type",keyword:"type",params:{type: schema49.properties.operatorId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs89 === errors;
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
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
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
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "input") || (key0 === "expected"))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.input !== undefined){
let data0 = data.input;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate37(data0, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs5 = errors;
if(!(validate21(data0, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err0 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate40.errors = vErrors;
return false;
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
}
else {
var valid0 = true;
}
if(valid0){
if(data.expected !== undefined){
const _errs6 = errors;
if(!(validate43(data.expected, {instancePath:instancePath+"/expected",parentData:data,parentDataProperty:"expected",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern14 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
const pattern15 = new RegExp("^[a-z0-9-]+#[a-z0-9-]+$", "u");

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
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.verb === undefined) && (missing0 = "verb")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.verb !== undefined){
if("verify-transport" !== data.verb){
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
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.calls !== undefined){
let data1 = data.calls;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data1)){
var valid4 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.input !== undefined){
if(!(validate21(data2.input, {instancePath:instancePath+"/calls/" + i0+"/input",parentData:data2,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/calls/" + i0,schemaPath:"#/allOf/0/then/properties/calls/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs8 === errors;
if(!valid4){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/calls",schemaPath:"#/allOf/0/then/properties/calls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.calls = true;
props0.verb = true;
}
ifClause0 = "then";
}
else {
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.calls !== undefined){
let data4 = data.calls;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid7 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs14 = errors;
if(errors === _errs14){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.input !== undefined){
if(!(validate37(data5.input, {instancePath:instancePath+"/calls/" + i1+"/input",parentData:data5,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/calls/" + i1,schemaPath:"#/allOf/0/else/properties/calls/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs14 === errors;
if(!valid7){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/calls",schemaPath:"#/allOf/0/else/properties/calls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
var _valid0 = _errs11 === errors;
valid1 = _valid0;
if(valid1){
if(props0 !== true){
props0 = props0 || {};
props0.calls = true;
}
}
ifClause0 = "else";
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate20.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((((((data.id === undefined) && (missing1 = "id")) || ((data.description === undefined) && (missing1 = "description"))) || ((data.spec === undefined) && (missing1 = "spec"))) || ((data.category === undefined) && (missing1 = "category"))) || ((data.verb === undefined) && (missing1 = "verb"))) || ((data.calls === undefined) && (missing1 = "calls"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs17 = errors;
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "id")) || (key0 === "description")) || (key0 === "spec")) || (key0 === "category")) || (key0 === "verb")) || (key0 === "calls"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs17 === errors){
if(data.$schema !== undefined){
const _errs18 = errors;
if(typeof data.$schema !== "string"){
validate20.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs18 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.id !== undefined){
let data8 = data.id;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+/[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+/[a-z0-9-]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs20 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.description !== undefined){
let data9 = data.description;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data9 === "string"){
if(func2(data9) > 300){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(func2(data9) < 10){
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
var valid9 = _errs22 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.spec !== undefined){
let data10 = data.spec;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(!pattern15.test(data10)){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+#[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+#[a-z0-9-]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs24 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.category !== undefined){
let data11 = data.category;
const _errs26 = errors;
if(!(((data11 === "signature") || (data11 === "policy")) || (data11 === "parsing"))){
validate20.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.category.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs26 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.verb !== undefined){
let data12 = data.verb;
const _errs27 = errors;
if(!((data12 === "verify-attestation") || (data12 === "verify-transport"))){
validate20.errors = [{instancePath:instancePath+"/verb",schemaPath:"#/properties/verb/enum",keyword:"enum",params:{allowedValues: schema31.properties.verb.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs27 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.calls !== undefined){
let data13 = data.calls;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data13)){
if(data13.length > 8){
validate20.errors = [{instancePath:instancePath+"/calls",schemaPath:"#/properties/calls/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"}];
return false;
}
else {
if(data13.length < 1){
validate20.errors = [{instancePath:instancePath+"/calls",schemaPath:"#/properties/calls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid10 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
const _errs30 = errors;
if(!(validate40(data13[i2], {instancePath:instancePath+"/calls/" + i2,parentData:data13,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid10 = _errs30 === errors;
if(!valid10){
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
var valid9 = _errs28 === errors;
}
else {
var valid9 = true;
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
