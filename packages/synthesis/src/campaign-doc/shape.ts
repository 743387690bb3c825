import * as Y from 'yjs'

// The campaign's working document (room `campaign:<campaignId>`), written by
// organisers only. One root map, `groups`: group id -> Y.Map of
//   title: string, dimension: string, accepted: boolean,
//   recommendation: Y.Text (two organisers may type in it at once),
//   items: Y.Array<string> (item ids `<workshopId>:<clusterId>`, in order).
// A proposed group is not in the document until an organiser touches it;
// touching it writes it here with its items (commands.ts).

/** The document's one root type. */
export const CAMPAIGN_GROUPS = 'groups'

/** Keys of a group map and what each holds. */
export const GROUP_KEYS = {
  title: 'string',
  dimension: 'string',
  accepted: 'boolean',
  recommendation: 'text',
  items: 'array',
} as const

export type GroupKey = keyof typeof GROUP_KEYS

/**
 * What the reader keeps at most (the server's quota bounds the bytes; these
 * bound what a synthesis build and a page render take from the document).
 */
export const CAMPAIGN_DOC_LIMITS = Object.freeze({
  groups: 2000,
  groupIdLength: 80,
  titleLength: 200,
  recommendationLength: 5000,
  dimensionLength: 64,
  itemsPerGroup: 2000,
  itemIdLength: 200,
})

/** The group's map in the document, if it is there and is a map. */
export function groupMap(doc: Y.Doc, groupId: string): Y.Map<unknown> | undefined {
  const value = groupsOf(doc).get(groupId)
  return value instanceof Y.Map ? value : undefined
}

/** The root map (created on first use, as Yjs does for every root type). */
export function groupsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CAMPAIGN_GROUPS)
}
