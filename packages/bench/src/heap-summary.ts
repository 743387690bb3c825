#!/usr/bin/env node
// `node dist/heap-summary.js before.heapsnapshot after.heapsnapshot [rooms]`:
// what grew between two heap snapshots of a server (the many-rooms scenario
// writes them with BENCH_HEAP_SNAPSHOTS=<dir>), by constructor as DevTools'
// summary groups them (self sizes; "(string)", "(array)"... for the rest),
// largest first, per room when `rooms` is given.
import { readFileSync } from 'node:fs'

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
  nodes: number[]
  strings: string[]
}

type Summary = Map<string, { count: number; bytes: number }>

function summarise(path: string): Summary {
  const heap = JSON.parse(readFileSync(path, 'utf8')) as Snapshot
  const fields = heap.snapshot.meta.node_fields
  const types = heap.snapshot.meta.node_types[0]
  const width = fields.length
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f))
  const summary: Summary = new Map()
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[heap.nodes[i + typeAt!]!]!
    const name = heap.strings[heap.nodes[i + nameAt!]!]!
    const key = type === 'object' || type === 'native' ? name : `(${type})`
    const entry = summary.get(key) ?? { count: 0, bytes: 0 }
    entry.count++
    entry.bytes += heap.nodes[i + sizeAt!]!
    summary.set(key, entry)
  }
  return summary
}

const [beforePath, afterPath, roomsArg] = process.argv.slice(2)
if (!beforePath || !afterPath) {
  console.error('usage: heap-summary <before.heapsnapshot> <after.heapsnapshot> [rooms]')
  process.exit(2)
}
const rooms = Number(roomsArg) || 1
const before = summarise(beforePath)
const after = summarise(afterPath)
const grown = [...after]
  .map(([key, { count, bytes }]) => ({
    key,
    count: count - (before.get(key)?.count ?? 0),
    bytes: bytes - (before.get(key)?.bytes ?? 0),
  }))
  .sort((a, b) => b.bytes - a.bytes)
const total = grown.reduce((sum, g) => sum + g.bytes, 0)
console.log(
  `| constructor | objects${rooms > 1 ? ' per room' : ''} | KB${rooms > 1 ? ' per room' : ''} | share |`,
)
console.log('| --- | --- | --- | --- |')
for (const g of grown.slice(0, Number(process.env.TOP ?? 25)))
  console.log(
    `| ${g.key.replaceAll('|', '\\|').slice(0, 60)} | ${(g.count / rooms).toFixed(0)} | ${(g.bytes / rooms / 1024).toFixed(1)} | ${((100 * g.bytes) / total).toFixed(1)}% |`,
  )
console.log(`| total | | ${(total / rooms / 1024).toFixed(1)} | 100% |`)
