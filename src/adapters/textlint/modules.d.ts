// The textlint rule packages ship CommonJS without type declarations; the adapter treats each
// module as unknown and checks its shape at load time (see load-rule.ts).
declare module 'textlint-rule-no-doubled-joshi' {
  const mod: unknown;
  export default mod;
}
declare module 'textlint-rule-no-mix-dearu-desumasu' {
  const mod: unknown;
  export default mod;
}
declare module 'textlint-rule-no-dropping-the-ra' {
  const mod: unknown;
  export default mod;
}
declare module 'textlint-rule-max-ten' {
  const mod: unknown;
  export default mod;
}
declare module 'textlint-rule-ja-no-redundant-expression' {
  const mod: unknown;
  export default mod;
}
declare module 'textlint-rule-ja-no-abusage' {
  const mod: unknown;
  export default mod;
}
declare module 'textlint-rule-no-double-negative-ja' {
  const mod: unknown;
  export default mod;
}
declare module 'textlint-rule-no-doubled-conjunctive-particle-ga' {
  const mod: unknown;
  export default mod;
}
