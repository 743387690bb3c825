/** One Server-Sent Event: its name (`message` when unnamed) and its data lines joined. */
export interface SseEvent {
  event: string
  data: string
}

/**
 * An incremental parser of the `text/event-stream` format (the subset the
 * server sends: `event:`, `data:`, comments): feed it decoded text as it
 * arrives, in chunks cut anywhere; it returns the events each chunk completed.
 * Comment-only blocks (heartbeats) produce no event.
 *
 * @example
 * const parse = sseParser()
 * parse('event: chan') // []
 * parse('ged\ndata: {}\n\n') // [{ event: 'changed', data: '{}' }]
 */
export function sseParser(): (chunk: string) => SseEvent[] {
  let buffer = ''
  return (chunk) => {
    buffer += chunk.replace(/\r\n?/g, '\n')
    const out: SseEvent[] = []
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      end = buffer.indexOf('\n\n')
      let event = 'message'
      const data: string[] = []
      let fields = 0
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue
        const colon = line.indexOf(':')
        const name = colon < 0 ? line : line.slice(0, colon)
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
        if (name === 'event') event = value
        else if (name === 'data') data.push(value)
        else continue
        fields++
      }
      if (fields > 0) out.push({ event, data: data.join('\n') })
    }
    return out
  }
}
