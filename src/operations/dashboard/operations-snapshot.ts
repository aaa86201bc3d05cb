/**
 * The operator's figures as the dashboard page and GET /api/v1/admin/operations show them.
 */
import { type DateFindingsView } from "../../editorial/date-check/date-findings.queries";
import { type DayActivity, type OperationsFigures } from "./operations.queries";

export interface OperationsSnapshot {
  now: number;
  figures: OperationsFigures;
  activity: DayActivity[];
  /** D1 reports the database's size with every result (`meta.size_after`). */
  databaseBytes: number | null;
  dates: DateFindingsView;
}
