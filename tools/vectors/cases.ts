import type { AnyCaseDef } from "./case-types.js";
import { carriageCases } from "./cases-carriage.js";
import { checkCases } from "./cases-checks.js";
import { positiveCases } from "./cases-positive.js";
import { readingCases } from "./cases-reading.js";
import { hardeningCases } from "./cases-hardening.js";
import { orderCases } from "./cases-order.js";
import { pinCases } from "./cases-pins.js";
import { policyCases } from "./cases-policy.js";
import { bindingCases } from "./cases-transport-bindings.js";
import { capCases } from "./cases-transport-cap.js";
import { headerCases } from "./cases-transport-headers.js";
import { identityCases } from "./cases-transport-identity.js";

export const allCases: AnyCaseDef[] = [
  ...positiveCases,
  ...readingCases,
  ...checkCases,
  ...carriageCases,
  ...hardeningCases,
  ...orderCases,
  ...pinCases,
  ...policyCases,
  ...headerCases,
  ...capCases,
  ...identityCases,
  ...bindingCases,
];
