/** Options shared by the public functions; every field has a default tuned on real workshops. */

/** Language of the notes; it picks the stemmer. Stop words of both languages always apply. */
export type Language = 'fr' | 'en'

/** A sticky note as the suggestion engine sees it: plain data, no board state. */
export interface NoteInput {
  id: string
  text: string
  dimension: string
}
