import { gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { StateSnapshots } from './state-snapshots.js'

function board(notes: number): Y.Doc {
  const doc = new Y.Doc()
  const map = doc.getMap<string>('notes')
  for (let i = 0; i < notes; i++)
    map.set(`n${i}`, `Mutualiser les achats entre coopératives, idée ${i}`)
  return doc
}

describe('StateSnapshots', () => {
  let clock = 0
  let snapshots: StateSnapshots
  beforeEach(() => {
    clock = 0
    snapshots = new StateSnapshots(2000, 10_000, () => clock)
  })
  afterEach(() => snapshots.clear())

  it('is the whole document, gzip-compressed, with a validator of its bytes', async () => {
    const doc = board(200)
    const state = await snapshots.get(1, () => Y.encodeStateAsUpdate(doc))
    const update = gunzipSync(state.body)
    expect(update.length).toBe(state.rawBytes)
    expect(state.body.length).toBeLessThan(state.rawBytes / 2)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, update)
    expect(copy.getMap('notes').toJSON()).toEqual(doc.getMap('notes').toJSON())
    expect(state.etag).toMatch(/^"[\w-]{27}"$/)
  })

  it('encodes once per version, shared by askers at once', async () => {
    const doc = board(10)
    const encode = () => Y.encodeStateAsUpdate(doc)
    const [a, b] = await Promise.all([snapshots.get(1, encode), snapshots.get(1, encode)])
    expect(a).toBe(b)
    clock = 9000
    expect(await snapshots.get(1, encode)).toBe(a)
    expect(snapshots.encodes).toBe(1)
  })

  it('serves a copy at most maxStale old after a change, then encodes the new version', async () => {
    const doc = board(10)
    const encode = () => Y.encodeStateAsUpdate(doc)
    const first = await snapshots.get(1, encode)
    doc.getMap<string>('notes').set('late', 'arrivée après la copie')
    clock = 1999
    expect(await snapshots.get(2, encode)).toBe(first)
    clock = 2000
    const second = await snapshots.get(2, encode)
    expect(second.etag).not.toBe(first.etag)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, gunzipSync(second.body))
    expect(copy.getMap('notes').get('late')).toBe('arrivée après la copie')
    expect(snapshots.encodes).toBe(2)
  })

  it('lets go of its copy after the time to live, so an idle room holds no second board', async () => {
    const short = new StateSnapshots(2000, 20)
    const doc = board(10)
    await short.get(1, () => Y.encodeStateAsUpdate(doc))
    await new Promise((resolve) => setTimeout(resolve, 60))
    await short.get(1, () => Y.encodeStateAsUpdate(doc))
    expect(short.encodes).toBe(2)
    short.clear()
  })
})
