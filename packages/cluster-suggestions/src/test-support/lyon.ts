import { lyonDataset } from '@atelier/fixtures'
import type { LabelledNote } from '../evaluate.js'

// The Lyon workshop from @atelier/fixtures: ~160 French notes with typos and
// emoji, and the facilitator's clusters.
export const lyonNotes: LabelledNote[] = lyonDataset().notes.map(
  ({ id, text, dimension, cluster }) => ({ id, text, dimension, cluster }),
)
