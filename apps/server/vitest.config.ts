import { defineProject } from 'vitest/config'

// '@atelier/source' resolves workspace packages to their TypeScript sources.
const conditions = ['@atelier/source', 'import', 'module', 'node', 'default']

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
