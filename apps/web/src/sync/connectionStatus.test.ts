import { describe, expect, it } from 'vitest'
import { connectionStatus } from './connectionStatus'

const up = { wsconnected: true, synced: true, shouldConnect: true }
const connecting = { wsconnected: false, synced: false, shouldConnect: true, everConnected: true }
const firstConnect = { ...connecting, everConnected: false }
const refused = { wsconnected: false, synced: false, shouldConnect: false }

describe('connectionStatus', () => {
  it('is connected only when every room synced', () => {
    expect(connectionStatus([up, up], true)).toBe('connected')
    expect(connectionStatus([up, connecting], true)).toBe('reconnecting')
  })

  it('says loading, not reconnecting, while an open room still receives its document', () => {
    expect(connectionStatus([up, { ...up, synced: false }], true)).toBe('loading')
    expect(connectionStatus([{ ...up, synced: false }, connecting], true)).toBe('reconnecting')
  })

  it('says loading while a room fetches its copy, its socket held until the copy lands', () => {
    expect(connectionStatus([up, { ...connecting, prefetching: true }], true)).toBe('loading')
    expect(connectionStatus([connecting, { ...connecting, prefetching: true }], true)).toBe(
      'reconnecting',
    )
  })

  it('says connecting, not reconnecting, while a room opens for the first time', () => {
    expect(connectionStatus([up, firstConnect], true)).toBe('connecting')
    expect(connectionStatus([firstConnect, firstConnect], true)).toBe('connecting')
    // One room lost once: that is a reconnection, whatever the other does.
    expect(connectionStatus([firstConnect, connecting], true)).toBe('reconnecting')
  })

  it('says offline when the device does, whatever the sockets think', () => {
    expect(connectionStatus([up], false)).toBe('offline')
  })

  it('reports a room the server closed for good', () => {
    expect(connectionStatus([up, refused], true)).toBe('refused')
  })
})
