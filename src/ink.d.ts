// .ink files are compiled at build time by tools/vite-plugin-ink.ts into a JSON string.
declare module '*.ink' {
  const json: string;
  export default json;
}
