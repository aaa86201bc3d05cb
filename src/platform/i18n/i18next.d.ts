import "i18next";
import type { Namespaces } from "./index";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Namespaces;
    returnNull: false;
  }
}
