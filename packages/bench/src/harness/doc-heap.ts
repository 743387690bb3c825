import { fork } from 'node:child_process'

const CHILD = new URL('./doc-heap-child.js', import.meta.url)

/**
 * The heap `states` take as Y.Docs (each one a document's encoded state),
 * measured in a fresh Node process after a full GC: what a server that
 * holds these documents pays for them alone, so that a server's heap per
 * room can be told apart from its documents'.
 */
export function documentHeap(states: Uint8Array[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      execArgv: ['--expose-gc'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.once('message', (reply: { bytes: number }) => resolve(reply.bytes))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`document heap child exited ${code}`))
    })
    child.send(states)
  })
}
