import { afterEach, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../test-support/harness.js'

// Issue 9: ATELIER_ADMIN_KEY guards workshop creation; creations are rate-limited per address.

type ErrorBody = { error: { code: string } }
let server: TestServer | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

const create = (base: string, headers: Record<string, string> = {}, path = '/api/workshops') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ title: 'Atelier' }),
  })
const codeOf = async (response: Response) => ((await response.json()) as ErrorBody).error.code

describe('ATELIER_ADMIN_KEY', () => {
  it('when set, creating a workshop or importing one needs it as a bearer', async () => {
    server = await startTestServer(undefined, { adminKey: 'the-admin-key-123' })
    const missing = await create(server.url)
    expect(missing.status).toBe(401)
    expect(await codeOf(missing)).toBe('admin-key-required')
    const wrong = await create(server.url, { authorization: 'Bearer the-admin-key-124' })
    expect(wrong.status).toBe(403)
    expect(await codeOf(wrong)).toBe('bad-admin-key')
    const right = await create(server.url, { authorization: 'Bearer the-admin-key-123' })
    expect(right.status).toBe(201)
    const importing = await create(server.url, {}, '/api/workshops/import')
    expect(importing.status).toBe(401)
    const info = (await (await fetch(`${server.url}/api/info`)).json()) as {
      adminKeyRequired: boolean
    }
    expect(info.adminKeyRequired).toBe(true)
  })

  it('when unset, anyone creates as before', async () => {
    server = await startTestServer()
    expect((await create(server.url)).status).toBe(201)
  })
})

describe('creation rate limit', () => {
  it('refuses the creation past the burst with 429 and Retry-After; this computer is not counted', async () => {
    server = await startTestServer(undefined, {
      httpLimits: { workshopCreation: { burst: 2, perMinute: 1 } },
    })
    // A proxied request counts as remote (see local-request.ts).
    const remote = { 'x-forwarded-for': '203.0.113.9' }
    expect((await create(server.url, remote)).status).toBe(201)
    expect((await create(server.url, remote)).status).toBe(201)
    const refused = await create(server.url, remote)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('60')
    expect(await codeOf(refused)).toBe('rate-limited')
    // The import creates workshops too: same bucket.
    expect((await create(server.url, remote, '/api/workshops/import')).status).toBe(429)
    // The facilitator's laptop itself still creates.
    expect((await create(server.url)).status).toBe(201)
  })
})
