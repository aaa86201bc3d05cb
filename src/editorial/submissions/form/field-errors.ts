/**
 * Validation issues in the submitter's language, placed where the form shows the field. The
 * person-document schema speaks English to API clients; the form translates each issue by its
 * kind and path, never by showing the English text.
 */
import type { z } from "zod";
import type { Translate } from "../../../platform/i18n";
import { parseDateWording } from "../../../domain/dates/date-wording";
import { TEXT_MESSAGES } from "../../../domain/text-rules";
import type { StepId } from "./draft";

export interface Problem {
  step: StepId;
  /** The form field name the message belongs next to, e.g. "events.2.date". */
  field: string;
  message: string;
}

type Path = ReadonlyArray<PropertyKey>;

const EVENT_LINKS = new Set(["sources", "certainty", "alternatives"]);
/** Who acted and the Soviet verdict: fields of the fate step under their own names. */
const EVENT_EVIDENCE_FIELDS = new Set(["agency", "agency_note", "charge", "sentencing_body", "sentence"]);
const SOURCE_FIELDS = new Set([
  "kind",
  "citation",
  "archive",
  "fond",
  "opis",
  "delo",
  "list",
  "page",
  "url",
]);

/** Which step and field show an issue at `path` of the document. */
export function locate(path: Path): { step: StepId; field: string } {
  const [top, index, sub, leaf] = path.map(String);
  const row = `${top}.${index}`;
  switch (top) {
    case "names":
      return {
        step: "person",
        field:
          index === undefined
            ? "names"
            : `${row}.${sub === "kind" || sub === "given" || sub === "family" ? sub : "display"}`,
      };
    case "sex":
      return { step: "person", field: "sex" };
    case "events":
      if (index === undefined) return { step: "fate", field: "events" };
      if (EVENT_LINKS.has(sub ?? "")) return { step: "sources", field: `${row}.sources` };
      if (sub !== undefined && EVENT_EVIDENCE_FIELDS.has(sub)) return { step: "fate", field: `${row}.${sub}` };
      if (sub === "place")
        return {
          step: "fate",
          field: leaf === "modern_name" ? `${row}.modern_place` : `${row}.place`,
        };
      return {
        step: "fate",
        field: `${row}.${sub === "date" || sub === "description" ? sub : "type"}`,
      };
    case "biography":
      return { step: "biography", field: `biography.${index}` };
    case "sources":
      return {
        step: "sources",
        field:
          index === undefined
            ? "sources"
            : `${row}.${SOURCE_FIELDS.has(sub ?? "") ? sub : "citation"}`,
      };
    case "relations":
      return {
        step: "relations",
        field:
          index === undefined
            ? "relations"
            : `${row}.${sub === "type" || sub === "note" || sub === "certainty" ? sub : sub === "memorial_id" ? "memorial" : "name"}`,
      };
    case "markers":
      if (index === undefined) return { step: "markers", field: "markers" };
      return {
        step: "markers",
        field: `${row}.${sub === "place" ? (leaf === "lat" || leaf === "lon" || leaf === "precision" ? "position" : "place") : sub === "installed" ? "installed" : ["kind", "address", "inscription", "note"].includes(sub ?? "") ? sub : "kind"}`,
      };
    case "media":
      return index === undefined
        ? { step: "media", field: "media" }
        : { step: "media", field: `${row}.${sub === "caption" || sub === "credit" ? sub : "id"}` };
    default:
      return { step: "review", field: String(top) };
  }
}

const CUSTOM_MESSAGES: Array<[RegExp, string]> = [
  [/source, or mark the event as a family account/, "needsSource"],
  [/mark exactly one name/, "primaryMissing"],
  [/only one name can be the primary/, "primaryTwice"],
  [/not a valid EDTF/, "edtf"],
  [/disputed fact needs/, "disputed"],
  [/only kept for a disputed/, "alternatives"],
  [/latitude and longitude/, "latLon"],
  [/name the person, or link/, "relationName"],
  [/^name the agency/, "agencyNote"],
  [/a charge belongs/, "chargeOnEvent"],
  [/belongs to a sentence or a rehabilitation/, "sentenceOnEvent"],
  [/say why the sources refute/, "refutedWhy"],
  [/each version of a fact needs its source/, "versionSource"],
  [/same person \(probable/, "possibleIdentity"],
  [/says how precise a point is/, "latLon"],
  [/refers to a source/, "unknownSource"],
  [/used by two sources/, "duplicateSource"],
];

const EDTF_PROBLEM_MESSAGES: Record<string, "edtf" | "edtfReversed" | "edtfShortYear" | "edtfTime" | "edtfImpossible"> = {
  syntax: "edtf",
  reversed: "edtfReversed",
  shortYear: "edtfShortYear",
  time: "edtfTime",
  impossible: "edtfImpossible",
};

/** One issue in words the submitter understands. `dateText` is the stored wording of a date field. */
export function localiseIssue(issue: z.core.$ZodIssue, t: Translate, dateText?: string): string {
  const path = issue.path.map(String);
  if (dateText !== undefined && path.includes("edtf")) {
    const parsed = parseDateWording(dateText);
    if (parsed && !parsed.ok) return t(`submissions:dateProblems.${parsed.problem}`);
  }
  switch (issue.code) {
    case "invalid_type":
      return t("submissions:errors.required");
    case "too_small":
      if (path.join(".") === "names") return t("submissions:errors.nameRequired");
      return t("submissions:errors.required");
    case "too_big":
      return issue.origin === "array"
        ? t("submissions:errors.tooMany", { max: Number(issue.maximum) })
        : t("submissions:errors.tooLong", { max: Number(issue.maximum) });
    case "invalid_value":
      return t("submissions:errors.choose");
    case "invalid_format":
      return path[path.length - 1] === "url"
        ? t("submissions:errors.url")
        : t("submissions:errors.format");
    case "custom": {
      if (issue.message.startsWith(TEXT_MESSAGES.hidden)) return t("text.hidden");
      if (issue.message === TEXT_MESSAGES.invisibleOnly) return t("text.invisibleOnly");
      const params = (issue as { params?: Record<string, unknown> }).params ?? {};
      if (typeof params.wordsEdtf === "string") {
        return t("submissions:errors.wordsDisagree", { words: dateText ?? "", code: String(params.edtf) });
      }
      const problem = EDTF_PROBLEM_MESSAGES[String(params.edtfProblem)];
      if (problem) return t(`submissions:errors.${problem}`);
      const key = CUSTOM_MESSAGES.find(([pattern]) => pattern.test(issue.message))?.[1];
      return t(`submissions:errors.${(key ?? "invalid") as "invalid"}`);
    }
    default:
      return t("submissions:errors.invalid");
  }
}

/** Problems per field name for one step; the first message of a field wins. */
export function fieldMessages(problems: Problem[], step: StepId): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const p of problems) if (p.step === step) messages[p.field] ??= p.message;
  return messages;
}
