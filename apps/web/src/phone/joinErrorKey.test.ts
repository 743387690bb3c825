import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { joinErrorKey } from './joinErrorKey'

describe('the message a phone shows when joining fails', () => {
  it('says why the server refused', () => {
    expect(joinErrorKey(new ApiError(404, 'workshop-closed', ''))).toBe('join.closed')
    expect(joinErrorKey(new ApiError(409, 'workshop-full', ''))).toBe('join.full')
    expect(joinErrorKey(new ApiError(404, 'unknown-code', ''))).toBe('join.unknownCode')
    expect(joinErrorKey(new ApiError(500, 'internal', ''))).toBe('join.failed')
  })

  it('blames the network when there was no answer', () => {
    expect(joinErrorKey(new ApiError(0, 'network', 'Failed to fetch'))).toBe('join.network')
    expect(joinErrorKey(new TypeError('Failed to fetch'))).toBe('join.network')
  })
})
