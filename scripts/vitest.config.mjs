import { defineProject } from 'vitest/config'

// The repository's own commands, run as a user runs them. Last (groupOrder 2),
// after the hardening group: `pnpm start` on a fresh checkout builds every
// package and the web app, which would skew the stalls that group measures.
export default defineProject({
  test: {
    name: 'scripts',
    include: ['*.test.mjs'],
    sequence: { groupOrder: 2 },
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
})
