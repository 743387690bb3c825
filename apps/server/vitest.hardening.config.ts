import { defineProject } from 'vitest/config'

// No 'import': vitest hands these to Node as --conditions, and Node's require()
// would then load a package's ESM build (pg's require('pg-pool') got a module
// namespace, not its class). Vite adds 'import' for ESM imports by itself.
const conditions = ['@atelier/source', 'module', 'node', 'default']

// The hardening group (issue 9): fuzzing, kill -9, convergence, permissions,
// memory, each against a real server on 127.0.0.1. It runs after every other
// project (groupOrder 1) and one file at a time, so the stalls and memory it
// measures are the server's, not the rest of the suite's. `pnpm test` runs it;
// `pnpm test:hardening` runs it alone. Every test bounds its own count and time.
export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'hardening',
    include: ['src/hardening/**/*.test.ts'],
    fileParallelism: false,
    sequence: { groupOrder: 1 },
    testTimeout: 180_000,
    hookTimeout: 30_000,
  },
})
