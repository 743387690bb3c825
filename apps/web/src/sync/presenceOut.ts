import { Awareness } from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

// What presence a page sends. The stock provider sends `{}` on every room as
// it connects and again every 15 s, and sends back every state it receives:
// from a thousand phones, 67 frames a second nobody reads, a presence held
// for each phone's own room on the server, and a thousand echoes each time
// the people count changes. A room here announces nothing until a page asks
// (`useAnnounce`: the facilitator and the projector, on the board), and then
// sends only its own state.

/** An awareness with no state of its own, for a provider to send nothing on connecting. */
export function silentAwareness(doc: Y.Doc): Awareness {
  const awareness = new Awareness(doc)
  awareness.setLocalState(null)
  return awareness
}

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/** Makes `provider` send the changes of this tab's own state only, never an echo of the others'. */
export function sendOwnPresenceOnly(provider: WebsocketProvider): void {
  const { awareness } = provider
  const sendChanges = provider._awarenessUpdateHandler
  const own = provider.doc.clientID
  awareness.off('update', sendChanges)
  awareness.on('update', ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    if (added.includes(own) || updated.includes(own) || removed.includes(own))
      sendChanges({ added: [], updated: [own], removed: [] }, origin)
  })
}
