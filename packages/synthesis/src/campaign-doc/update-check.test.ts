import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import {
  acceptGroup,
  type GroupRef,
  mergeGroups,
  splitItems,
  writeRecommendation,
} from './commands.js'
import { groupsOf } from './shape.js'
import { campaignUpdateViolation } from './update-check.js'

// The server's judge of what an organiser's update puts in the campaign
// document: the commands' updates pass, anything else is refused.

const group = (id: string, items: string[]): GroupRef => ({
  id,
  title: id,
  recommendation: '',
  dimension: 'vision',
  accepted: false,
  items,
})

/** The update `change` makes to a copy of `server`, and the verdict on it. */
function judge(server: Y.Doc, change: (client: Y.Doc) => void): string | null {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const before = Y.encodeStateVector(client)
  change(client)
  const update = Y.encodeStateAsUpdate(client, before)
  const verdict = campaignUpdateViolation(server, update)
  if (verdict === null) Y.applyUpdate(server, update)
  return verdict
}

describe('campaignUpdateViolation', () => {
  test('every command’s update passes, also building on what the server has', () => {
    const server = new Y.Doc()
    expect(
      judge(server, (d) => acceptGroup(d, group('g:a', ['a:1', 'b:1']), true, 'me')),
    ).toBeNull()
    expect(
      judge(server, (d) => writeRecommendation(d, group('g:a', []), 'Un texte.', 'me')),
    ).toBeNull()
    expect(
      judge(server, (d) => writeRecommendation(d, group('g:a', []), 'Un autre texte.', 'me')),
    ).toBeNull()
    expect(judge(server, (d) => acceptGroup(d, group('g:a', []), false, 'me'))).toBeNull()
    expect(judge(server, (d) => splitItems(d, group('g:a', []), ['b:1'], 'Seul', 'me'))).toBeNull()
    expect(
      judge(server, (d) => mergeGroups(d, group('g:c', ['c:1']), [group('g:a', [])], 'me')),
    ).toBeNull()
    expect(judge(server, (d) => groupsOf(d).delete('g:c'))).toBeNull()
  })

  test('anything else is refused', () => {
    const server = new Y.Doc()
    judge(server, (d) => acceptGroup(d, group('g:a', ['a:1']), true, 'me'))
    const map = (d: Y.Doc) => groupsOf(d).get('g:a') as Y.Map<unknown>
    const refusals: [string, (d: Y.Doc) => void][] = [
      ['another root', (d) => d.getMap('other').set('x', 1)],
      ['a root array', (d) => d.getArray('groups2').push(['x'])],
      ['a group that is not a map', (d) => groupsOf(d).set('g:b', 'text')],
      ['a group that is an array', (d) => groupsOf(d).set('g:b', new Y.Array())],
      ['an unknown field', (d) => map(d).set('author', 'Alice')],
      ['a title that is a number', (d) => map(d).set('title', 3)],
      ['a very long title', (d) => map(d).set('title', 'x'.repeat(5000))],
      ['accepted as a string', (d) => map(d).set('accepted', 'yes')],
      ['a recommendation as a map', (d) => map(d).set('recommendation', new Y.Map())],
      ['an xml text as recommendation', (d) => map(d).set('recommendation', new Y.XmlText())],
      [
        'an embed in the text',
        (d) => (map(d).get('recommendation') as Y.Text).insertEmbed(0, { a: 1 }),
      ],
      [
        'formatting in the text',
        (d) => (map(d).get('recommendation') as Y.Text).insert(0, 'x', { bold: true }),
      ],
      ['a number in items', (d) => (map(d).get('items') as Y.Array<unknown>).push([1])],
      ['a map in items', (d) => (map(d).get('items') as Y.Array<unknown>).push([new Y.Map()])],
      ['a nested map in a group', (d) => map(d).set('items', new Y.Map())],
    ]
    for (const [what, change] of refusals) {
      expect(judge(server, change), what).toMatch(/^shape: /)
    }
    expect(campaignUpdateViolation(server, new Uint8Array([1, 2, 3, 4]))).toMatch(/^shape: /)
  })
})
