import { defineProject } from 'vitest/config'

// '@atelier/source' resolves workspace packages to their TypeScript sources.
// No 'import': vitest hands these to Node as --conditions, and Node's require()
// would then load a package's ESM build (pg's require('pg-pool') got a module
// namespace, not its class). Vite adds 'import' for ESM imports by itself.
const conditions = ['@atelier/source', 'module', 'node', 'default']

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['src/**/*.test.ts'],
    // The hardening group is its own project (vitest.hardening.config.ts).
    exclude: ['src/hardening/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
