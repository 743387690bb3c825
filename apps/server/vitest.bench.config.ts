import { defineProject } from 'vitest/config'

// `pnpm --filter @atelier/server bench:synthesis`: figures printed, not
// asserted (a shared machine's timing is no test). Sources resolve to
// TypeScript as in the tests; the synthesis worker runs the built server.
const conditions = ['@atelier/source', 'import', 'module', 'node', 'default']

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['src/bench/*.run.ts'], testTimeout: 600_000, fileParallelism: false },
})
