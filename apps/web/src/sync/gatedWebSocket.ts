/**
 * A WebSocket class whose `open`, and every message after it, reach the
 * y-websocket provider only once `gate` has settled. The connection itself
 * opens at once: the TCP and websocket handshakes (two round trips, 0.8 s on
 * 3G) run while the gate's work (fetching a copy of the document) goes on,
 * and the provider's sync step 1, sent on `open`, carries what that work
 * applied.
 *
 * The listeners are added in the constructor, before the provider sets its
 * `onopen` and `onmessage`, so they run first and can hold the events back;
 * once the gate settles the same events are dispatched again. A socket that
 * closes meanwhile closes as usual, and its held `open` is never replayed.
 */
export function gatedWebSocket(gate: Promise<void>): typeof WebSocket {
  return class GatedWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols)
      let passed = false
      const early: MessageEvent[] = []
      this.addEventListener('open', (event) => {
        if (passed) return
        event.stopImmediatePropagation()
        void gate.then(() => {
          if (this.readyState !== WebSocket.OPEN) return
          passed = true
          this.dispatchEvent(new Event('open'))
          for (const message of early.splice(0))
            this.dispatchEvent(new MessageEvent('message', { data: message.data }))
        })
      })
      this.addEventListener('message', (event) => {
        if (passed) return
        event.stopImmediatePropagation()
        early.push(event)
      })
    }
  }
}
