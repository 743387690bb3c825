/**
 * Thrown by commands given input they must not write (unknown dimension,
 * text too long, ...). `code` is a reason code or a short kebab-case word.
 *
 * @example
 * try { addOwnNote(doc, { text: '', dimension: 'vision' }) }
 * catch (e) { if (e instanceof BoardModelError) console.log(e.code) } // 'text-empty'
 */
export class BoardModelError extends Error {
  readonly code: string

  constructor(code: string, detail?: string) {
    super(detail ? `${code}: ${detail}` : code)
    this.name = 'BoardModelError'
    this.code = code
  }
}
