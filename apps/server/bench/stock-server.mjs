// The reference: the stock y-websocket server (@y/websocket-server, the
// server y-websocket 3 points to), in-memory, no auth, no storage. Prints
// "listening <port>" once ready. Used only by relay.bench.mjs.
import http from 'node:http'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const server = http.createServer((_request, response) => response.end('ok'))
const wss = new WebSocketServer({ noServer: true })
wss.on('connection', setupWSConnection)
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`))
