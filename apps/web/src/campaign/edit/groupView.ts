import { type GroupRef, groupMap } from '@atelier/synthesis/campaign-doc'
import * as Y from 'yjs'
import type { SynthesisGroup } from '../types'

/** What a card shows of a group's own fields: the document's when it has the group (live), else the synthesis'. */
export interface GroupFields {
  title: string
  recommendation: string
  accepted: boolean
  inDocument: boolean
}

export function groupFields(doc: Y.Doc, group: SynthesisGroup): GroupFields {
  const map = groupMap(doc, group.id)
  if (!map) return { ...pick(group), inDocument: false }
  const title = map.get('title')
  const text = map.get('recommendation')
  return {
    title: typeof title === 'string' && title ? title : group.title,
    recommendation: text instanceof Y.Text ? text.toString() : group.recommendation,
    accepted: map.get('accepted') === true,
    inDocument: true,
  }
}

function pick(group: SynthesisGroup) {
  return {
    title: group.title,
    recommendation: group.recommendation,
    accepted: group.accepted,
  }
}

/** The group as the commands take it. */
export function groupRef(group: SynthesisGroup, dimension: string): GroupRef {
  return {
    id: group.id,
    title: group.title,
    recommendation: group.recommendation,
    dimension,
    accepted: group.accepted,
    items: group.items.map((item) => item.id),
  }
}

/** The shared text of a group's recommendation, once the group is in the document. */
export function recommendationText(doc: Y.Doc, groupId: string): Y.Text | null {
  const value = groupMap(doc, groupId)?.get('recommendation')
  return value instanceof Y.Text ? value : null
}
