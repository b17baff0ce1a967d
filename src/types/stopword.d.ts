// The `stopword` package ships no types; this declares the part we use.
declare module 'stopword' {
  /** English stop words, lower-case. */
  export const eng: string[]
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[]
}
