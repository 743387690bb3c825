import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../server.js'
import { memoryStorage } from '../store/memory-storage.js'
import { openSqliteStorage } from '../store/sqlite-storage.js'
import type { Storage } from '../store/storage.js'

// The participant cap of a workshop is decided by the store in the insert,
// not by counting first: twelve phones joining at the same moment (their
// lookups all see free seats) leave exactly `cap` participants. Through the
// HTTP routes with Hono's app.request(): the socket is not the point here.

const CAP = 5
let server: RunningServer | undefined
const dirs: string[] = []
afterEach(async () => {
  await server?.close()
  server = undefined
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function serverOn(storage: (dataDir: string) => Storage): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-cap-'))
  dirs.push(dataDir)
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    storage: storage(dataDir),
    maxParticipantsPerWorkshop: CAP,
  })
  return server
}

const post = (s: RunningServer, path: string, body: unknown) =>
  s.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

for (const [name, storage] of [
  ['memory', () => memoryStorage()],
  ['SQLite', (dataDir: string) => openSqliteStorage(dataDir)],
] as const) {
  describe(`joining a full workshop (${name})`, () => {
    it(`lets exactly ${CAP} of 12 simultaneous phones in; the others are told workshop-full`, async () => {
      const s = await serverOn(storage)
      const created = await post(s, '/api/workshops', { title: 'Plénière' })
      expect(created.status).toBe(201)
      const { code } = (await created.json()) as { code: string }
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => post(s, '/api/join', { code, name: `Tél ${i}` })),
      )
      const statuses = answers.map((a) => a.status)
      expect(statuses.filter((status) => status === 200)).toHaveLength(CAP)
      expect(statuses.filter((status) => status === 409)).toHaveLength(12 - CAP)
      const refused = await Promise.all(
        answers
          .filter((a) => a.status === 409)
          .map((a) => a.json() as Promise<{ error: { code: string } }>),
      )
      expect(refused.every((body) => body.error.code === 'workshop-full')).toBe(true)
      // And afterwards, one more is refused too.
      expect((await post(s, '/api/join', { code })).status).toBe(409)
    })
  })
}
