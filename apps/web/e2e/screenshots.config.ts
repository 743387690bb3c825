import { defineConfig } from 'vitest/config'

// Not a test suite: `pnpm --filter @atelier/web screenshots` regenerates
// docs/screenshots from the Lyon dataset. Kept out of the root test run
// (its name does not match apps/*/vitest.*.config.ts).
export default defineConfig({
  resolve: { conditions: ['@atelier/source'] },
  test: {
    include: ['e2e/screenshots.run.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
})
