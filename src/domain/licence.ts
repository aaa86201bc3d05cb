/** The licence of the archive's texts and data (the site footer says the same). */
export const DATA_LICENCE = {
  id: "CC-BY-SA-4.0",
  name: "Creative Commons Attribution-ShareAlike 4.0 International",
  url: "https://creativecommons.org/licenses/by-sa/4.0/",
} as const;

/** Files listed in a document keep their own licence (`media[].licence`). */
export const LICENCE_NOTE =
  "Texts and data: CC BY-SA 4.0. Photos and documents listed under media keep the licence given with each file.";
