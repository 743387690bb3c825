import { describe, expect, it } from 'vitest'
import { parseRoute, readHashParams } from './route'

describe('parseRoute', () => {
  it('maps each face', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' })
    expect(parseRoute('/j/ab12cd')).toEqual({ name: 'join', code: 'AB12CD' })
    expect(parseRoute('/j/AB12CD/')).toEqual({ name: 'join', code: 'AB12CD' })
    expect(parseRoute('/w/w_123')).toEqual({ name: 'board', workshopId: 'w_123' })
    expect(parseRoute('/w/w_123/screen')).toEqual({ name: 'screen', workshopId: 'w_123' })
    expect(parseRoute('/r/w_123')).toEqual({ name: 'results', workshopId: 'w_123' })
    expect(parseRoute('/c/q8c4x2m9rtha')).toEqual({ name: 'campaign', campaignId: 'q8c4x2m9rtha' })
    expect(parseRoute('/c/q8c4x2m9rtha/screen')).toEqual({
      name: 'campaignScreen',
      campaignId: 'q8c4x2m9rtha',
    })
    expect(parseRoute('/c/q8c4x2m9rtha/extra')).toEqual({ name: 'notFound' })
    expect(parseRoute('/c/q8c4x2m9rtha/t')).toEqual({
      name: 'territory',
      campaignId: 'q8c4x2m9rtha',
    })
    expect(parseRoute('/c/q8c4x2m9rtha/t/x')).toEqual({ name: 'notFound' })
  })

  it('refuses anything else', () => {
    expect(parseRoute('/w')).toEqual({ name: 'notFound' })
    expect(parseRoute('/w/a/b')).toEqual({ name: 'notFound' })
    expect(parseRoute('/j/a%20b')).toEqual({ name: 'notFound' })
    expect(parseRoute('/x/y')).toEqual({ name: 'notFound' })
    expect(parseRoute('/r/a/b')).toEqual({ name: 'notFound' })
  })
})

describe('readHashParams', () => {
  it('reads the fragment with or without #', () => {
    expect(readHashParams('#key=abc').get('key')).toBe('abc')
    expect(readHashParams('token=t&x=1').get('token')).toBe('t')
  })
})
