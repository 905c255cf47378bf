import type { CaseDef } from "./case-types.js";
import { carriageCases } from "./cases-carriage.js";
import { checkCases } from "./cases-checks.js";
import { positiveCases } from "./cases-positive.js";
import { readingCases } from "./cases-reading.js";
import { hardeningCases } from "./cases-hardening.js";
import { orderCases } from "./cases-order.js";
import { pinCases } from "./cases-pins.js";
import { policyCases } from "./cases-policy.js";

export const allCases: CaseDef[] = [...positiveCases, ...readingCases, ...checkCases, ...carriageCases, ...hardeningCases, ...orderCases, ...pinCases, ...policyCases];
