// Preloaded into a server under test (`node --expose-gc --import heap-probe.mjs ...`,
// started with an IPC channel by join-presence.profile.mjs): on "heap" it
// collects garbage and answers with the heap in use and the bytes of its ArrayBuffers, so the benchmark reads
// what the server keeps, not what it has not collected yet.
process.on('message', (message) => {
  if (message !== 'heap') return
  globalThis.gc?.()
  globalThis.gc?.()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  // Buffers (a frame kept for later, a socket's) live outside the V8 heap: counted apart.
  process.send?.({ heapUsed, arrayBuffers })
})
