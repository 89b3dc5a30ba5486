declare module 'virtual:exhibit-inlined-assets' {
  /** Path under assets/ → data: URL, in the one-file build; null in every other build. */
  const map: Readonly<Record<string, string>> | null;
  export default map;
}
