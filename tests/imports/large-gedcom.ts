/**
 * A large GEDCOM 5.5.1 file for the chunked import path and its benchmark: families of four
 * (two parents, two children), people first and families at the end of the file, as many
 * programs write them, so links must be resolved across chunks.
 */
export function largeGedcom(people: number): string {
  const out: string[] = ["0 HEAD", "1 SOUR BENCH", "1 GEDC", "2 VERS 5.5.1", "1 CHAR UTF-8"];
  const families = Math.ceil(people / 4);
  for (let i = 1; i <= people; i++) {
    const family = Math.ceil(i / 4);
    const role = (i - 1) % 4;
    const surname = `Familie${family}`;
    out.push(`0 @I${i}@ INDI`, `1 NAME Person${i} /${surname}/`, `1 SEX ${role === 1 ? "F" : "M"}`);
    out.push("1 BIRT", `2 DATE ${role < 2 ? "ABT 18" : "19"}${String(i % 100).padStart(2, "0")}`, `2 PLAC Ort${i % 500}`);
    if (i % 3 === 0) out.push("1 DEAT", `2 DATE BET 1937 AND 194${i % 10}`, "2 PLAC Lager", "2 SOUR @S1@", "3 PAGE Akte " + i);
    out.push(role < 2 ? `1 FAMS @F${family}@` : `1 FAMC @F${family}@`);
  }
  for (let f = 1; f <= families; f++) {
    const first = (f - 1) * 4 + 1;
    out.push(`0 @F${f}@ FAM`);
    if (first <= people) out.push(`1 HUSB @I${first}@`);
    if (first + 1 <= people) out.push(`1 WIFE @I${first + 1}@`);
    if (first + 2 <= people) out.push(`1 CHIL @I${first + 2}@`);
    if (first + 3 <= people) out.push(`1 CHIL @I${first + 3}@`);
  }
  out.push("0 @S1@ SOUR", "1 TITL Lagerkartei", "1 REPO @R1@", "0 TRLR", "");
  return out.join("\n");
}
