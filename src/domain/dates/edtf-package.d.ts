// The edtf package ships no types; we declare the small part of its API we use.
declare module "edtf" {
  /** A node of the parse tree: a date, or an interval/set/list of nodes. */
  export interface EdtfNode {
    type: "Date" | "Year" | "Decade" | "Century" | "Season" | "Interval" | "List" | "Set";
    level: number;
    values: Array<number | EdtfNode | EdtfNode[] | null>;
    approximate?: number | boolean;
    uncertain?: number | boolean;
    unspecified?: number;
    earlier?: boolean;
    later?: boolean;
  }
  export interface EdtfValue {
    readonly type: EdtfNode["type"];
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  export function parse(input: string, constraints?: { level?: number }): EdtfNode;
  export default function edtf(input: string | EdtfNode): EdtfValue;
}
