import { defineProject } from 'vitest/config'

// End-to-end tests: a real server in-process serving the built dist, driven by
// a real Chromium. One file at a time: each one launches a browser and a server.
export default defineProject({
  resolve: { conditions: ['@atelier/source'] },
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
