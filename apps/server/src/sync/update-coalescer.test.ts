import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { MemoryRoomStore } from '../store/memory-room-store.js'
import type { RoomStore } from '../store/types.js'
import { waitFor } from '../test-support/harness.js'
import { syncLimits } from './limits.js'
import { decodeMessage } from './protocol.js'
import type { Peer } from './room.js'
import { Room } from './room.js'
import { UpdateCoalescer } from './update-coalescer.js'

afterEach(() => {
  vi.useRealTimers()
})

type RecordingPeer = Peer & { updates: Uint8Array[] }

/** A peer keeping the sync updates it is sent; each is checked against the store as it is sent. */
function peer(label: string, canWrite: boolean, onUpdate: (update: Uint8Array) => void) {
  const updates: Uint8Array[] = []
  const recording: RecordingPeer = {
    label,
    canWrite,
    seesPresence: canWrite,
    awarenessIds: new Set(),
    updates,
    send(frame) {
      const message = decodeMessage(frame)
      if (message.type !== 'sync-update') return
      onUpdate(message.update)
      updates.push(message.update)
    },
  }
  return recording
}

/** Whether every change in `update` is in what the store took so far. */
function isStored(update: Uint8Array, stored: Uint8Array[]): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(stored)))
  const needs = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))
  for (const [client, clock] of needs) if ((have.get(client) ?? 0) < clock) return false
  return true
}

/** A room with `readers` read-only peers and `writers` writers, its store recorded. */
async function roomWith(readers: number, writers: number, minPeers: number) {
  const inner = new MemoryRoomStore()
  const stored: Uint8Array[] = []
  const unstoredRelays: Uint8Array[] = []
  const store: RoomStore = {
    load: (room) => inner.load(room),
    append: (room, update) => {
      const seq = inner.append(room, update)
      stored.push(update)
      return seq
    },
    compact: (room, snapshot, seq) => inner.compact(room, snapshot, seq),
    close: () => inner.close(),
  }
  const room = new Room(
    'board',
    store,
    undefined,
    syncLimits({ coalesceMinPeers: minPeers, coalesceWindowMs: 10 }),
  )
  await room.load()
  const check = (update: Uint8Array) => {
    if (!isStored(update, stored)) unstoredRelays.push(update)
  }
  const readerPeers = Array.from({ length: readers }, (_, i) => peer(`reader${i}`, false, check))
  const writerPeers = Array.from({ length: writers }, (_, i) => peer(`writer${i}`, true, check))
  for (const p of [...readerPeers, ...writerPeers]) room.join(p)
  // Each writer's own document: its updates are sent one by one, in order.
  const docs = writerPeers.map((writer) => {
    const doc = new Y.Doc()
    doc.on('update', (update: Uint8Array) => room.receive(writer, { type: 'sync-update', update }))
    return doc
  })
  const write = (w: number, seq: number) => docs[w]!.getArray<number>(`log${w}`).push([seq])
  return { room, readerPeers, writerPeers, write, unstoredRelays }
}

/** The document a peer holds after applying what it was sent, in order. */
function replay(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

describe('a busy room merges the updates it relays', () => {
  it('relays a burst as fewer messages, losing and reordering nothing, only what is stored', async () => {
    const { room, readerPeers, writerPeers, write, unstoredRelays } = await roomWith(6, 3, 8)
    const perWriter = 40
    for (let seq = 0; seq < perWriter; seq++) for (let w = 0; w < 3; w++) write(w, seq)
    // Nothing goes out in the same turn: the burst is merged first.
    expect(readerPeers[0]!.updates).toHaveLength(0)
    await waitFor(() => readerPeers.every((p) => p.updates.length > 0))
    expect(unstoredRelays).toEqual([])
    for (const p of [...readerPeers, ...writerPeers]) {
      // Senders get the merged update too.
      expect(p.updates.length).toBeGreaterThan(0)
      expect(p.updates.length).toBeLessThan(3 * perWriter)
      const doc = replay(p.updates)
      for (let w = 0; w < 3; w++)
        expect(doc.getArray(`log${w}`).toArray()).toEqual(
          Array.from({ length: perWriter }, (_, i) => i),
        )
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(room.doc))
    }
    room.destroy()
  })

  it('keeps relaying in order while updates keep coming across flushes', async () => {
    const { room, readerPeers, write, unstoredRelays } = await roomWith(8, 2, 8)
    for (let seq = 0; seq < 30; seq++) {
      write(seq % 2, seq)
      await new Promise((resolve) => setTimeout(resolve, seq % 5 === 0 ? 12 : 1))
    }
    await waitFor(() =>
      readerPeers.every((p) => {
        const doc = replay(p.updates)
        return doc.getArray('log0').length === 15 && doc.getArray('log1').length === 15
      }),
    )
    expect(unstoredRelays).toEqual([])
    for (const p of readerPeers) {
      const doc = replay(p.updates)
      expect(doc.getArray('log0').toArray()).toEqual(Array.from({ length: 15 }, (_, i) => i * 2))
      expect(doc.getArray('log1').toArray()).toEqual(
        Array.from({ length: 15 }, (_, i) => i * 2 + 1),
      )
    }
    room.destroy()
  })
  it('does not send a burst back to its one sender', async () => {
    const { room, readerPeers, writerPeers, write } = await roomWith(8, 2, 8)
    for (let seq = 0; seq < 10; seq++) write(0, seq)
    await waitFor(() => readerPeers.every((p) => p.updates.length > 0))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(writerPeers[0]!.updates).toHaveLength(0)
    expect(replay(writerPeers[1]!.updates).getArray('log0').toArray()).toEqual(
      Array.from({ length: 10 }, (_, i) => i),
    )
    room.destroy()
  })
})

describe('a small room', () => {
  it('relays each update at once, as stored, to everyone but its sender', async () => {
    const { room, readerPeers, writerPeers, write } = await roomWith(3, 2, 8)
    write(0, 1)
    // Synchronous store: relayed in the same call.
    for (const p of readerPeers) expect(p.updates).toHaveLength(1)
    expect(writerPeers[0]!.updates).toHaveLength(0)
    expect(writerPeers[1]!.updates).toHaveLength(1)
    write(1, 2)
    for (const p of readerPeers) expect(p.updates).toHaveLength(2)
    expect(writerPeers[1]!.updates).toHaveLength(1)
    room.destroy()
  })
})

/**
 * A coalescer of `windowMs` on a clock the test moves (`clock.now`), under
 * fake timers: what it flushed, when and how many merged.
 */
function clockedCoalescer(windowMs: number) {
  vi.useFakeTimers()
  const clock = { now: 0 }
  const flushed: { at: number; merged: number }[] = []
  const coalescer = new UpdateCoalescer(
    windowMs,
    (_update, merged) => flushed.push({ at: clock.now, merged }),
    () => clock.now,
  )
  /** A distinct one-key update (a note, for the coalescer). */
  const update = () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('k', clock.now)
    return Y.encodeStateAsUpdate(doc)
  }
  return { clock, flushed, coalescer, update, merged: () => flushed.map((f) => f.merged) }
}

describe('UpdateCoalescer timing', () => {
  it('flushes the first update on the next turn and a later one within the window after it', () => {
    const { clock, coalescer, update, merged } = clockedCoalescer(10)
    coalescer.add(update())
    coalescer.add(update())
    expect(merged()).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(merged()).toEqual([2])
    clock.now = 3
    coalescer.add(update())
    clock.now = 5
    coalescer.add(update())
    vi.advanceTimersByTime(9)
    expect(merged()).toEqual([2])
    clock.now = 13
    vi.advanceTimersByTime(1)
    expect(merged()).toEqual([2, 2])
    // Quiet for longer than the window: no wait again.
    clock.now = 40
    coalescer.add(update())
    vi.advanceTimersToNextTimer()
    expect(merged()).toEqual([2, 2, 1])
    coalescer.close()
  })

  it('flushes on the next turn once the window holds what it is expected to, never later than the window', () => {
    const { clock, flushed, coalescer, update, merged } = clockedCoalescer(40)
    // Notes 20 ms apart for a while: the mean gap is learnt.
    for (let i = 0; i < 40; i++) {
      coalescer.add(update())
      clock.now += 20
      vi.advanceTimersByTime(20)
    }
    flushed.length = 0
    // From now on a pair goes out as soon as its second note comes, not at the window's end.
    for (let i = 0; i < 10; i++) {
      coalescer.add(update())
      vi.advanceTimersByTime(0)
      clock.now += 20
      vi.advanceTimersByTime(20)
    }
    expect(merged()).toEqual([2, 2, 2, 2, 2])
    for (const [i, f] of flushed.entries()) expect(f.at - flushed[0]!.at).toBe(40 * i)
    // A burst in one turn still merges whole, and a lone note still waits at most the window.
    for (let i = 0; i < 12; i++) coalescer.add(update())
    vi.advanceTimersByTime(0)
    expect(flushed.at(-1)!.merged).toBeGreaterThanOrEqual(12)
    const flushedAt = clock.now
    clock.now += 5
    coalescer.add(update())
    clock.now += 35
    vi.advanceTimersByTime(40)
    expect(flushed.at(-1)).toEqual({ at: flushedAt + 40, merged: 1 })
    coalescer.close()
  })

  it('with a 0 ms window (RELAY_MERGE_MS=0) relays every update on the next turn, merging only the updates of one turn', () => {
    const { clock, flushed, coalescer, update } = clockedCoalescer(0)
    for (let i = 0; i < 20; i++) {
      coalescer.add(update())
      vi.advanceTimersByTime(0)
      clock.now += 20
    }
    expect(flushed).toEqual(Array.from({ length: 20 }, (_, i) => ({ at: 20 * i, merged: 1 })))
    coalescer.add(update())
    coalescer.add(update())
    vi.advanceTimersByTime(0)
    expect(flushed.at(-1)).toEqual({ at: clock.now, merged: 2 })
    coalescer.close()
  })

  it('flushes what is pending when closed', () => {
    const flushed: number[] = []
    const coalescer = new UpdateCoalescer(10, (_update, merged) => flushed.push(merged))
    const doc = new Y.Doc()
    doc.getMap('m').set('k', 1)
    coalescer.add(Y.encodeStateAsUpdate(doc))
    coalescer.close()
    expect(flushed).toEqual([1])
    expect(coalescer.holding).toBe(false)
  })
})
