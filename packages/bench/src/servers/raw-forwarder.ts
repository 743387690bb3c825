// The floor: a websocket forwarder with no Yjs. Every sync-update or
// awareness frame a client sends is written to every other socket of its
// room, as is; a sync step 1 (a client that joins) is answered with the
// update frames the room received so far, one write each. What it costs is
// what one socket write per delivery costs on this machine.
// Prints "listening <port>".
import http from 'node:http'
import { type WebSocket, WebSocketServer } from 'ws'

interface Room {
  sockets: Set<WebSocket>
  history: Buffer[]
}

const rooms = new Map<string, Room>()
const server = http.createServer((_request, response) => response.end('ok'))
const sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false })

sockets.on('connection', (socket: WebSocket, path: string) => {
  const room = rooms.get(path) ?? { sockets: new Set(), history: [] }
  rooms.set(path, room)
  room.sockets.add(socket)
  socket.on('message', (frame: Buffer) => {
    const [type, syncType] = frame
    if (type === 0 && syncType === 0) {
      for (const update of room.history) socket.send(update)
      return
    }
    const isUpdate = type === 0 && syncType === 2
    if (!isUpdate && type !== 1) return
    if (isUpdate) room.history.push(frame)
    for (const other of room.sockets) if (other !== socket) other.send(frame)
  })
  socket.on('close', () => {
    room.sockets.delete(socket)
    if (room.sockets.size === 0) rooms.delete(path)
  })
})
server.on('upgrade', (request, socket, head) => {
  const path = (request.url ?? '/').split('?')[0]!
  sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, path))
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`)
})
