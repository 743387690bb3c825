import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readParticipant } from '../../read/participant.js'
import { ID_PATTERN } from '../../schemas.js'
import { addOwnNote, deleteOwnNote, editOwnNote } from './notes.js'
import { setName, setVote } from './profile.js'

describe('participant commands', () => {
  it('addOwnNote generates distinct url-safe ids and stores trimmed text', () => {
    const doc = new Y.Doc()
    const a = addOwnNote(doc, { text: ' un ', dimension: 'vision', createdAt: 7 })
    const b = addOwnNote(doc, { text: 'deux', dimension: 'vision' })
    expect(a).toMatch(ID_PATTERN)
    expect(a).not.toBe(b)
    expect(readParticipant(doc).notes[a]).toEqual({
      id: a,
      text: 'un',
      dimension: 'vision',
      createdAt: 7,
    })
  })

  it('refuses empty, too long and badly identified notes', () => {
    const doc = new Y.Doc()
    expect(() => addOwnNote(doc, { text: ' ', dimension: 'v' })).toThrow('text-empty')
    expect(() => addOwnNote(doc, { text: 'x'.repeat(501), dimension: 'v' })).toThrow(
      'text-too-long',
    )
    expect(() => addOwnNote(doc, { id: 'a b', text: 'x', dimension: 'v' })).toThrow('id-invalid')
    expect(readParticipant(doc).notes).toEqual({})
  })

  it('edits and deletes own notes', () => {
    const doc = new Y.Doc()
    const id = addOwnNote(doc, { text: 'un', dimension: 'vision' })
    expect(editOwnNote(doc, id, { text: 'un bis', dimension: 'reseau' })).toBe(true)
    expect(readParticipant(doc).notes[id]).toMatchObject({ text: 'un bis', dimension: 'reseau' })
    expect(editOwnNote(doc, 'nope', { text: 'x' })).toBe(false)
    expect(deleteOwnNote(doc, id)).toBe(true)
    expect(readParticipant(doc).notes).toEqual({})
  })

  it('setVote stores counts, 0 removes the vote, negative or fractional counts throw', () => {
    const doc = new Y.Doc()
    setVote(doc, 'c1', 2)
    setVote(doc, 'c2', 1)
    setVote(doc, 'c2', 0)
    expect(readParticipant(doc).votes).toEqual({ c1: 2 })
    expect(() => setVote(doc, 'c1', -1)).toThrow('invalid-count')
    expect(() => setVote(doc, 'c1', 0.5)).toThrow('invalid-count')
  })

  it('setName trims, turns blank into anonymous, refuses over 40 characters', () => {
    const doc = new Y.Doc()
    setName(doc, '  Élodie ')
    expect(readParticipant(doc).name).toBe('Élodie')
    setName(doc, '   ')
    expect(readParticipant(doc).name).toBeNull()
    expect(() => setName(doc, 'x'.repeat(41))).toThrow('name-too-long')
  })
})
