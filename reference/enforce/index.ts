export { buildDecision, CHECK_ORDER, checksFor, DECISION_META_KEY, type Decision, type DecisionCheck, type DecisionInput } from "./decision.js";
export { Enforcer, type Enforcement, type EnforcerOptions } from "./enforcer.js";
export { loadPolicy, type EffectiveToolPolicy, type LoadedPolicy, type Policy, type ToolPolicy } from "./policy.js";
