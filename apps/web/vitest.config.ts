import { defineProject } from 'vitest/config'

// Unit tests: pure kernels (layout, hit-testing, routing, i18n keys) run in
// node, without a DOM, so they stay fast and cannot depend on rendering.
export default defineProject({
  resolve: { conditions: ['@atelier/source'] },
  test: {
    name: 'web',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
})
