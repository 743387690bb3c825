#!/usr/bin/env node
// `pnpm seed [dataset.json]`: replays a recorded workshop (default: the Lyon
// workshop in packages/fixtures) into a NEW workshop on a running Atelier, as its
// participants would (join by code, write notes through the y-websocket
// protocol), then clusters and votes as the facilitator did. Prints the links.
//
//   PORT          port of the local Atelier to seed, as for `pnpm start` (default 8080)
//   ATELIER_URL   full address of the server to seed instead (default http://127.0.0.1:$PORT)
//   SEED_UNTIL    collect | cluster | vote (default vote: ends in synthesis with results shown)
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildChanged, SERVER_DIRS } from './build-if-changed.mjs'
import { ensureInstalled, root } from './lib.mjs'

ensureInstalled()
buildChanged([...SERVER_DIRS])

const datasetPath = resolve(
  process.argv[2] ?? join(root, 'packages', 'fixtures', 'workshops', 'workshop-lyon.json'),
)
const baseUrl = (process.env.ATELIER_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8080}`).replace(
  /\/$/,
  '',
)
const until = process.env.SEED_UNTIL ?? 'vote'

const server = await import(pathToFileURL(join(root, 'apps/server/dist/index.js')).href)
const WebSocket = createRequire(join(root, 'apps/server/package.json'))('ws')
const dataset = server.DatasetSchema.parse(JSON.parse(readFileSync(datasetPath, 'utf8')))

try {
  await fetch(`${baseUrl}/healthz`)
} catch {
  console.error(
    `No Atelier at ${baseUrl}. Start it with \`pnpm start\`, or set PORT (or ATELIER_URL) to where it runs.`,
  )
  process.exit(1)
}

console.log(
  `Seeding "${dataset.workshop.title}" (${dataset.notes.length} notes, ${dataset.participants.length} people) into ${baseUrl}...`,
)
// Each y-websocket provider in Node adds a process 'exit' listener; one per phone here.
process.setMaxListeners(dataset.participants.length + 10)
const seeded = await server.seedWorkshop(baseUrl, dataset, { WebSocket, until })
// The board and the projector learn the join code from the link's fragment
// (the API has no read of a workshop's code yet).
const withCode = (url) => `${url}${url.includes('#') ? '&' : '#'}code=${seeded.code}`
console.log(`
Join code:        ${seeded.code}
Facilitator link: ${withCode(seeded.facilitatorUrl)}
Projector link:   ${withCode(seeded.screenUrl)}
Phone link:       ${seeded.joinUrl}
`)
process.exit(0)
