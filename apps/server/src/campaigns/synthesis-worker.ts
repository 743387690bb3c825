import { parentPort } from 'node:worker_threads'
import { CachedSynthesisBuilder } from './synthesis-builder.js'
import type { BuildReply, BuildRequest } from './worker-protocol.js'

// The worker thread's entry (run from dist: see worker-synthesis.ts). One
// request at a time, in the order they came (the port queues the others);
// the per-campaign caches live here, so a vote's rebuild stays cheap and the
// server's event loop never runs a grouping.

if (!parentPort) throw new Error('synthesis-worker.js runs inside a worker thread')
const port = parentPort
const builder = new CachedSynthesisBuilder()

port.on('message', async (request: BuildRequest) => {
  let reply: BuildReply
  try {
    const { id, campaignId, campaign, sources, format } = request
    if (format)
      reply = { id, rendered: await builder.render(campaignId, campaign, sources, format) }
    else if (request.territory !== undefined)
      reply = {
        id,
        territory: builder.territory(campaignId, campaign, sources, request.territory),
      }
    else if (request.overview)
      reply = { id, overview: builder.overview(campaignId, campaign, sources) }
    else reply = { id, synthesis: builder.build(campaignId, campaign, sources) }
  } catch (error) {
    // A bad input fails its own request; the worker and its caches stay.
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
})
