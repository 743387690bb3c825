import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  awarenessMessage,
  countRefusal,
  refusalReason,
  syncStep2,
  syncUpdate,
  type Wire,
} from './wire.js'

/** A full Yjs client of one room: a document kept in sync, and its presence. */
export interface DocClient {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  /** Resolves once the server's copy of the document has been received. */
  readonly synced: Promise<void>
  /** Frames the server refused (permission denied), by reason: printed, never hidden. */
  readonly refusals: Map<string, number>
  close(): void
}

/**
 * The stock y-websocket provider in Node, as a third-party client would use
 * it; with `announces: false`, with no presence of its own from the start,
 * as Atelier's phone opens its rooms (its provider then sends no `{}` on
 * connecting, nor every 15 s after).
 */
export function providerClient(
  serverUrl: string,
  room: string,
  params: Record<string, string> = {},
  { announces = true }: { announces?: boolean } = {},
): DocClient {
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  if (!announces) awareness.setLocalState(null)
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    awareness,
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const refusals = new Map<string, number>()
  // The stock handler only logs a refusal; this one counts it (same decoding).
  const messageAuth = 2
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    const permissionDenied = decoding.readVarUint(decoder)
    const reason = decoding.readVarString(decoder)
    if (permissionDenied === 0) countRefusal(refusals, reason)
  }
  return {
    doc,
    awareness: provider.awareness,
    refusals,
    synced: new Promise((resolve) => {
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return
        provider.off('sync', onSync)
        resolve()
      }
      provider.on('sync', onSync)
    }),
    close() {
      provider.destroy()
      doc.destroy()
    },
  }
}

const REMOTE = Symbol('remote')

/**
 * A minimal Yjs client over any `Wire`: for servers whose own client library
 * the benchmark does not use (Hocuspocus' protocol, the raw forwarder). It
 * answers the server's step 1, applies what it is sent, sends every local
 * change as one update and its presence as y-protocols' Awareness does
 * (renewed every 15 s). A writer that does not `applyIncoming` only
 * writes: a hundred writers each applying every note of the room would make
 * the load generator, not the server, the bottleneck.
 */
export function wireClient(
  url: string,
  room: string,
  wire: Wire,
  options: { token?: string; applyIncoming?: boolean } = {},
): DocClient {
  const { token = '', applyIncoming = true } = options
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 })
  const send = (message: Uint8Array) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(wire.frame(room, message))
  }
  const refusals = new Map<string, number>()
  let markSynced: () => void = () => {}
  const synced = new Promise<void>((resolve) => {
    markSynced = resolve
  })
  socket.on('open', () => {
    for (const frame of wire.hello(room, token)) socket.send(frame)
    // The raw forwarder answers nothing when it holds nothing yet.
    setTimeout(markSynced, 500)
  })
  socket.on('error', () => {})
  socket.on('message', (data: Buffer) => {
    const message = wire.unframe(data)
    if (!message) return
    const reason = refusalReason(message)
    if (reason !== null) {
      countRefusal(refusals, reason)
      return
    }
    if (!applyIncoming) return
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    if (type === 1) {
      applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), REMOTE)
      return
    }
    if (type !== 0) return
    const syncType = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (syncType === 0) send(syncStep2(Y.encodeStateAsUpdate(doc, payload)))
    else {
      Y.applyUpdate(doc, payload, REMOTE)
      if (syncType === 1) markSynced()
    }
  })
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) send(syncUpdate(update))
  })
  awareness.on(
    'update',
    ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === REMOTE) return
      const changed = [...added!, ...updated!, ...removed!]
      send(awarenessMessage(encodeAwarenessUpdate(awareness, changed)))
    },
  )
  return {
    doc,
    awareness,
    synced,
    refusals,
    close() {
      awareness.destroy()
      socket.terminate()
      doc.destroy()
    },
  }
}
