import { parentPort } from 'node:worker_threads'
import { changesSince, renderFrozen } from './frozen.js'
import { CachedSynthesisBuilder } from './synthesis-builder.js'
import type { WorkerReply, WorkerRequest } from './worker-protocol.js'

// The worker thread's entry (run from dist: see worker-synthesis.ts). One
// request at a time, in the order they came (the port queues the others);
// the per-campaign caches live here, so a vote's rebuild stays cheap and the
// server's event loop never runs a grouping.

if (!parentPort) throw new Error('synthesis-worker.js runs inside a worker thread')
const port = parentPort
const builder = new CachedSynthesisBuilder()

port.on('message', async (request: WorkerRequest) => {
  let reply: WorkerReply
  try {
    if ('frozen' in request) {
      const { json, format } = request.frozen
      reply = { id: request.id, result: await renderFrozen(json, format) }
    } else if ('versionChanges' in request) {
      const { before, after } = request.versionChanges
      reply = { id: request.id, result: changesSince(before, after) }
    } else reply = { id: request.id, result: await builder.build(request.build, request.purpose) }
  } catch (error) {
    // A bad input fails its own request; the worker and its caches stay.
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
})
