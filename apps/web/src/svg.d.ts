/** SVG files imported as text (the esbuild `text` loader for `.svg`, apps/web/project.json). */
declare module '*.svg' {
  const content: string;
  export default content;
}
