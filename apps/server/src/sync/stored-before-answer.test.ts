import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MemoryRoomStore } from '../store/memory-room-store.js'
import type { RoomStore } from '../store/types.js'
import { waitFor } from '../test-support/harness.js'
import { decodeMessage } from './protocol.js'
import type { Peer } from './room.js'
import { Room } from './room.js'

// A step-1 answer comes from the room's memory, which may hold an update
// whose append has not committed yet. With an asynchronous store (a
// networked database), the answer waits for the store's flush: a client
// never holds what a crash would lose. With a synchronous store (SQLite),
// the flush commits at once and the answer goes in the same call.

const isStep2 = (frame: Uint8Array) => frame[0] === 0 && frame[1] === 1

/** The store, recording when each append is stored; and a peer recording when it is answered. */
function recorded(inner: RoomStore) {
  const events: string[] = []
  const store: RoomStore = {
    load: (room) => inner.load(room),
    append: (room, update) => {
      const seq = inner.append(room, update)
      if (typeof seq === 'number') events.push('stored')
      else seq.then(() => events.push('stored'))
      return seq
    },
    flush: () => inner.flush?.(),
    compact: (room, snapshot, seq) => inner.compact(room, snapshot, seq),
    close: () => inner.close(),
  }
  const peer = (label: string, canWrite: boolean): Peer & { frames: Uint8Array[] } => {
    const frames: Uint8Array[] = []
    return {
      label,
      canWrite,
      seesPresence: canWrite,
      awarenessIds: new Set(),
      frames,
      send(frame) {
        frames.push(frame)
        if (isStep2(frame) && label === 'reader') events.push('answered')
      },
    }
  }
  return { store, events, peer }
}

async function writeThenAsk(inner: RoomStore) {
  const { store, events, peer } = recorded(inner)
  const room = new Room('board', store)
  await room.load()
  const writer = peer('writer', true)
  const reader = peer('reader', false)
  room.join(writer)
  room.join(reader)
  const source = new Y.Doc()
  source.getMap('notes').set('n1', 'écrite juste avant')
  // The update and the question in the same turn, as one socket read can carry them.
  room.receive(writer, { type: 'sync-update', update: Y.encodeStateAsUpdate(source) })
  room.receive(reader, { type: 'sync-step1', stateVector: new Uint8Array([0]) })
  const answeredAtOnce = reader.frames.some(isStep2)
  await waitFor(() => reader.frames.some(isStep2), 5000, 'the reader is answered')
  const step2 = decodeMessage(reader.frames.find(isStep2)!)
  const answer = new Y.Doc()
  if (step2.type === 'sync-step2') Y.applyUpdate(answer, step2.update)
  // What the reader was sent is what the store holds.
  const stored = new Y.Doc()
  for (const row of (await inner.load('board')).rows) Y.applyUpdate(stored, row.data)
  expect(answer.getMap('notes').toJSON()).toEqual({ n1: 'écrite juste avant' })
  expect(stored.getMap('notes').toJSON()).toEqual({ n1: 'écrite juste avant' })
  return { events, answeredAtOnce, room }
}

describe('a sync answer and the store', () => {
  it('waits for an asynchronous store to commit what memory holds before answering', async () => {
    const { events, answeredAtOnce, room } = await writeThenAsk(
      new MemoryRoomStore({ asynchronous: true }),
    )
    expect(answeredAtOnce).toBe(false)
    expect(events).toEqual(['stored', 'answered'])
    room.destroy()
  })

  it('is not held back by a writer that never stops', async () => {
    const { store, peer } = recorded(new MemoryRoomStore({ asynchronous: true }))
    const room = new Room('busy', store)
    await room.load()
    const writer = peer('writer', true)
    const reader = peer('reader', false)
    room.join(writer)
    room.join(reader)
    const source = new Y.Doc()
    let writing = true
    const writeEveryTurn = () => {
      if (!writing) return
      const before = Y.encodeStateVector(source)
      source.getArray('drags').push([Date.now()])
      room.receive(writer, { type: 'sync-update', update: Y.encodeStateAsUpdate(source, before) })
      setImmediate(writeEveryTurn)
    }
    writeEveryTurn()
    room.receive(reader, { type: 'sync-step1', stateVector: new Uint8Array([0]) })
    try {
      await waitFor(() => reader.frames.some(isStep2), 2000, 'the reader is answered')
    } finally {
      writing = false
    }
    room.destroy()
  })

  it('answers in the same call when the store is synchronous', async () => {
    const { events, answeredAtOnce, room } = await writeThenAsk(new MemoryRoomStore())
    expect(answeredAtOnce).toBe(true)
    expect(events).toEqual(['stored', 'answered'])
    room.destroy()
  })
})

describe('a state snapshot and the store', () => {
  it('is handed out only once the store has committed what memory holds', async () => {
    const inner = new MemoryRoomStore({ asynchronous: true })
    // The commit waits for the test to let it go, however long compression takes.
    let commit = () => {}
    const committed = new Promise<void>((resolve) => {
      commit = resolve
    })
    const held: RoomStore = {
      load: (name) => inner.load(name),
      append: (name, update) => inner.append(name, update),
      flush: () => committed.then(() => inner.flush?.()),
      compact: (name, snapshot, seq) => inner.compact(name, snapshot, seq),
      close: () => inner.close(),
    }
    const room = new Room('board', held)
    await room.load()
    const writer: Peer = {
      label: 'writer',
      canWrite: true,
      seesPresence: true,
      awarenessIds: new Set(),
      send() {},
    }
    room.join(writer)
    const source = new Y.Doc()
    source.getMap('notes').set('n1', 'écrite juste avant')
    room.receive(writer, { type: 'sync-update', update: Y.encodeStateAsUpdate(source) })
    let handedOut = false
    const snapshot = room.stateSnapshot().then((state) => {
      handedOut = true
      return state
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(handedOut).toBe(false)
    commit()
    const state = await snapshot
    const copy = new Y.Doc()
    Y.applyUpdate(copy, gunzipSync(state!.body))
    expect(copy.getMap('notes').toJSON()).toEqual({ n1: 'écrite juste avant' })
    room.destroy()
  })

  it('is refused when the store fails, and before the room has loaded', async () => {
    const inner = new MemoryRoomStore({ asynchronous: true })
    const failing: RoomStore = {
      load: (name) => inner.load(name),
      append: (name, update) => inner.append(name, update),
      flush: () => Promise.reject(new Error('disk full')),
      compact: (name, snapshot, seq) => inner.compact(name, snapshot, seq),
      close: () => inner.close(),
    }
    const room = new Room('board', failing)
    expect(await room.stateSnapshot()).toBeNull()
    await room.load()
    expect(await room.stateSnapshot()).toBeNull()
    room.destroy()
  })
})
