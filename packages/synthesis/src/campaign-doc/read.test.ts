import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { readCampaignState } from './read.js'
import { CAMPAIGN_DOC_LIMITS, groupsOf } from './shape.js'

// The reader takes whatever a client wrote and returns a well-formed state.

describe('readCampaignState', () => {
  test('an empty document is an empty state', () => {
    expect(readCampaignState(new Y.Doc())).toEqual({ groups: {} })
  })

  test('malformed entries are skipped or read as defaults, strings are capped', () => {
    const doc = new Y.Doc()
    const groups = groupsOf(doc)
    groups.set('not-a-map', 'hello')
    const bad = new Y.Map<unknown>()
    groups.set('bad', bad)
    bad.set('title', 42)
    bad.set('accepted', 'yes')
    bad.set('items', ['a:1'])
    const good = new Y.Map<unknown>()
    groups.set('good', good)
    good.set('title', 'x'.repeat(1000))
    good.set('recommendation', new Y.Text('y'.repeat(9000)))
    good.set('dimension', 'vision')
    good.set('accepted', true)
    good.set('items', Y.Array.from<string | number>(['a:1', 7, 'a:1', '', 'b:2', 'z'.repeat(500)]))
    const state = readCampaignState(doc)
    expect(Object.keys(state.groups).sort()).toEqual(['bad', 'good'])
    expect(state.groups.bad).toEqual({
      title: '',
      recommendation: '',
      dimension: '',
      items: [],
      accepted: false,
    })
    expect(state.groups.good).toEqual({
      title: 'x'.repeat(CAMPAIGN_DOC_LIMITS.titleLength),
      recommendation: 'y'.repeat(CAMPAIGN_DOC_LIMITS.recommendationLength),
      dimension: 'vision',
      items: ['a:1', 'b:2'],
      accepted: true,
    })
  })

  test('at most the group limit is read, in id order', () => {
    const doc = new Y.Doc()
    doc.transact(() => {
      for (let i = 0; i < CAMPAIGN_DOC_LIMITS.groups + 5; i++)
        groupsOf(doc).set(`g${String(i).padStart(5, '0')}`, new Y.Map())
    })
    const ids = Object.keys(readCampaignState(doc).groups)
    expect(ids).toHaveLength(CAMPAIGN_DOC_LIMITS.groups)
    expect(ids[0]).toBe('g00000')
  })
})
