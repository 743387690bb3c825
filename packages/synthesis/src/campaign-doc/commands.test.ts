import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { buildSynthesis } from '../build/build-synthesis.js'
import type { Synthesis, SynthesisGroup } from '../schema.js'
import { lyonCampaign, lyonSources } from '../test-support/lyon-territories.js'
import {
  acceptGroup,
  type GroupRef,
  mergeGroups,
  moveItems,
  renameGroup,
  splitItems,
  writeRecommendation,
} from './commands.js'
import { readCampaignState } from './read.js'
import { groupsOf } from './shape.js'

// The organisers' commands on a real proposal (the Lyon workshop split into
// three territories), read back through the synthesis: every edit shows, no
// item is lost or counted twice, undo steps back by command.

const ME = { organiser: 'me' }
const sources = lyonSources()
const build = (doc?: Y.Doc) =>
  buildSynthesis(lyonCampaign(), sources, doc ? readCampaignState(doc) : undefined)
const proposal = build()
const groups = (s: Synthesis) => s.dimensions.flatMap((d) => d.groups)
const ref = (g: SynthesisGroup, dimension = 'vision'): GroupRef => ({
  id: g.id,
  title: g.title,
  recommendation: g.recommendation,
  dimension,
  accepted: g.accepted,
  items: g.items.map((i) => i.id),
})
const find = (s: Synthesis, id: string) => groups(s).find((g) => g.id === id)
const groupOf = (s: Synthesis, item: string) =>
  groups(s).find((g) => g.items.some((i) => i.id === item))!
const allItems = (s: Synthesis) =>
  groups(s)
    .flatMap((g) => g.items.map((i) => i.id))
    .sort()

const vision = proposal.dimensions.find((d) => d.id === 'vision')!.groups
const [a, b] = vision.filter((g) => g.items.length === 3)
if (!a || !b) throw new Error('the Lyon proposal should have two 3-territory groups in vision')

function expectNothingLost(s: Synthesis) {
  expect(allItems(s)).toEqual(allItems(proposal))
}

describe('campaign document commands', () => {
  test('accept, rename and write: the proposed group enters the document with its items', () => {
    const doc = new Y.Doc()
    acceptGroup(doc, ref(a), true, ME)
    expect(renameGroup(doc, ref(a), '  Partager la valeur  ', ME)).toBe(true)
    expect(renameGroup(doc, ref(a), '   ', ME)).toBe(false)
    writeRecommendation(doc, ref(a), 'Que chaque coopérative publie sa répartition.', ME)
    const g = find(build(doc), a.id)!
    expect(g).toMatchObject({
      origin: 'organiser',
      accepted: true,
      title: 'Partager la valeur',
      recommendation: 'Que chaque coopérative publie sa répartition.',
      ranking: a.ranking,
    })
    expect(g.items.map((i) => i.id).sort()).toEqual(ref(a).items.slice().sort())
    expectNothingLost(build(doc))
  })

  test('writing edits only the changed span: a concurrent edit elsewhere in the text is kept', () => {
    const one = new Y.Doc()
    writeRecommendation(one, ref(a), 'Publier la répartition.', ME)
    const two = new Y.Doc()
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    writeRecommendation(one, ref(a), 'Publier chaque année la répartition.', ME)
    writeRecommendation(two, ref(a), 'Publier la répartition des excédents.', ME)
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    const text = readCampaignState(one).groups[a.id]!.recommendation
    expect(text).toBe('Publier chaque année la répartition des excédents.')
    expect(readCampaignState(two)).toEqual(readCampaignState(one))
  })

  test('merge: one group holds both groups’ items, both recommendations are kept', () => {
    const doc = new Y.Doc()
    writeRecommendation(doc, ref(a), 'Texte A.', ME)
    writeRecommendation(doc, ref(b), 'Texte B.', ME)
    acceptGroup(doc, ref(b), true, ME)
    mergeGroups(doc, ref(a), [ref(b)], ME)
    const s = build(doc)
    const merged = find(s, a.id)!
    expect(merged.items.map((i) => i.id).sort()).toEqual([...ref(a).items, ...ref(b).items].sort())
    expect(merged.recommendation).toBe('Texte A.\n\nTexte B.')
    expect(merged.accepted).toBe(true)
    expect(merged.ranking.dots).toBe(a.ranking.dots + b.ranking.dots)
    expect(find(s, b.id)).toBeUndefined()
    // Every item keeps its workshop, cluster and notes.
    const before = new Map(groups(proposal).flatMap((g) => g.items.map((i) => [i.id, i])))
    for (const item of merged.items) expect(item).toEqual(before.get(item.id))
    expectNothingLost(s)
  })

  test('split: the chosen items leave for a new group of the same dimension', () => {
    const doc = new Y.Doc()
    const taken = ref(a).items.slice(0, 1)
    const id = splitItems(doc, ref(a), taken, 'À part', ME, 'o:test')
    expect(id).toBe('o:test')
    const s = build(doc)
    const created = find(s, 'o:test')!
    expect(created.title).toBe('À part')
    expect(created.items.map((i) => i.id)).toEqual(taken)
    expect(s.dimensions.find((d) => d.id === 'vision')!.groups).toContain(created)
    expect(find(s, a.id)!.items.map((i) => i.id)).not.toContain(taken[0])
    expect(find(s, a.id)!.items).toHaveLength(2)
    expect(splitItems(doc, ref(a), ['nothing:here'], 'x', ME)).toBeNull()
    expectNothingLost(s)
  })

  test('move: an item goes from one group to another, and back', () => {
    const doc = new Y.Doc()
    const item = ref(a).items[0]!
    moveItems(doc, ref(a), [item], ref(b), ME)
    let s = build(doc)
    expect(groupOf(s, item).id).toBe(b.id)
    expect(find(s, a.id)!.items).toHaveLength(2)
    expectNothingLost(s)
    // The groups now come from the document: refs built from the new synthesis.
    moveItems(doc, ref(find(s, b.id)!), [item], ref(find(s, a.id)!), ME)
    s = build(doc)
    expect(groupOf(s, item).id).toBe(a.id)
    expectNothingLost(s)
  })

  test('a group the page still shows from before a merge cannot take its items back', () => {
    const doc = new Y.Doc()
    mergeGroups(doc, ref(a), [ref(b)], ME)
    // The page has not refetched yet: it still shows b, and the organiser accepts it.
    acceptGroup(doc, ref(b), true, ME)
    const s = build(doc)
    expect(find(s, a.id)!.items).toHaveLength(6)
    expect(find(s, b.id)).toBeUndefined()
    expectNothingLost(s)
  })

  test('undo steps back one command at a time, only the local origin’s', () => {
    const doc = new Y.Doc()
    const undo = new Y.UndoManager(groupsOf(doc), { trackedOrigins: new Set([ME]) })
    mergeGroups(doc, ref(a), [ref(b)], ME)
    undo.stopCapturing()
    renameGroup(doc, ref(a), 'Fusion', ME)
    undo.stopCapturing()
    // A remote organiser's write is not undone by this one.
    const other = { organiser: 'other' }
    writeRecommendation(doc, ref(a), 'Écrit par l’autre.', other)
    expect(find(build(doc), a.id)!.title).toBe('Fusion')
    undo.undo()
    expect(find(build(doc), a.id)!.title).not.toBe('Fusion')
    expect(find(build(doc), a.id)!.items).toHaveLength(6)
    expect(readCampaignState(doc).groups[a.id]!.recommendation).toBe('Écrit par l’autre.')
    undo.undo()
    expect(find(build(doc), b.id)!.items).toHaveLength(3)
    expect(find(build(doc), a.id)!.items).toHaveLength(3)
    undo.redo()
    expect(find(build(doc), a.id)!.items).toHaveLength(6)
    expectNothingLost(build(doc))
  })
})
