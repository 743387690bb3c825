import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as decoding from 'lib0/decoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { type RunningServer, startServer } from '../server.js'
import { openSqliteStorage } from '../store/sqlite-storage.js'
import { api, type CreatedWorkshop, createWorkshop, roleToken } from '../test-support/harness.js'
import { withRoomStore } from '../test-support/wrapped-storage.js'
import { encodeSyncStep1 } from './protocol.js'

describe('liveness', () => {
  let server: RunningServer
  let workshop: CreatedWorkshop
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-ping-'))
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      pingIntervalMs: 100,
    })
    workshop = await createWorkshop(server)
  })
  afterAll(async () => {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  const open = async (autoPong: boolean) => {
    const token = await roleToken(server, workshop, 'screen')
    const ws = new WebSocket(
      `${server.url.replace(/^http/, 'ws')}/sync/${workshop.id}?token=${token}`,
      { autoPong },
    )
    await new Promise((resolve) => ws.once('open', resolve))
    return ws
  }

  it('drops a connection that misses a pong and keeps one that answers', async () => {
    const silent = await open(false)
    const alive = await open(true)
    const closed = new Promise((resolve) => silent.once('close', resolve))
    await closed
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(alive.readyState).toBe(WebSocket.OPEN)
    expect((await api<{ connections: number }>(server, '/healthz')).body.connections).toBe(1)
    const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text())
    expect(metrics).toMatch(/^atelier_connections_dropped_total\{reason="missed-pong"\} 1$/m)
    alive.close()
  })

  it('sends a quiet socket an empty awareness message every beat, so a stock provider does not time it out', async () => {
    // The projector on the layout: nothing moves, nobody announces presence.
    const token = await roleToken(server, workshop, 'screen')
    const quiet = new WebSocket(
      `${server.url.replace(/^http/, 'ws')}/sync/${workshop.id}:layout?token=${token}`,
    )
    const frames: number[][] = []
    quiet.on('message', (data: Buffer) => frames.push([...data]))
    await new Promise((resolve) => quiet.once('open', resolve))
    // Three beats a ping interval of 100 ms, one frame every other beat: some
    // four in 300 ms.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const keepAlives = frames.filter((f) => f.join() === '1,1,0').length
    expect(keepAlives).toBeGreaterThanOrEqual(3)
    // Each is a frame y-protocols applies as no change; nothing else came.
    expect(frames.filter((f) => f.join() !== '1,1,0').every((f) => f[0] === 0)).toBe(true)
    quiet.close()
  })
})

describe('loading', () => {
  it('answers no sync message before the room is loaded from the store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-load-'))
    let slowLoads = false
    const releases: (() => void)[] = []
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      // The real SQLite store, whose loads wait until the test lets them go.
      storage: withRoomStore(openSqliteStorage(dataDir), (sqlite) => ({
        load: (room) =>
          slowLoads
            ? new Promise((resolve) => releases.push(() => resolve(sqlite.load(room))))
            : sqlite.load(room),
        append: (room, update) => sqlite.append(room, update),
        compact: (room, snapshot, seq) => sqlite.compact(room, snapshot, seq),
        close: () => sqlite.close(),
      })),
    })
    try {
      const workshop = await createWorkshop(server, { title: 'Déjà là' })
      await new Promise((resolve) => setTimeout(resolve, 50)) // the creation's room unloads
      slowLoads = true
      const token = await roleToken(server, workshop, 'facilitator')
      const ws = new WebSocket(
        `${server.url.replace(/^http/, 'ws')}/sync/${workshop.id}?token=${token}`,
      )
      const frames: Uint8Array[] = []
      ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)))
      await new Promise((resolve) => ws.once('open', resolve))
      ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(frames).toHaveLength(0)

      // Loading the board also loads its private room: let every load through.
      for (let i = 0; i < 100 && !frames.some((f) => f[0] === 0 && f[1] === 1); i++) {
        while (releases.length > 0) releases.shift()!()
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      const step2 = frames.map(decodeFrame).find((f) => f.messageType === 0 && f.syncType === 1)!
      const client = new Y.Doc()
      Y.applyUpdate(client, step2.payload)
      expect(client.getMap('meta').get('title')).toBe('Déjà là')
      ws.close()
    } finally {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

/** [messageType, syncType, varUint8Array payload] of a sync frame. */
function decodeFrame(frame: Uint8Array) {
  const decoder = decoding.createDecoder(frame)
  const messageType = decoding.readVarUint(decoder)
  const syncType = decoding.readVarUint(decoder)
  return { messageType, syncType, payload: decoding.readVarUint8Array(decoder) }
}
