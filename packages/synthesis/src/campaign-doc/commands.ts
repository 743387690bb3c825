import * as Y from 'yjs'
import { groupMap, groupsOf, CAMPAIGN_DOC_LIMITS as L } from './shape.js'

// The organisers' edits as named commands: each is one transaction with the
// caller's origin (an undo manager tracks that origin). A proposed group is
// written into the document the first time a command touches it, with the
// items the synthesis shows in it now; from then on the document decides.
// Invariant the commands keep: an item is listed in at most one group of
// the document (the synthesis also resolves a concurrent double listing).

/** A group as the synthesis shows it now (proposed or already in the document). */
export interface GroupRef {
  id: string
  title: string
  recommendation: string
  /** Its campaign dimension id. */
  dimension: string
  accepted: boolean
  /** Its item ids, in the order shown. */
  items: readonly string[]
}

/** Accepts (or un-accepts) a group. */
export function acceptGroup(doc: Y.Doc, group: GroupRef, accepted: boolean, origin: unknown) {
  doc.transact(() => {
    touch(doc, group).set('accepted', accepted)
  }, origin)
}

/** Renames a group (trimmed, cut to the title limit; an empty title is refused: false). */
export function renameGroup(doc: Y.Doc, group: GroupRef, title: string, origin: unknown): boolean {
  const clean = title.trim().slice(0, L.titleLength)
  if (!clean) return false
  doc.transact(() => {
    const map = touch(doc, group)
    if (map.get('title') !== clean) map.set('title', clean)
  }, origin)
  return true
}

/**
 * Writes a group's regional recommendation. Only the changed span is
 * replaced in the shared text, so what another organiser types elsewhere in
 * it at the same time is kept, and undo steps back by typing bursts.
 */
export function writeRecommendation(doc: Y.Doc, group: GroupRef, text: string, origin: unknown) {
  const next = text.slice(0, L.recommendationLength)
  doc.transact(() => {
    const shared = recommendationOf(touch(doc, group))
    replaceChanged(shared, next)
  }, origin)
}

/**
 * Merges `sources` into `target`: their items go to the end of the target's
 * (in their order), their recommendations are appended to the target's
 * (nothing written is lost), they leave the document. The target is
 * accepted if any of them was.
 */
export function mergeGroups(
  doc: Y.Doc,
  target: GroupRef,
  sources: readonly GroupRef[],
  origin: unknown,
) {
  const others = sources.filter((s) => s.id !== target.id)
  if (others.length === 0) return
  doc.transact(() => {
    const map = touch(doc, target)
    const moved = others.flatMap((s) => [...currentItems(doc, s)])
    takeOut(doc, moved, target.id)
    appendItems(map, moved)
    const shared = recommendationOf(map)
    for (const source of others) {
      const written = currentRecommendation(doc, source).trim()
      if (!written || shared.toString().includes(written)) continue
      const glue = shared.length > 0 ? '\n\n' : ''
      shared.insert(shared.length, `${glue}${written}`)
    }
    if (others.some((s) => currentAccepted(doc, s))) map.set('accepted', true)
    for (const source of others) groupsOf(doc).delete(source.id)
  }, origin)
}

/**
 * Takes `itemIds` out of `group` into a new group of the same dimension,
 * titled `title` (trimmed; the group's own title when empty). Returns the
 * new group's id, or null when nothing would move.
 */
export function splitItems(
  doc: Y.Doc,
  group: GroupRef,
  itemIds: readonly string[],
  title: string,
  origin: unknown,
  newId: string = newGroupId(),
): string | null {
  const present = new Set(currentItems(doc, group))
  const moving = itemIds.filter((id) => present.has(id))
  if (moving.length === 0) return null
  doc.transact(() => {
    touch(doc, group)
    takeOut(doc, moving, null)
    const created = newGroup(doc, newId, {
      title: title.trim().slice(0, L.titleLength) || group.title,
      dimension: group.dimension,
    })
    appendItems(created, moving)
  }, origin)
  return newId
}

/** Moves `itemIds` from group `from` to the end of group `to`. */
export function moveItems(
  doc: Y.Doc,
  from: GroupRef,
  itemIds: readonly string[],
  to: GroupRef,
  origin: unknown,
) {
  if (from.id === to.id || itemIds.length === 0) return
  doc.transact(() => {
    touch(doc, from)
    const target = touch(doc, to)
    takeOut(doc, itemIds, null)
    appendItems(target, itemIds)
  }, origin)
}

/** A fresh group id: `o:` and 10 random base-36 characters. */
export function newGroupId(): string {
  let id = 'o:'
  for (let i = 0; i < 10; i++) id += Math.floor(Math.random() * 36).toString(36)
  return id
}

/**
 * The group's map, written from the synthesis' view of it if it is not in
 * the document yet. A proposed group holds only items no organiser group
 * lists, so items the document lists meanwhile (the page's synthesis is a
 * few hundred ms behind, another organiser took one) stay where they are.
 */
function touch(doc: Y.Doc, group: GroupRef): Y.Map<unknown> {
  const existing = groupMap(doc, group.id)
  if (existing) return existing
  const items = currentItems(doc, group)
  const map = newGroup(doc, group.id, group)
  map.set('accepted', group.accepted)
  recommendationOf(map).insert(0, group.recommendation.slice(0, L.recommendationLength))
  appendItems(map, items)
  return map
}

function newGroup(doc: Y.Doc, id: string, fields: { title: string; dimension: string }) {
  const map = new Y.Map<unknown>()
  groupsOf(doc).set(id, map)
  map.set('title', fields.title.slice(0, L.titleLength))
  map.set('dimension', fields.dimension)
  map.set('accepted', false)
  map.set('recommendation', new Y.Text())
  map.set('items', new Y.Array<string>())
  return map
}

function recommendationOf(map: Y.Map<unknown>): Y.Text {
  const value = map.get('recommendation')
  if (value instanceof Y.Text) return value
  // A malformed entry (the reader read it as empty): replaced by a real text.
  const text = new Y.Text(typeof value === 'string' ? value : '')
  map.set('recommendation', text)
  return text
}

function itemsOf(map: Y.Map<unknown>): Y.Array<string> {
  const value = map.get('items')
  if (value instanceof Y.Array) return value as Y.Array<string>
  const list = new Y.Array<string>()
  map.set('items', list)
  return list
}

/**
 * The group's items as the document has them (if it is there), else as the
 * synthesis showed them less those an organiser group of the document lists.
 */
function currentItems(doc: Y.Doc, group: GroupRef): readonly string[] {
  const map = groupMap(doc, group.id)
  if (map)
    return itemsOf(map)
      .toArray()
      .filter((i) => typeof i === 'string')
  const listed = new Set<string>()
  for (const value of groupsOf(doc).values()) {
    const list = value instanceof Y.Map ? value.get('items') : undefined
    if (list instanceof Y.Array) for (const item of list) listed.add(item as string)
  }
  return group.items.filter((item) => !listed.has(item))
}

function currentRecommendation(doc: Y.Doc, group: GroupRef): string {
  const value = groupMap(doc, group.id)?.get('recommendation')
  return value instanceof Y.Text ? value.toString() : group.recommendation
}

function currentAccepted(doc: Y.Doc, group: GroupRef): boolean {
  const map = groupMap(doc, group.id)
  return map ? map.get('accepted') === true : group.accepted
}

/** Removes `itemIds` from every group of the document but `keep`. */
function takeOut(doc: Y.Doc, itemIds: readonly string[], keep: string | null) {
  const out = new Set(itemIds)
  for (const [id, value] of groupsOf(doc).entries()) {
    if (id === keep || !(value instanceof Y.Map)) continue
    const list = value.get('items')
    if (!(list instanceof Y.Array)) continue
    // Backwards, so the indexes still to visit do not shift.
    for (let i = list.length - 1; i >= 0; i--) if (out.has(list.get(i) as string)) list.delete(i, 1)
  }
}

/** Appends the items a group does not list yet. */
function appendItems(map: Y.Map<unknown>, itemIds: readonly string[]) {
  const list = itemsOf(map)
  const there = new Set(list.toArray())
  const fresh = [...new Set(itemIds)].filter((id) => !there.has(id))
  if (fresh.length > 0) list.push(fresh)
}

/** Replaces the span between the common prefix and the common suffix. */
function replaceChanged(text: Y.Text, next: string) {
  const current = text.toString()
  if (current === next) return
  let start = 0
  const max = Math.min(current.length, next.length)
  while (start < max && current[start] === next[start]) start++
  let end = 0
  while (end < max - start && current[current.length - 1 - end] === next[next.length - 1 - end])
    end++
  const removed = current.length - start - end
  if (removed > 0) text.delete(start, removed)
  const inserted = next.slice(start, next.length - end)
  if (inserted) text.insert(start, inserted)
}
