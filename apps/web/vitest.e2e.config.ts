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
    // expect.poll gives up after 1 s by default: a page that seeds and syncs
    // a workshop on a loaded 2-core CI machine can take longer to show it.
    expect: { poll: { timeout: 15_000 } },
  },
})
