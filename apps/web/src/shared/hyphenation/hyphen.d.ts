// The `hyphen` package ships no types: the engine and the patterns, as used here.
declare module 'hyphen' {
  /** A hyphenator for one language's patterns: text in, text with soft hyphens out. */
  export default function createHyphenator(
    patterns: unknown,
    options?: { html?: boolean; minWordLength?: number; hyphenChar?: string },
  ): (text: string) => string
}

declare module 'hyphen/patterns/*' {
  const patterns: unknown
  export default patterns
}
