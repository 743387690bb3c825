/**
 * Text normalisation shared by tokenisation and titles.
 *
 * Invariant: every function here is pure and locale-independent (no
 * `toLocaleLowerCase`, no `Intl`), so the same note gives the same tokens on
 * every device in the room.
 */

/** Apostrophe look-alikes typed by phones and word processors. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g

/** French elided words: `l'argent` carries the same meaning as `argent`. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\p{L})/u

const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
}

/**
 * Removes markup a participant may paste into a note (HTML tags, entities,
 * Markdown emphasis), keeping the words. Case and accents are preserved so
 * that titles can still show the participant's spelling.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (whole, name: string) => HTML_ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/[*_~`#]+/g, ' ')
    .replace(APOSTROPHES, "'")
}

/**
 * Lower-cases and folds accents and ligatures: `Élodie Œuvre` -> `elodie oeuvre`.
 * NFKC first turns compatibility forms (full-width letters, `ﬁ`) into plain ones.
 */
export function foldCase(word: string): string {
  // Most words are plain ASCII; skip the Unicode round trips for them.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase()
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
}

/** Drops a leading French elision from an already folded word: `l'argent` -> `argent`. */
export function dropElision(word: string): string {
  return word.replace(ELISION, '')
}

/**
 * Normalises free text for matching: markup removed, lower case, accents
 * folded, apostrophes unified and French elisions dropped, punctuation and
 * symbols turned into single spaces.
 *
 * @example
 * normalize("L'argent reste dans l’entreprise !") // "argent reste dans entreprise"
 * normalize('<b>Important</b> : Économie') // "important economie"
 */
export function normalize(text: string): string {
  return foldCase(stripMarkup(text))
    .replace(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu, (word) => dropElision(word).replace(/'/g, ' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
