import type { BoardSnapshot } from '../snapshot.js'

/** Participant text that markup-aware formats would otherwise interpret. */
export const HOSTILE_TEXTS = [
  '<b>hi</b>',
  '**bold**',
  '[x](javascript:alert(1))',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  '@SUM(1+1)',
  '-2+3',
  '# not a heading',
  '1. not a list',
  '| not | a | table |',
  '`code` &amp; ~~strike~~ _em_',
  'quote " and, comma',
  'line one\nline two',
  'see http://evil.example, www.evil.example or me@evil.example',
] as const

/** n050 is the Lyon note that was never clustered: it lands in the annex. */
export const UNCLUSTERED_NOTE = 'n050'
export const HOSTILE_UNCLUSTERED = '<b>perdu</b> [x](javascript:alert(2))'

/**
 * The Lyon snapshot with hostile text planted everywhere a person can type:
 * the first notes' texts, a cluster title and recommendation, the workshop
 * title and a dimension title. Note i gets HOSTILE_TEXTS[i]; the unclustered
 * note gets HOSTILE_UNCLUSTERED.
 */
export function plantHostileText(snapshot: BoardSnapshot): BoardSnapshot {
  const notes = snapshot.notes.map((note, i) => {
    if (i < HOSTILE_TEXTS.length) return { ...note, text: HOSTILE_TEXTS[i] ?? '' }
    return note.id === UNCLUSTERED_NOTE ? { ...note, text: HOSTILE_UNCLUSTERED } : note
  })
  const clusters = snapshot.clusters.map((cluster, i) =>
    i === 0
      ? {
          ...cluster,
          title: '<i>Citoyenneté</i> **économique**',
          recommendation: '[clic](javascript:alert(1)) <b>oui</b>',
        }
      : cluster,
  )
  const dimensions = snapshot.dimensions.map((d, i) =>
    i === 0 ? { ...d, title: '<u>Vision</u> & *société*' } : d,
  )
  return {
    ...snapshot,
    workshop: { ...snapshot.workshop, title: 'Atelier <script>alert(1)</script> & co' },
    dimensions,
    notes,
    clusters,
  }
}
