// A Server-Sent Events reader over fetch, as the web app reads
// `GET /api/campaigns/:id/events` (a bearer header, which EventSource cannot send).

export interface SseEvent {
  event: string
  data: string
  /** When it arrived (Date.now()). */
  at: number
}

export interface SseReader {
  status: number
  events: SseEvent[]
  /** Bytes received, heartbeats included. */
  chunks: number
  /** Resolves when the server ended the stream. */
  ended: Promise<void>
  /** Resolves with the `count`-th event named `name` (counting from the start). */
  next(name: string, count?: number, timeoutMs?: number): Promise<SseEvent>
  close(): void
}

export async function openEvents(url: string, bearer?: string): Promise<SseReader> {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    signal: abort.signal,
  })
  const events: SseEvent[] = []
  const waiters = new Set<() => void>()
  const reader: SseReader = {
    status: response.status,
    events,
    chunks: 0,
    ended: Promise.resolve(),
    next(name, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.filter((e) => e.event === name)[count - 1]
          if (!found) return
          waiters.delete(check)
          clearTimeout(timer)
          resolve(found)
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no ${count}× "${name}" event within ${timeoutMs} ms`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    close: () => abort.abort(),
  }
  if (!response.ok || !response.body) {
    await response.text().catch(() => {})
    return reader
  }
  const body = response.body.getReader()
  reader.ended = (async () => {
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for (;;) {
        const { done, value } = await body.read()
        if (done) return
        reader.chunks++
        buffer += decoder.decode(value, { stream: true })
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          end = buffer.indexOf('\n\n')
          const lines = block.split('\n').filter((l) => !l.startsWith(':'))
          if (lines.length === 0) continue
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message'
          const data = lines
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n')
          events.push({ event, data, at: Date.now() })
          for (const waiter of [...waiters]) waiter()
        }
      }
    } catch {
      // Aborted by close().
    }
  })()
  return reader
}
