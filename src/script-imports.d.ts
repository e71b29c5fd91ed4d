/**
 * A script the build bundles on its own, as one self-contained file (@crxjs/vite-plugin's
 * `?script&iife` import, see its client.d.ts): the import gives the file's name in the built
 * extension, for `scripting.executeScript({ files })`.
 */
declare module "*?script&iife" {
  const fileName: string;
  export default fileName;
}
