import { defineProject } from 'vitest/config'

// Only the smoke test of `pnpm bench` itself: it runs the built CLI (dist/,
// which `pnpm test` builds first) on a tiny load. The benchmark proper never
// runs in `pnpm test`.
export default defineProject({
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000 },
})
