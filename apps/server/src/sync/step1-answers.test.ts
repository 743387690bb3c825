import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { MemoryRoomStore } from '../store/memory-room-store.js'
import { decodeMessage } from './protocol.js'
import { type Peer, Room } from './room.js'
import { ANSWER_TTL_MS, Step1Answers } from './step1-answers.js'

const NOTHING = new Uint8Array([0])

function boardOf(notes: number): Y.Doc {
  const doc = new Y.Doc()
  const map = doc.getMap('notes')
  doc.transact(() => {
    for (let i = 0; i < notes; i++) map.set(`n${i}`, `Idée numéro ${i}`)
  })
  return doc
}

describe('step-1 answers', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps an answer 10 s after it was encoded, then lets it go', () => {
    vi.useFakeTimers()
    const answers = new Step1Answers()
    const doc = boardOf(50)
    const first = answers.answer(doc, NOTHING)
    vi.advanceTimersByTime(ANSWER_TTL_MS - 1)
    expect(answers.answer(doc, NOTHING)).toBe(first)
    expect(answers.encodes).toBe(1)
    // Another state vector, asked later, outlives the first one.
    const sv = Y.encodeStateVector(boardOf(1))
    answers.answer(doc, sv)
    expect(answers.size).toBe(2)
    vi.advanceTimersByTime(1)
    expect(answers.size).toBe(1)
    vi.advanceTimersByTime(ANSWER_TTL_MS)
    expect(answers.size).toBe(0)
    // Asked again: encoded again, same bytes.
    expect(answers.answer(doc, NOTHING)).toEqual(first)
    expect(answers.encodes).toBe(3)
    expect(vi.getTimerCount()).toBe(1)
    answers.invalidate()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('holds at most 16 state vectors, dropping the oldest', () => {
    const answers = new Step1Answers()
    const doc = boardOf(5)
    for (let i = 1; i <= 20; i++) {
      const other = new Y.Doc()
      other.clientID = i
      other.getMap('x').set('k', i)
      answers.answer(doc, Y.encodeStateVector(other))
    }
    expect(answers.size).toBe(16)
    answers.invalidate()
  })

  it('encodes a board once for a storm of 300 phones asking the same thing', async () => {
    const room = new Room('w', new MemoryRoomStore())
    await room.load()
    const writer: Peer = {
      label: 'facilitator',
      canWrite: true,
      seesPresence: true,
      awarenessIds: new Set(),
      send: () => {},
    }
    room.join(writer)
    const board = boardOf(2000)
    room.receive(writer, { type: 'sync-update', update: Y.encodeStateAsUpdate(board) })
    const before = room.stateEncodes
    const answered: Uint8Array[] = []
    const ask = (stateVector: Uint8Array) => {
      for (let i = 0; i < 300; i++) {
        const phone: Peer = {
          label: `participant p${i}`,
          canWrite: false,
          seesPresence: false,
          awarenessIds: new Set(),
          send: (frame) => {
            if (frame[0] === 0 && frame[1] === 1) answered.push(frame)
          },
        }
        room.join(phone)
        room.receive(phone, { type: 'sync-step1', stateVector })
      }
    }
    ask(NOTHING)
    // A phone that kept an older copy of the board (IndexedDB) asks from its state vector.
    const older = Y.encodeStateVector(boardOf(10))
    ask(older)
    await new Promise((resolve) => setImmediate(resolve))
    expect(answered).toHaveLength(600)
    expect(room.stateEncodes - before).toBe(2)
    expect(new Set(answered).size).toBe(2) // the same bytes for every phone
    const replica = new Y.Doc()
    const step2 = decodeMessage(answered[0] as Uint8Array)
    if (step2.type !== 'sync-step2') throw new Error('not a step 2')
    Y.applyUpdate(replica, step2.update)
    expect(replica.getMap('notes').size).toBe(2000)
    room.destroy()
  })
})
