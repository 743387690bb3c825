import { defineConfig } from 'vitest/config'

// One run over every package and app, so `pnpm test` ends on one summary.
// Each project keeps its own vitest.config.ts beside its code.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      // Named groups; a `vitest.bench.config.ts` is a benchmark, run by its own script.
      'apps/*/vitest.e2e.config.ts',
      'apps/*/vitest.hardening.config.ts',
      // The repository's own commands (`pnpm start` on a fresh checkout), last.
      'scripts/vitest.config.mjs',
    ],
  },
})
