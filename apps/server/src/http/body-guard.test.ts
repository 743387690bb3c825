import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { api, createWorkshop, serverForEachTest } from '../test-support/harness.js'

// Issue 9: every API body is capped and is JSON. A real server on port 0.

const harness = serverForEachTest()
const MB = 1024 * 1024

/**
 * POSTs up to `total` bytes of JSON-looking filler in 64 KB chunks, stopping
 * as soon as the server answers; resolves with the answer and the bytes sent.
 */
function sendHuge(
  url: string,
  total: number,
  chunked: boolean,
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(total) }),
      },
    })
    req.on('response', (res) => {
      answered = true
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (part) => {
        body += part
      })
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, sent })
        req.destroy()
      })
    })
    // The server may close the socket after answering; what counts is the answer.
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (!answered) req.end()
    }
    pump()
  })
}

describe('body size limit', () => {
  it('answers a declared 64 MB body with 413 body-too-large before the body is sent', async () => {
    const started = performance.now()
    const result = await sendHuge(`${harness.server.url}/api/join`, 64 * MB, false)
    const ms = Math.round(performance.now() - started)
    console.log(`64 MB declared: 413 after ${result.sent} bytes sent, ${ms} ms`)
    expect(result.status).toBe(413)
    expect(JSON.parse(result.body).error.code).toBe('body-too-large')
    // Answered on the headers: far less than the 64 MB was pushed (socket buffers only).
    expect(result.sent).toBeLessThan(8 * MB)
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('cuts off a chunked body (no Content-Length) once it passes 1 MiB', async () => {
    const heapBefore = process.memoryUsage().heapUsed
    const result = await sendHuge(`${harness.server.url}/api/workshops`, 64 * MB, true)
    expect(result.status).toBe(413)
    expect(JSON.parse(result.body).error.code).toBe('body-too-large')
    expect(result.sent).toBeLessThan(8 * MB)
    // The server (same process) did not hold the 64 MB.
    const grown = process.memoryUsage().heapUsed - heapBefore
    console.log(
      `64 MB chunked: 413 after ${result.sent} bytes sent, heap +${Math.round(grown / MB)} MB`,
    )
    expect(grown).toBeLessThan(32 * MB)
  })

  it('still accepts an ordinary body', async () => {
    const workshop = await createWorkshop(harness.server)
    expect(workshop.code).toEqual(expect.any(String))
  })
})

describe('JSON only', () => {
  it('refuses a cross-site text/plain join with 415 and creates no participant', async () => {
    const workshop = await createWorkshop(harness.server)
    const response = await fetch(`${harness.server.url}/api/join`, {
      method: 'POST',
      // What a form-less cross-site fetch may send without a CORS preflight.
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ code: workshop.code, name: 'Intrus' }),
    })
    expect(response.status).toBe(415)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('unsupported-media-type')
    expect(body.error.message).toMatch(/application\/json/)
    const summary = await api<{ workshop: { participantCount: number } }>(
      harness.server,
      `/api/workshops/${workshop.id}/summary.json`,
      { bearer: workshop.facilitatorKey },
    )
    expect(summary.status).toBe(200)
    expect(summary.body.workshop.participantCount).toBe(0)
  })

  it('refuses a form post and a body without a type; accepts JSON with a charset', async () => {
    const url = `${harness.server.url}/api/workshops`
    const form = await fetch(url, { method: 'POST', body: new URLSearchParams({ title: 'x' }) })
    expect(form.status).toBe(415)
    const untyped = await fetch(url, {
      method: 'POST',
      body: new Blob(['{"title":"x"}']),
    })
    expect(untyped.status).toBe(415)
    const json = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ title: 'Atelier' }),
    })
    expect(json.status).toBe(201)
  })

  it('still lets bodiless writes through (key rotation takes no body)', async () => {
    const workshop = await createWorkshop(harness.server)
    const rotated = await api(
      harness.server,
      `/api/workshops/${workshop.id}/facilitator-key/rotate`,
      { method: 'POST', bearer: workshop.facilitatorKey },
    )
    expect(rotated.status).toBe(200)
  })
})
