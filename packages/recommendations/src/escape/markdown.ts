// CommonMark lets any ASCII punctuation be backslash-escaped, so escaping is
// always safe; it is limited to what can start markup, so French text with
// apostrophes and hyphens stays readable as plain text.

/** Markup anywhere in a line: emphasis, code, links, raw HTML, tables, strikethrough, closing #s of a heading. */
const INLINE = /[\\`*_[\]<>|~#]/g
/** An entity like `&amp;` or `&#60;` would be decoded; a lone "&" is harmless. */
const ENTITY = /&(?=#?[0-9a-z]+;)/gi
/** GFM turns bare URLs, www. hosts and e-mail addresses into links; a backslash in the right place stops it. */
const AUTOLINK_SCHEME = /\b(https?|ftp|mailto|xmpp):/gi
const AUTOLINK_WWW = /\b(www)\./gi
const AUTOLINK_EMAIL = /(\w)@(?=\w)/g
/** Block markup that only counts at the start of a line: lists, setext underlines. */
const LINE_START = /^([+\-=])/
const ORDERED_LIST = /^(\d+)([.)])/

/**
 * One line of participant text as literal Markdown: `**bold**`,
 * `[x](javascript:alert(1))` and `<b>hi</b>` render as those characters, and
 * a pasted URL stays text (an exported report must not carry links that
 * look endorsed by the workshop).
 * Leading and trailing blanks are dropped (they would make code blocks).
 * `atLineStart: false` is for text that follows other characters on its
 * line, where "#" or "1." cannot start a block and need no backslash.
 *
 * @example
 * ```ts
 * escapeMarkdownLine('**URGENT**') // "\\*\\*URGENT\\*\\*"
 * ```
 */
export function escapeMarkdownLine(line: string, atLineStart = true): string {
  const inline = line
    .trim()
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(AUTOLINK_SCHEME, '$1\\:')
    .replace(AUTOLINK_WWW, '$1\\.')
    .replace(AUTOLINK_EMAIL, '$1\\@')
  return atLineStart ? inline.replace(LINE_START, '\\$1').replace(ORDERED_LIST, '$1\\$2') : inline
}

/**
 * Multi-line participant text as literal Markdown inside a block that is
 * indented by `indent` (e.g. a list item): lines are kept apart with hard
 * breaks (a trailing backslash), blank lines are dropped so the text cannot
 * end the block it sits in.
 *
 * @example
 * ```ts
 * escapeMarkdown('# un\ndeux', '  ') // "\\# un\\\n  deux"
 * ```
 */
export function escapeMarkdown(text: string, indent = '', firstAtLineStart = true): string {
  return splitLines(text)
    .map((line, i) => escapeMarkdownLine(line, i > 0 || firstAtLineStart))
    .join(`\\\n${indent}`)
}

/** Participant text for a table cell: one line, pipes escaped. */
export function escapeMarkdownCell(text: string): string {
  return splitLines(text)
    .map((line) => escapeMarkdownLine(line, false))
    .join(' ')
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')
}
