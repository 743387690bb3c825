import { defineProject } from 'vitest/config'

// `pnpm --filter @atelier/synthesis bench`: the grouping-quality and speed
// benchmarks, which print figures instead of asserting them.
export default defineProject({
  resolve: { conditions: ['@atelier/source'] },
  ssr: { resolve: { conditions: ['@atelier/source'], externalConditions: ['@atelier/source'] } },
  test: { include: ['src/bench/*.run.ts'], testTimeout: 600_000 },
})
