import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { startTestPostgres } from './postgres.js'

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe('the test PostgreSQL', () => {
  it('fails, naming the package to install, when the binaries are missing', async () => {
    const saved = process.env.ATELIER_TEST_DATABASE_URL
    delete process.env.ATELIER_TEST_DATABASE_URL
    try {
      await expect(startTestPostgres({ root: '/nonexistent/postgresql' })).rejects.toThrow(
        /apt-get install postgresql/,
      )
    } finally {
      if (saved !== undefined) process.env.ATELIER_TEST_DATABASE_URL = saved
    }
  })

  it('gives separate empty databases', async () => {
    const server = await startTestPostgres()
    try {
      const [a, b] = [await server.createDatabase(), await server.createDatabase()]
      await query(a, 'CREATE TABLE only_in_a (x int)')
      const tables = "SELECT COUNT(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"
      expect(await query(a, tables)).toEqual([{ n: 1 }])
      expect(await query(b, tables)).toEqual([{ n: 0 }])
    } finally {
      await server.stop()
    }
  })
})
