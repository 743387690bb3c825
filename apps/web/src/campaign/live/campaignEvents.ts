import { sseParser } from './sseParser'

/** `live`: the stream said `ready`; `connecting`: first try or retrying; `down`: refused or cut, retrying later. */
export type StreamState = 'connecting' | 'live' | 'down'

export interface EventHandlers {
  /** The campaign's synthesis may have changed: ask again. */
  changed(): void
  /** The stream is (again) listening: what changed while it was not is unknown, ask again. */
  ready(): void
  state(state: StreamState): void
}

const FIRST_RETRY_MS = 1000
const LONGEST_RETRY_MS = 30_000
/** Past a heartbeat and this margin without a byte, the stream is taken for dead. */
const SILENCE_MARGIN_MS = 10_000

/**
 * Listens to `GET /api/campaigns/:id/events` with fetch streaming (an
 * EventSource cannot send the bearer header), and reconnects after a cut, a
 * refusal (too many streams, a server restarting) or a silence longer than
 * the server's heartbeat, waiting longer each time up to 30 s. Returns stop.
 */
export function watchCampaignEvents(
  campaignId: string,
  credential: string,
  handlers: EventHandlers,
): () => void {
  let stopped = false
  let abort: AbortController | null = null
  let retry: ReturnType<typeof setTimeout> | null = null
  let delay = FIRST_RETRY_MS
  /** The server refused the credential itself (revoked, expired, wrong): retrying cannot help. */
  let refused = false

  const again = () => {
    if (stopped) return
    if (refused) {
      handlers.state('down')
      return
    }
    handlers.state('down')
    retry = setTimeout(run, delay)
    delay = Math.min(LONGEST_RETRY_MS, delay * 2)
  }

  async function run() {
    if (stopped) return
    const controller = new AbortController()
    abort = controller
    let silence: ReturnType<typeof setTimeout> | null = null
    let heartbeatMs = 25_000
    const watch = () => {
      if (silence) clearTimeout(silence)
      silence = setTimeout(() => controller.abort(), heartbeatMs + SILENCE_MARGIN_MS)
    }
    try {
      const response = await fetch(`/api/campaigns/${encodeURIComponent(campaignId)}/events`, {
        headers: { authorization: `Bearer ${credential}`, accept: 'text/event-stream' },
        cache: 'no-store',
        signal: controller.signal,
      })
      if (!response.ok || !response.body) {
        refused = [401, 403, 404].includes(response.status)
        await response.body?.cancel().catch(() => {})
        return
      }
      watch()
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      const parse = sseParser()
      for (;;) {
        const { done, value } = await reader.read()
        if (done || stopped) return
        watch()
        for (const event of parse(value)) {
          if (event.event === 'ready') {
            heartbeatMs = readHeartbeat(event.data) ?? heartbeatMs
            watch()
            delay = FIRST_RETRY_MS
            handlers.state('live')
            handlers.ready()
          } else if (event.event === 'changed') handlers.changed()
          else if (event.event === 'closed') {
            // The link stopped opening the campaign: one last ask shows why.
            refused = true
            handlers.changed()
            return
          }
        }
      }
    } catch {
      // Cut, aborted by the silence watch, or no network: retried below.
    } finally {
      if (silence) clearTimeout(silence)
      if (abort === controller) abort = null
      again()
    }
  }

  handlers.state('connecting')
  void run()
  return () => {
    stopped = true
    if (retry) clearTimeout(retry)
    abort?.abort()
  }
}

function readHeartbeat(data: string): number | undefined {
  try {
    const value = (JSON.parse(data) as { heartbeatMs?: unknown }).heartbeatMs
    return typeof value === 'number' && value > 0 ? value : undefined
  } catch {
    return undefined
  }
}
