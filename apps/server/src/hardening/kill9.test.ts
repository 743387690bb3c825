import { describe, it } from 'vitest'
import { kill9Scenario } from './support/kill9-scenario.js'

// The kill -9 scenario (support/kill9-scenario.ts) on the default storage:
// the built server restarted each time on the same port and SQLite file.
const KILLS = 20

describe('kill -9 while 50 clients write', () => {
  it(
    `loses and duplicates nothing any client saw across ${KILLS} kill -9, and SIGTERM exits in under 5 s`,
    kill9Scenario({ kills: KILLS, figures: 'kill9' }),
  )
})
