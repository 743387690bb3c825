import { defineConfig } from 'vitest/config'

// Not a test suite: writes the campaign editing screenshots (campaign-edit.shots.run.ts).
export default defineConfig({
  resolve: { conditions: ['@atelier/source'] },
  test: { include: ['e2e/campaign-edit.shots.run.ts'], testTimeout: 300_000 },
})
