import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import WebSocket from 'ws'
import { readAuthMessage } from 'y-protocols/auth'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type ServerOptions, startServer } from '../server.js'
import { openSqliteStorage } from '../store/sqlite-storage.js'
import type { RoomStore } from '../store/types.js'
import { withRoomStore } from './wrapped-storage.js'

/** A real server on a random loopback port with its own data directory (and `options`). */
export async function startTestServer(
  dataDir = mkdtempSync(join(tmpdir(), 'atelier-test-')),
  {
    wrapRoomStore,
    ...options
  }: Partial<ServerOptions> & {
    /** Replaces the SQLite room store of `dataDir` (a test slows or fails it). */
    wrapRoomStore?: (sqlite: RoomStore) => RoomStore
  } = {},
) {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    ...(wrapRoomStore ? { storage: withRoomStore(openSqliteStorage(dataDir), wrapRoomStore) } : {}),
    ...options,
  })
  return {
    ...server,
    dataDir,
    async stop(removeData = true) {
      await server.close()
      if (removeData) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>

export interface CreatedWorkshop {
  id: string
  code: string
  facilitatorKey: string
  facilitatorUrl: string
  joinUrl: string
  screenUrl: string
}

export async function api<T = unknown>(
  server: { url: string },
  path: string,
  init: { method?: string; body?: unknown; bearer?: string } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
    },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

export async function createWorkshop(server: { url: string }, body: Record<string, unknown> = {}) {
  const { status, body: created } = await api<CreatedWorkshop>(server, '/api/workshops', {
    body: { title: 'Atelier de test', ...body },
  })
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(created)}`)
  return created
}

export async function joinWorkshop(server: { url: string }, code: string, name?: string) {
  const { status, body } = await api<{ workshopId: string; participantId: string; token: string }>(
    server,
    '/api/join',
    { body: { code, name } },
  )
  if (status !== 200) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`)
  return body
}

export async function roleToken(
  server: { url: string },
  workshop: CreatedWorkshop,
  role: 'facilitator' | 'screen',
) {
  const { body } = await api<{ token: string }>(server, `/api/workshops/${workshop.id}/tokens`, {
    body: { role },
    bearer: workshop.facilitatorKey,
  })
  return body.token
}

export interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Reasons the server sent in permission-denied messages. */
  denied: string[]
  synced: Promise<void>
  destroy(): void
}

/** A stock y-websocket provider in Node, exactly as a third-party client would use it. */
export function connect(
  server: { url: string },
  room: string,
  token: string,
  doc = new Y.Doc(),
): Client {
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const denied: string[] = []
  // The stock provider only logs permission-denied; tests want to read the reason.
  provider.messageHandlers[2] = (_encoder, decoder) => {
    readAuthMessage(decoder, doc, (_doc, reason) => denied.push(reason))
  }
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve())
  })
  return {
    doc,
    provider,
    denied,
    synced,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/**
 * A fresh server for each test of the file, and the clients a test opens
 * through `open`, all closed after it (clients first, then the server). Port
 * 0 and a data directory of its own, so test files run in parallel.
 */
export function serverForEachTest() {
  let current: TestServer | undefined
  const clients: Client[] = []
  beforeEach(async () => {
    current = await startTestServer()
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await current?.stop()
    current = undefined
  })
  const harness = {
    get server(): TestServer {
      if (!current) throw new Error('The test server runs only inside a test.')
      return current
    },
    open(room: string, token: string): Client {
      const client = connect(harness.server, room, token)
      clients.push(client)
      return client
    },
    /** A phone that joined by code, its own room and the board both synced. */
    async phone(workshop: { id: string; code: string }, name?: string) {
      const joined = await joinWorkshop(harness.server, workshop.code, name)
      const own = harness.open(`${workshop.id}:${joined.participantId}`, joined.token)
      const board = harness.open(workshop.id, joined.token)
      await Promise.all([own.synced, board.synced])
      return { ...joined, own, board }
    },
  }
  return harness
}

/** A note written straight into a participant document, as a hand-made client would. */
export function rawNote(doc: Y.Doc, id: string, text: string, dimension = 'vision'): void {
  doc.getMap('notes').set(
    id,
    new Y.Map<unknown>([
      ['text', text],
      ['dimension', dimension],
      ['createdAt', 1],
    ]),
  )
}

/** Polls until `predicate` holds (or fails the test after `timeoutMs`). */
export { waitUntil as waitFor } from '../util/wait-until.js'

/** Opens a raw websocket and resolves with the HTTP status of a refused upgrade (or 101). */
export function upgradeStatus(
  server: { url: string },
  path: string,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(server.url.replace(/^http/, 'ws') + path, { headers })
    ws.on('open', () => {
      ws.close()
      resolve(101)
    })
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.on('error', (error) => {
      if (!String(error).includes('Unexpected server response')) reject(error)
    })
  })
}
