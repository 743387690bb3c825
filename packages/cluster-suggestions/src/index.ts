export { tokenize } from './analyze.js'
export { adjustedRandIndex } from './ari.js'
export {
  DEFAULT_DUPLICATE_THRESHOLD,
  findNearDuplicates,
  type NearDuplicateOptions,
} from './near-duplicates.js'
export { normalize } from './normalize.js'
export type { Language, NoteInput } from './options.js'
export { stem } from './stem.js'
export {
  type ClusterProposal,
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  type SuggestOptions,
  suggestClusters,
} from './suggest-clusters.js'
