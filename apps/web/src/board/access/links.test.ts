import { describe, expect, it } from 'vitest'
import { boardLink, isInvitation, projectorLink } from './links'

describe('access links', () => {
  it('puts the key in the fragment, never in the path or the query', () => {
    const url = new URL(boardLink('https://atelier.example', 'w42', 'k-Ey_9'))
    expect(url.pathname).toBe('/w/w42')
    expect(url.search).toBe('')
    expect(new URLSearchParams(url.hash.slice(1)).get('key')).toBe('k-Ey_9')
  })

  it('gives the projector its token and the join code', () => {
    const url = new URL(projectorLink('http://localhost:8080', 'w42', 'a.b', 'K7M4QX'))
    expect(url.pathname).toBe('/w/w42/screen')
    const hash = new URLSearchParams(url.hash.slice(1))
    expect([hash.get('token'), hash.get('code')]).toEqual(['a.b', 'K7M4QX'])
    expect(new URL(projectorLink('http://x', 'w', 't', null)).hash).toBe('#token=t')
  })

  it('tells an invitation (signed token) from a facilitator key', () => {
    expect(isInvitation('eyJ2IjoyfQ.c2ln')).toBe(true)
    expect(isInvitation('Zm9vYmFyYmF6cXV4cXV1eHF1dXg')).toBe(false)
  })
})
