import { describe, it } from 'vitest'
import { usePostgres } from '../test-support/postgres.js'
import { kill9Scenario } from './support/kill9-scenario.js'

// The kill -9 scenario (support/kill9-scenario.ts) with DATABASE_URL set:
// the built server restarted each time on the same port and PostgreSQL
// database (a throwaway cluster, or ATELIER_TEST_DATABASE_URL). Fewer kills
// than on SQLite: the path under test is the same, the store is what differs.
const KILLS = 6
const postgres = usePostgres()

describe('kill -9 while 50 clients write, on PostgreSQL', () => {
  it(
    `loses and duplicates nothing any client saw across ${KILLS} kill -9, and SIGTERM exits in under 5 s`,
    kill9Scenario({
      kills: KILLS,
      figures: 'kill9-postgres',
      env: async () => ({ DATABASE_URL: await postgres.database() }),
    }),
  )
})
