/** Every API operation the OpenAPI document describes; the contract test checks none is missing. */
import { coreOperations } from "./operations-core";
import { staffOperations } from "./operations-staff";
import { importOperations } from "./operations-imports";
import { openDataOperations } from "./operations-opendata";
import { groupOperations } from "./operations-groups";
import { versionOperations } from "./operations-versions";
import type { Operation } from "./registry";

export const allOperations: Operation[] = [...coreOperations, ...versionOperations, ...staffOperations, ...openDataOperations, ...importOperations, ...groupOperations];
