import { defineProject } from 'vitest/config'

// `pnpm --filter @atelier/synthesis bench`: the grouping-quality and speed
// benchmarks, which print figures instead of asserting them.
export default defineProject({
  resolve: { conditions: ['@atelier/source'] },
  ssr: { resolve: { conditions: ['@atelier/source'], externalConditions: ['@atelier/source'] } },
  // One file at a time: the speed figure must not share the CPU with the other benchmark.
  test: { include: ['src/bench/*.run.ts'], testTimeout: 600_000, fileParallelism: false },
})
