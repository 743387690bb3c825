import { sleep } from './stats.js'

/**
 * POSTs JSON to a server under test. `from` stands for the phone's own
 * address (X-Forwarded-For, trusted from loopback only): a congress is many
 * phones, and Atelier's per-address join limits must see many. A 429 is
 * waited out (its Retry-After) and tried again: setting up a thousand phones
 * is not what is measured.
 */
export async function postJson<T>(
  base: string,
  path: string,
  body: unknown,
  options: { bearer?: string; from?: string } = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}),
        ...(options.from ? { 'x-forwarded-for': options.from } : {}),
      },
      body: JSON.stringify(body),
    })
    if (response.status === 429 && attempt < 120) {
      await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000)
      continue
    }
    const text = await response.text()
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`)
    return JSON.parse(text) as T
  }
}

/** A distinct private address per phone index (10.x.y.z). */
export const phoneAddress = (index: number) =>
  `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`
