// Hocuspocus (@hocuspocus/server) with no extension: documents in memory,
// no authentication hook. Prints "listening <port>".
import { Server } from '@hocuspocus/server'

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true })
await server.listen()
const address = server.httpServer.address()
console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`)
