/** Files bundled as assets (webpack asset/resource): importing one gives its URL. */
declare module '*.xlsx' {
  const url: string;
  export default url;
}
declare module 'highs/runtime' {
  const url: string;
  export default url;
}
