import type { Phase } from './types.js'

/**
 * Defaults of the meta fields that `createBoard` writes and migrations fill
 * in; readers fall back to them when a field is missing or malformed.
 *
 * @example
 * META_DEFAULTS.votesPerParticipant // 5
 */
export const META_DEFAULTS = {
  phase: 'collect' as Phase,
  votesPerParticipant: 5,
  multipleDotsPerCluster: true,
  silent: false,
  locked: false,
  showTallies: false,
  focus: null as string | null,
} as const
