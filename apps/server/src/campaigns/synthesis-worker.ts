import { parentPort } from 'node:worker_threads'
import { changesSince, renderFrozen } from './frozen.js'
import { CachedSynthesisBuilder } from './synthesis-builder.js'
import type { BuildReply, BuildRequest, FrozenRequest } from './worker-protocol.js'

// The worker thread's entry (run from dist: see worker-synthesis.ts). One
// request at a time, in the order they came (the port queues the others);
// the per-campaign caches live here, so a vote's rebuild stays cheap and the
// server's event loop never runs a grouping.

if (!parentPort) throw new Error('synthesis-worker.js runs inside a worker thread')
const port = parentPort
const builder = new CachedSynthesisBuilder()

port.on('message', async (request: BuildRequest | FrozenRequest) => {
  let reply: BuildReply
  try {
    if ('frozen' in request) {
      const { json, format } = request.frozen
      reply = { id: request.id, rendered: await renderFrozen(json, format) }
    } else if ('versionChanges' in request) {
      const { before, after } = request.versionChanges
      reply = { id: request.id, changes: changesSince(before, after) }
    } else reply = await build(request)
  } catch (error) {
    // A bad input fails its own request; the worker and its caches stay.
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
})

/** A request over the campaign's inputs as they are now. */
async function build(request: BuildRequest): Promise<BuildReply> {
  const { id, campaignId, campaign, sources, format, state } = request
  if (request.publish)
    return { id, published: builder.publish(campaignId, campaign, sources, request.publish, state) }
  if (request.changesSince) {
    const since = request.changesSince.json
    return { id, draft: builder.draftChanges(campaignId, campaign, sources, since, state) }
  }
  if (format)
    return { id, rendered: await builder.render(campaignId, campaign, sources, format, state) }
  if (request.territory !== undefined) {
    const workshopId = request.territory
    return { id, territory: builder.territory(campaignId, campaign, sources, workshopId, state) }
  }
  if (request.screen) return { id, screen: builder.screen(campaignId, campaign, sources, state) }
  if (request.overview)
    return { id, overview: builder.overview(campaignId, campaign, sources, state) }
  return { id, synthesis: builder.build(campaignId, campaign, sources, state) }
}
