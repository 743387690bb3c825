import { lyonDataset, type WorkshopDataset } from '@atelier/fixtures'

// The Lyon workshop from @atelier/fixtures: a real French workshop with
// typos, emoji, a facilitator's clusters and votes.
export type LyonDataset = WorkshopDataset

export const lyon: LyonDataset = lyonDataset()
