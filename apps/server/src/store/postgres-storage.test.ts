import { describe, expect, it } from 'vitest'
import { usePostgres } from '../test-support/postgres.js'
import { describeStorageContract } from './contract/storage-contract.js'
import { migratePostgres, openPostgres } from './postgres-database.js'
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js'
import { openPostgresStorage } from './postgres-storage.js'
import { createStorage } from './storage.js'

// A real PostgreSQL (a throwaway cluster, or ATELIER_TEST_DATABASE_URL):
// the same contract as SQLite and memory, one database for the suite.
const postgres = usePostgres()
let url: Promise<string> | undefined
const suiteDatabase = () => {
  url ??= postgres.database()
  return url
}

describeStorageContract('PostgreSQL', {
  open: async () => openPostgresStorage(await suiteDatabase()),
  openAgain: async () => openPostgresStorage(await suiteDatabase()),
})

describe('PostgreSQL migrations', () => {
  it('run once even when four processes start at the same moment', async () => {
    const fresh = await postgres.database()
    // Four pools stand for four processes; each runs the migrations under the advisory lock.
    const pools = await Promise.all([1, 2, 3, 4].map(() => openPostgres(fresh, 2)))
    try {
      const { rows } = await pools[0]!.query<{ name: string; n: number }>(
        'SELECT name, COUNT(*) AS n FROM schema_migrations GROUP BY name ORDER BY name',
      )
      expect(rows.map((row) => row.name)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.name).sort())
      expect(rows.every((row) => row.n === 1)).toBe(true)
      // A later start applies nothing.
      expect(await migratePostgres(pools[1]!)).toEqual([])
    } finally {
      await Promise.all(pools.map((pool) => pool.end()))
    }
  })

  it('are what createStorage opens when DATABASE_URL is set', async () => {
    const storage = await createStorage({
      DATABASE_URL: await suiteDatabase(),
      DATA_DIR: '/nonexistent',
    })
    try {
      expect(storage.kind).toBe('postgres')
      expect(await storage.roomStore.load('nothing-here')).toEqual({
        rows: [],
        lastSeq: 0,
        pendingCount: 0,
      })
    } finally {
      await storage.close()
    }
  })
})

describe('PostgreSQL participant cap across processes', () => {
  it('two pools joining one workshop at once fill it to the cap, not past it', async () => {
    const [a, b] = await Promise.all([
      openPostgresStorage(await suiteDatabase()),
      openPostgresStorage(await suiteDatabase()),
    ])
    try {
      const workshop = {
        id: `cap-${Date.now()}`,
        code: `C${Date.now().toString(36).toUpperCase()}`,
        title: 'Plénière',
        facilitatorKeyHash: 'h',
        facilitatorGeneration: 0,
        status: 'open' as const,
        joiningOpen: true,
        createdAt: 1,
      }
      await a.catalog.createWorkshop(workshop)
      const joins = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? a : b).catalog.addParticipant(
            { workshopId: workshop.id, id: `p${i}`, name: null, createdAt: i, removedAt: null },
            25,
          ),
        ),
      )
      expect(joins.filter(Boolean)).toHaveLength(25)
      expect(await b.catalog.countParticipants(workshop.id)).toBe(25)
      expect(await a.catalog.listParticipants(workshop.id)).toHaveLength(25)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})
