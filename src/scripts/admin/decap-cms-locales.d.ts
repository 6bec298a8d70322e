// decap-cms-locales ships no types: each locale is a nested table of UI strings.
declare module 'decap-cms-locales' {
  export const vi: Record<string, unknown>;
}
