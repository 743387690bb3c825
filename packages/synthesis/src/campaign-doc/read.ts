import * as Y from 'yjs'
import type { CampaignState, CampaignStateGroup } from '../inputs.js'
import { groupsOf, CAMPAIGN_DOC_LIMITS as L } from './shape.js'

/**
 * The organisers' working state as `buildSynthesis` takes it, read from the
 * campaign document. Tolerant: whatever a client managed to write, what comes
 * out is well-formed. An entry that is not a map is skipped; a field of the
 * wrong type reads as its default (empty title, empty recommendation, no
 * dimension, not accepted); strings are cut to the limits, items that are
 * not strings are skipped, an item listed twice in a group counts once, and
 * at most `CAMPAIGN_DOC_LIMITS.groups` groups are read (in id order).
 */
export function readCampaignState(doc: Y.Doc): CampaignState {
  const groups: Record<string, CampaignStateGroup> = {}
  const ids = [...groupsOf(doc).keys()].filter((id) => id.length <= L.groupIdLength).sort()
  let count = 0
  for (const id of ids) {
    if (count >= L.groups) break
    const value = groupsOf(doc).get(id)
    if (!(value instanceof Y.Map)) continue
    groups[id] = readGroup(value)
    count++
  }
  return { groups }
}

function readGroup(map: Y.Map<unknown>): CampaignStateGroup {
  return {
    title: text(map.get('title'), L.titleLength),
    recommendation: text(map.get('recommendation'), L.recommendationLength),
    dimension: text(map.get('dimension'), L.dimensionLength),
    items: items(map.get('items')),
    accepted: map.get('accepted') === true,
  }
}

/** A string or a Y.Text, cut to `max` UTF-16 units; anything else is ''. */
function text(value: unknown, max: number): string {
  const raw = typeof value === 'string' ? value : value instanceof Y.Text ? value.toString() : ''
  return raw.length > max ? raw.slice(0, max) : raw
}

function items(value: unknown): string[] {
  if (!(value instanceof Y.Array)) return []
  const out: string[] = []
  const seen = new Set<string>()
  for (const item of value) {
    if (out.length >= L.itemsPerGroup) break
    if (typeof item !== 'string' || item.length === 0 || item.length > L.itemIdLength) continue
    if (seen.has(item)) continue
    seen.add(item)
    out.push(item)
  }
  return out
}
