import { describe, expect, test } from 'vitest'
import { buildSynthesis } from './build/build-synthesis.js'
import { createSynthesisCache } from './build/cache.js'
import { diffSyntheses } from './diff.js'
import { synthesisContent } from './render/canonical.js'
import { lyonCampaign, lyonSources } from './test-support/lyon-territories.js'
import { workshopTrace } from './trace.js'

const sources = lyonSources()
const draft = buildSynthesis(lyonCampaign(), sources)
const groups = draft.dimensions.flatMap((d) => d.groups)
const target = groups.find((g) => g.items.length === 3)!
const other = groups.find((g) => g.items.length === 3 && g.id !== target.id)!
const moved = other.items.find((i) => `g:${i.id}` !== other.id)!

describe('what changed between two versions', () => {
  const next = buildSynthesis(lyonCampaign(), sources, {
    groups: {
      [target.id]: {
        title: 'Titre régional',
        recommendation: 'Recommandation régionale.',
        dimension: draft.dimensions.find((d) => d.groups.includes(target))!.id,
        items: [...target.items.map((i) => i.id), moved.id],
        accepted: true,
      },
    },
  })

  test('moves, titles, texts and rankings are listed', () => {
    const diff = diffSyntheses(draft, next)
    expect(diff.same).toBe(false)
    expect(diff.items.moved).toEqual([{ item: moved.id, from: other.id, to: target.id }])
    expect(diff.items.added).toEqual([])
    expect(diff.groups.retitled).toEqual([
      { group: target.id, from: target.title, to: 'Titre régional' },
    ])
    expect(diff.groups.rewritten).toEqual([
      { group: target.id, from: '', to: 'Recommandation régionale.' },
    ])
    expect(diff.groups.reranked.map((r) => r.group).sort()).toEqual([other.id, target.id].sort())
  })

  test('a workshop joining adds its items; the same synthesis differs in nothing', () => {
    const fewer = buildSynthesis(lyonCampaign(), sources.slice(0, 2))
    const diff = diffSyntheses(fewer, draft)
    expect(diff.workshops.added).toEqual(['lyon-3'])
    expect(diff.items.added.every((id) => id.startsWith('lyon-3:'))).toBe(true)
    expect(diff.items.added.length).toBeGreaterThan(10)
    expect(diffSyntheses(draft, draft).same).toBe(true)
  })
})

describe('publishing and live updates', () => {
  test('the content a hash is taken over ignores when and by whom it was published', () => {
    const published = buildSynthesis(lyonCampaign(), sources, undefined, {
      now: Date.UTC(2021, 8, 1),
      publication: {
        version: 1,
        contentHash: 'abc',
        publishedAt: '2021-09-01T10:00:00Z',
        publishedBy: 'Camille',
      },
    })
    expect(published.generatedAt).toBe('2021-09-01T00:00:00.000Z')
    expect(synthesisContent(published)).toBe(synthesisContent(draft))
  })

  test('a running workshop voting again updates the rankings; a cache never changes a result', () => {
    const cache = createSynthesisCache()
    buildSynthesis(lyonCampaign(), sources, undefined, { cache })
    const running = lyonSources()
    const first = running[0]!
    if (first.kind !== 'workshop') throw new Error('workshop expected')
    // One more dot on the first recommendation of the first dimension.
    const summary = structuredClone(first.summary)
    const rec = summary.dimensions[0]!.recommendations[0]!
    rec.dots += 1
    summary.dimensions[0]!.dots += 1
    summary.totals.dotsCast += 1
    summary.totals.dotsOnRecommendations += 1
    running[0] = { ...first, status: 'running', summary }
    const cached = buildSynthesis(lyonCampaign(), running, undefined, { cache })
    expect(cached).toEqual(buildSynthesis(lyonCampaign(), running))
    const item = cached.dimensions
      .flatMap((d) => d.groups.flatMap((g) => g.items))
      .find((i) => i.id === `${summary.workshop.id}:${rec.clusterId}`)!
    expect(item.dots).toBe(rec.dots)
    expect(cached.workshops.find((w) => w.id === summary.workshop.id)!.status).toBe('running')
  })
})

describe("a workshop's trace", () => {
  test('every item of the workshop, with its group and the other territories, and no other workshop’s notes', () => {
    const trace = workshopTrace(draft, 'lyon-2')!
    const own = draft.dimensions
      .flatMap((d) => d.groups.flatMap((g) => g.items))
      .filter((i) => i.workshopId === 'lyon-2')
    expect(trace.items.map((t) => t.item.id)).toEqual(own.map((i) => i.id))
    const shared = trace.items.find((t) => t.group.id === target.id || t.group.others === 2)!
    expect(shared.group.territories).toEqual(['Lyon Nord', 'Lyon Sud', 'Villeurbanne'])
    expect(JSON.stringify(trace)).not.toContain('"lyon-1:')
    expect(workshopTrace(draft, 'nope')).toBeNull()
  })
})
