import { defineConfig } from 'vitest/config'

// One run over every package and app, so `pnpm test` ends on one summary.
// Each project keeps its own vitest.config.ts beside its code.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'apps/*/vitest.*.config.ts',
    ],
  },
})
