import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { describeStorageContract } from './contract/storage-contract.js'
import { openSqlite } from './sqlite-database.js'
import { openSqliteStorage } from './sqlite-storage.js'
import { createStorage } from './storage.js'

const dataDir = mkdtempSync(join(tmpdir(), 'atelier-sqlite-contract-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

// One file for the whole suite; `openAgain` opens it a second time without
// closing the first connection, as a process restarted after kill -9 does.
describeStorageContract('SQLite', {
  open: async () => openSqliteStorage(dataDir),
  openAgain: async () => openSqliteStorage(dataDir),
})

describe('SQLite migrations', () => {
  it('run once: a second open applies nothing and keeps the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atelier-sqlite-migrate-'))
    try {
      openSqlite(dir).close()
      const names = () => {
        const db = new Database(join(dir, 'atelier.sqlite'), { readonly: true })
        try {
          return db.prepare('SELECT name, applied_at FROM schema_migrations ORDER BY name').all()
        } finally {
          db.close()
        }
      }
      const first = names()
      expect(first.length).toBeGreaterThanOrEqual(8)
      openSqlite(dir).close()
      expect(names()).toEqual(first)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('are what createStorage opens when DATABASE_URL is unset (the file of pnpm start)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atelier-sqlite-default-'))
    try {
      const storage = await createStorage({ DATA_DIR: dir, DATABASE_URL: undefined })
      expect(storage.kind).toBe('sqlite')
      await storage.roomStore.append('room', new Uint8Array([1, 2, 3]))
      await storage.close()
      const db = new Database(join(dir, 'atelier.sqlite'), { readonly: true })
      expect(db.prepare('SELECT COUNT(*) AS n FROM room_updates').get()).toEqual({ n: 1 })
      db.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
