import { defineProject } from 'vitest/config'

// Tests run in Vite's SSR environment, which takes its own resolve
// conditions: without them, workspace packages would resolve to dist/ (built
// or not, possibly stale) instead of their sources.
export default defineProject({
  resolve: { conditions: ['@atelier/source'] },
  ssr: { resolve: { conditions: ['@atelier/source'], externalConditions: ['@atelier/source'] } },
  test: { include: ['src/**/*.test.ts'] },
})
