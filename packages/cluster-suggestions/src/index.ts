// Building blocks for other local groupings (the campaign synthesis groups
// whole recommendations with the same similarity).
export { averageLinkage } from './agglomerate.js'
export { analyze, type Token, tokenize } from './analyze.js'
export { adjustedRandIndex } from './ari.js'
export {
  buildFeatures,
  buildFeaturesFromTokens,
  type FeatureSet,
  type FeatureWeights,
  type NoteFeatures,
} from './features.js'
export {
  DEFAULT_DUPLICATE_THRESHOLD,
  findNearDuplicates,
  type NearDuplicateOptions,
} from './near-duplicates.js'
export { normalize } from './normalize.js'
export type { Language, NoteInput } from './options.js'
export { pairwiseDots, type SparseVector } from './sparse.js'
export { stem } from './stem.js'
export {
  type ClusterProposal,
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  type SuggestOptions,
  suggestClusters,
} from './suggest-clusters.js'
