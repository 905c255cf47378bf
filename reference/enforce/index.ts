export { buildDecision, buildTransportDecision, CHECK_ORDER, checksFor, TRANSPORT_CHECK_ORDER, type TransportDecisionInput, DECISION_META_KEY, type Decision, type DecisionCheck, type DecisionInput } from "./decision.js";
export { Enforcer, type Enforcement, type EnforcerOptions, type TransportInput } from "./enforcer.js";
export { loadPolicy, type EffectiveToolPolicy, type LoadedPolicy, type Policy, type ToolPolicy } from "./policy.js";
