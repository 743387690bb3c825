import pg from 'pg'
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js'

export type PostgresPool = pg.Pool

/** Type oid of `bigint` (`int8`): every id sequence and millisecond time here fits in a JS number. */
const INT8_OID = 20

/**
 * A pool on `DATABASE_URL`, with the schema migrated. `bigint` columns
 * (sequence numbers, times in ms) come back as numbers, as SQLite gives them.
 */
export async function openPostgres(url: string, poolSize = 10): Promise<PostgresPool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID && format !== 'binary'
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client losing its server (a restart) must not crash the process: the pool replaces it.
  pool.on('error', () => {})
  try {
    await migratePostgres(pool)
  } catch (error) {
    await pool.end()
    throw error
  }
  return pool
}

/** Any constant: the advisory lock every Atelier process takes to migrate. */
const MIGRATION_LOCK = 7_150_611

/**
 * Applies the named migrations not applied yet, each in its own transaction,
 * while holding a session advisory lock: several processes starting at once
 * wait for each other instead of racing ("whoever starts first" would have
 * two of them run the same CREATE TABLE).
 */
export async function migratePostgres(pool: PostgresPool): Promise<string[]> {
  const client = await pool.connect()
  const applied: string[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)',
      )
      const done = new Set(
        (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map(
          (row) => row.name,
        ),
      )
      for (const migration of POSTGRES_MIGRATIONS) {
        if (done.has(migration.name)) continue
        await client.query('BEGIN')
        try {
          await client.query(migration.sql)
          await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [
            migration.name,
            Date.now(),
          ])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        }
        applied.push(migration.name)
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
    }
  } finally {
    client.release()
  }
  return applied
}

/** Runs `work` in one transaction on one pooled client. */
export async function inTransaction<T>(
  pool: PostgresPool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/** A Uint8Array as the Buffer `pg` sends as `bytea` (no copy). */
export const bytea = (data: Uint8Array): Buffer =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength)
