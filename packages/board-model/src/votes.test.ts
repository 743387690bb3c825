import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCluster } from './commands/board/clusters.js'
import {
  setMultipleDotsPerCluster,
  setPhase,
  setVotesPerParticipant,
} from './commands/board/meta.js'
import { removeParticipant } from './commands/board/moderation.js'
import { setVote } from './commands/participant/profile.js'
import { ingestParticipant } from './ingest/ingest.js'
import { readBoard } from './read/board.js'
import { readParticipant } from './read/participant.js'
import { congressBoard, privateOf } from './test-support/boards.js'
import { judgeVotes, tallyVotes, validVotes, voteProgress, writeTallies } from './votes.js'

function votingBoard() {
  const board = congressBoard()
  for (const id of ['a', 'b', 'c']) createCluster(board, { id, title: id, dimension: 'vision' })
  setPhase(board, 'vote')
  return board
}

describe('validVotes', () => {
  it('counts votes within the budget', () => {
    const state = readBoard(votingBoard())
    expect(validVotes(state, 'p1', { a: 2, b: 3 })).toEqual([
      { cluster: 'a', count: 2 },
      { cluster: 'b', count: 3 },
    ])
  })

  it('cuts over-budget votes deterministically, clusters in id order', () => {
    const board = votingBoard()
    setVotesPerParticipant(board, 4)
    const state = readBoard(board, privateOf(board))
    // Insertion order must not matter.
    expect(validVotes(state, 'p1', { c: 2, b: 2, a: 3 })).toEqual([
      { cluster: 'a', count: 3 },
      { cluster: 'b', count: 1 },
    ])
    expect(judgeVotes(state, 'p1', { c: 2, b: 2, a: 3 }).map((j) => j.reason)).toEqual([
      null,
      'over-budget',
      'over-budget',
    ])
  })

  it('ignores votes on unknown clusters without spending budget on them', () => {
    const board = votingBoard()
    setVotesPerParticipant(board, 2)
    expect(validVotes(readBoard(board, privateOf(board)), 'p1', { '0gone': 2, a: 2 })).toEqual([
      { cluster: 'a', count: 2 },
    ])
  })

  it('caps each cluster at one dot when multiple dots are off', () => {
    const board = votingBoard()
    setMultipleDotsPerCluster(board, false)
    expect(validVotes(readBoard(board, privateOf(board)), 'p1', { a: 3, b: 1 })).toEqual([
      { cluster: 'a', count: 1 },
      { cluster: 'b', count: 1 },
    ])
  })

  it('ignores negative, fractional and non-numeric counts', () => {
    const state = readBoard(votingBoard())
    expect(validVotes(state, 'p1', { a: -1, b: 1.5, c: 'x' })).toEqual([])
    expect(judgeVotes(state, 'p1', { a: -1 })[0]?.reason).toBe('invalid-count')
  })

  it('counts nothing before the vote phase, and keeps counting after it', () => {
    const board = votingBoard()
    setPhase(board, 'cluster')
    expect(validVotes(readBoard(board, privateOf(board)), 'p1', { a: 1 })).toEqual([])
    setPhase(board, 'synthesize')
    expect(validVotes(readBoard(board, privateOf(board)), 'p1', { a: 1 })).toEqual([
      { cluster: 'a', count: 1 },
    ])
  })
})

describe('tallyVotes', () => {
  it('sums valid votes and leaves removed participants out', () => {
    const board = votingBoard()
    removeParticipant(board, 'p3')
    const ballots = new Map<string, Record<string, unknown>>([
      ['p1', { a: 2, b: 1 }],
      ['p2', { a: 1, gone: 4 }],
      ['p3', { a: 5 }],
    ])
    expect(tallyVotes(readBoard(board, privateOf(board)), ballots)).toEqual({ a: 3, b: 1 })
  })
})

describe('voteProgress', () => {
  const person = (id: string, removed = false) => ({ id, name: null, joinedAt: 1, removed })

  it('counts participants with a dot that counts, out of those on the board and not removed', () => {
    const state = {
      ...readBoard(votingBoard()),
      participants: {
        p1: person('p1'),
        p2: person('p2'),
        p3: person('p3'),
        gone: person('gone', true),
      },
    }
    const ballots = new Map<string, Record<string, unknown>>([
      ['p1', { a: 1 }],
      // Only an unknown cluster: no dot counts, so p2 has not voted yet.
      ['p2', { nowhere: 2 }],
      ['gone', { a: 1 }],
    ])
    expect(voteProgress(state, ballots)).toEqual({ voted: 1, participants: 3 })
  })

  it('is zero of everyone before the vote phase counts anything', () => {
    const board = votingBoard()
    setPhase(board, 'cluster')
    const state = { ...readBoard(board, privateOf(board)), participants: { p1: person('p1') } }
    expect(voteProgress(state, new Map([['p1', { a: 1 }]]))).toEqual({ voted: 0, participants: 1 })
  })
})

describe('writeTallies', () => {
  it('makes the map equal to the tallies, writing only differences in one transaction', () => {
    const doc = new Y.Doc()
    const map = doc.getMap<unknown>('tallies')
    writeTallies(map, { a: 1, b: 2 })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    let updates = 0
    doc.on('update', () => updates++)
    writeTallies(map, { a: 1, c: 4 }, 'server')
    expect(map.toJSON()).toEqual({ a: 1, c: 4 })
    expect(transactions).toBe(1)
    writeTallies(map, { a: 1, c: 4 }, 'server')
    expect(updates).toBe(1)
  })
})

describe('vote receipts via ingest', () => {
  it('tells the phone which votes were cut and how many dots counted', () => {
    const board = votingBoard()
    setVotesPerParticipant(board, 3)
    const phone = new Y.Doc()
    setVote(phone, 'a', 2)
    setVote(phone, 'b', 2)
    setVote(phone, 'zz', 1)
    const report = ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(report.votes).toEqual([
      { cluster: 'a', count: 2 },
      { cluster: 'b', count: 1 },
    ])
    expect(readParticipant(phone).receipts).toEqual({
      'vote:b': { status: 'rejected', reason: 'over-budget', counted: 1 },
      'vote:zz': { status: 'rejected', reason: 'unknown-cluster', counted: 0 },
    })
    setVote(phone, 'b', 1)
    setVote(phone, 'zz', 0)
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(readParticipant(phone).receipts).toEqual({})
  })
})
