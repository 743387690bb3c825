import { fileURLToPath } from 'node:url'
import { spawnServer } from '../harness/child.js'
import { providerClient, wireClient } from '../harness/doc-client.js'
import { hocuspocusWire, yWebsocketWire } from '../harness/wire.js'
import { sharedDocRoom } from './shared-doc-room.js'
import type { Target } from './target.js'

const script = (name: string) => fileURLToPath(new URL(`../servers/${name}.js`, import.meta.url))
const READY = /listening (\d+)/

/** The stock y-websocket server; its clients are the stock provider. */
export async function startStock(core: number): Promise<Target> {
  const server = await spawnServer({ name: 'stock', script: script('stock'), core, ready: READY })
  const base = `ws://127.0.0.1:${server.port}`
  return {
    name: 'stock',
    server,
    wire: yWebsocketWire,
    room: async () =>
      sharedDocRoom(
        (room) => providerClient(base, room),
        (room) => ({ url: `${base}/${room}`, hello: yWebsocketWire.hello(room) }),
        (room) => wireClient(`${base}/${room}`, room, yWebsocketWire, { applyIncoming: false }),
      ),
    stop: () => server.stop(),
  }
}

/** Hocuspocus, in memory; its clients speak its protocol (the document's name in every frame). */
export async function startHocuspocus(core: number): Promise<Target> {
  const server = await spawnServer({
    name: 'hocuspocus',
    script: script('hocuspocus'),
    core,
    ready: READY,
  })
  const url = `ws://127.0.0.1:${server.port}`
  return {
    name: 'hocuspocus',
    server,
    wire: hocuspocusWire,
    room: async () =>
      sharedDocRoom(
        (room) => wireClient(url, room, hocuspocusWire),
        (room) => ({ url, hello: hocuspocusWire.hello(room) }),
        (room) => wireClient(url, room, hocuspocusWire, { applyIncoming: false }),
      ),
    stop: () => server.stop(),
  }
}

/** The raw forwarder: the floor. */
export async function startRaw(core: number): Promise<Target> {
  const server = await spawnServer({
    name: 'raw',
    script: script('raw-forwarder'),
    core,
    ready: READY,
  })
  const base = `ws://127.0.0.1:${server.port}`
  return {
    name: 'raw',
    server,
    wire: yWebsocketWire,
    room: async () =>
      sharedDocRoom(
        (room) => wireClient(`${base}/${room}`, room, yWebsocketWire),
        (room) => ({ url: `${base}/${room}`, hello: yWebsocketWire.hello(room) }),
        (room) => wireClient(`${base}/${room}`, room, yWebsocketWire, { applyIncoming: false }),
      ),
    stop: () => server.stop(),
  }
}
