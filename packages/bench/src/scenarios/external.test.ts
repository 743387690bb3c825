import { expect, test } from 'vitest'
import { markdownIn } from './external.js'

test('keeps only the markdown a benchmark marked, without what its runner printed around it', () => {
  const printed = [
    ' RUN  v4.1.12 /work/apps/server',
    'stdout | src/bench/behind-nginx.run.ts > scenario 9',
    '<!-- bench:markdown -->',
    '| | two | one |',
    '| --- | --- | --- |',
    '<!-- /bench:markdown -->',
    ' ✓ src/bench/behind-nginx.run.ts (1 test) 91945ms',
  ].join('\n')
  expect(markdownIn(printed)).toBe('| | two | one |\n| --- | --- | --- |')
})

test('finds no markdown in output that marks none (it goes in a code block then)', () => {
  expect(markdownIn('frame p95 12 ms\n<!-- bench:markdown -->, never closed')).toBeUndefined()
})
