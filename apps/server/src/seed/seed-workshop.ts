import {
  addOwnNote,
  createCluster,
  moveToCluster,
  readBoard,
  setName,
  setPhase,
  setRecommendation,
  setShowTallies,
  setVote,
} from '@atelier/board-model'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { waitUntil } from '../util/wait-until.js'
import type { Dataset } from './dataset.js'

export interface SeedOptions {
  /** A WebSocket class for Node 20 (the `ws` package); browsers and Node 22+ have one. */
  WebSocket?: unknown
  /** Stop after this phase: 'collect' leaves notes unclustered, 'cluster' clusters them, 'vote' also votes. */
  until?: 'collect' | 'cluster' | 'vote'
  timeoutMs?: number
  /**
   * Where the workshop is created: `POST /api/workshops` by default; a
   * campaign's `POST /api/campaigns/:id/workshops` with its organiser key.
   */
  create?: { path: string; bearer: string }
}

export interface SeededWorkshop {
  id: string
  code: string
  facilitatorKey: string
  facilitatorUrl: string
  joinUrl: string
  screenUrl: string
  /** Dataset note id -> board note id, dataset cluster id -> board cluster id. */
  noteIds: Map<string, string>
  clusterIds: Map<string, string>
}

/**
 * Replays a recorded workshop against a running server exactly as people
 * would: each participant joins by code and writes notes into their own
 * document through the y-websocket protocol; the facilitator clusters on the
 * board; then (until 'vote') everyone votes and the board ends in
 * `synthesize` with results shown.
 */
export async function seedWorkshop(
  baseUrl: string,
  dataset: Dataset,
  options: SeedOptions = {},
): Promise<SeededWorkshop> {
  const until = options.until ?? 'vote'
  const timeoutMs = options.timeoutMs ?? 30_000
  const created = await post<Omit<SeededWorkshop, 'noteIds' | 'clusterIds'>>(
    baseUrl,
    options.create?.path ?? '/api/workshops',
    {
      title: dataset.workshop.title,
      territory: dataset.workshop.territory ?? undefined,
      facilitator: dataset.workshop.facilitator ?? undefined,
      language: dataset.workshop.language,
      template: 'congress',
    },
    options.create?.bearer,
  )
  const wsBase = `${baseUrl.replace(/^http/, 'ws')}/sync`
  const connect = (room: string, token: string, doc = new Y.Doc()) => {
    const provider = new WebsocketProvider(wsBase, room, doc, {
      params: { token },
      disableBc: true,
      ...(options.WebSocket ? { WebSocketPolyfill: options.WebSocket as typeof WebSocket } : {}),
    })
    return {
      doc,
      provider,
      synced: new Promise<void>((resolve) => provider.once('sync', () => resolve())),
    }
  }
  const facilitatorToken = (
    await post<{ token: string }>(
      baseUrl,
      `/api/workshops/${created.id}/tokens`,
      { role: 'facilitator' },
      created.facilitatorKey,
    )
  ).token
  const facilitator = connect(created.id, facilitatorToken)
  const phones = new Map<string, ReturnType<typeof connect>>()
  try {
    await facilitator.synced
    for (const participant of dataset.participants) {
      const joined = await post<{ participantId: string; token: string }>(baseUrl, '/api/join', {
        code: created.code,
        name: participant.name ?? undefined,
      })
      const phone = connect(`${created.id}:${joined.participantId}`, joined.token)
      phones.set(participant.id, phone)
      await phone.synced
      if (participant.name) setName(phone.doc, participant.name)
    }
    const noteIds = new Map<string, string>()
    for (const note of dataset.notes) {
      const phone = phones.get(note.participant)
      if (!phone) throw new Error(`note ${note.id}: unknown participant ${note.participant}`)
      noteIds.set(note.id, addOwnNote(phone.doc, { text: note.text, dimension: note.dimension }))
    }
    await waitUntil(
      () => Object.keys(readBoard(facilitator.doc).notes).length >= dataset.notes.length,
      timeoutMs,
      'notes on the board',
    )

    const clusterIds = new Map<string, string>()
    if (until !== 'collect') {
      setPhase(facilitator.doc, 'cluster', 'facilitator')
      for (const cluster of dataset.clusters) {
        const id = createCluster(
          facilitator.doc,
          { title: cluster.title, dimension: cluster.dimension },
          'facilitator',
        )
        clusterIds.set(cluster.id, id)
        if (cluster.recommendation)
          setRecommendation(facilitator.doc, id, cluster.recommendation, 'facilitator')
        const members = dataset.notes
          .filter((n) => n.cluster === cluster.id)
          .map((n) => noteIds.get(n.id)!)
        moveToCluster(facilitator.doc, members, id, 'facilitator')
      }
    }
    if (until === 'vote') {
      setPhase(facilitator.doc, 'vote', 'facilitator')
      // Votes sent before the server saw the phase change are re-ingested when it does.
      let expected = 0
      for (const vote of dataset.votes) {
        const phone = phones.get(vote.participant)
        const cluster = clusterIds.get(vote.cluster)
        if (!phone || !cluster) continue
        setVote(phone.doc, cluster, vote.count)
        expected += vote.count
      }
      const tallies = connect(`${created.id}:private`, facilitatorToken)
      try {
        const dots = () =>
          [...tallies.doc.getMap<number>('tallies').values()].reduce((sum, n) => sum + n, 0)
        await waitUntil(() => dots() === expected, timeoutMs, `${expected} dots counted`)
      } finally {
        tallies.provider.destroy()
      }
      setPhase(facilitator.doc, 'synthesize', 'facilitator')
      setShowTallies(facilitator.doc, true, 'facilitator')
    }
    // Let the last updates reach the server before the connections close.
    await new Promise((resolve) => setTimeout(resolve, 300))
    return { ...created, noteIds, clusterIds }
  } finally {
    for (const phone of phones.values()) phone.provider.destroy()
    facilitator.provider.destroy()
  }
}

async function post<T>(baseUrl: string, path: string, body: unknown, bearer?: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as T & { error?: { message: string } }
  if (!response.ok) throw new Error(`${path}: ${response.status} ${json.error?.message ?? ''}`)
  return json
}
