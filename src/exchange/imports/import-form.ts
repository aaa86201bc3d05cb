/** The people form of /import/{id}: the same rules as the API's submit body, with form messages. */
import { z } from "zod";
import { importSubmitBody } from "./imports.shapes";

export const relationshipSchema = importSubmitBody.extend({
  rows: z.union([z.literal("all"), z.array(z.number().int().positive()).min(1, { error: "choose at least one person" }).max(5_000)]),
});
