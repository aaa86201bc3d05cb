/** Vite's `?raw` imports: a file's text, e.g. public/_headers. */
declare module "*?raw" {
  const text: string;
  export default text;
}
