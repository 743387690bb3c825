import { defineProject } from 'vitest/config'

// `pnpm --filter @atelier/server bench:synthesis`: figures printed, not
// asserted (a shared machine's timing is no test). Sources resolve to
// TypeScript as in the tests; the synthesis worker runs the built server.
// No 'import': vitest hands these to Node as --conditions, and Node's require()
// would then load a package's ESM build (pg's require('pg-pool') got a module
// namespace, not its class). Vite adds 'import' for ESM imports by itself.
const conditions = ['@atelier/source', 'module', 'node', 'default']

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['src/bench/*.run.ts'], testTimeout: 600_000, fileParallelism: false },
})
