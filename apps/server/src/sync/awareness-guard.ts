import * as decoding from 'lib0/decoding'
import type { SyncLimits } from './limits.js'

/** One entry of a y-protocols awareness update. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The state as JSON text; `null` removes the client id. */
  json: string
}

/** Decodes an awareness update without applying it; throws on malformed bytes. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    entries.push({ clientId, clock, json })
  }
  return entries
}

/** What the guard needs to know of the room. */
export interface AwarenessOwnership<P> {
  /** The connection that announced this client id first, if it is still announced. */
  ownerOf(clientId: number): P | undefined
  /** How many client ids this connection announced. */
  countOf(peer: P): number
  /** How many client ids the room holds. */
  total: number
  /** True when `peer` may take over an id `owner` announced (the same person reconnecting). */
  sameHolder(peer: P, owner: P): boolean
}

/**
 * Why this awareness update of `peer` is refused, or null when it may be
 * applied. Invariant kept: a client id is set, renewed and removed only by
 * the connection that announced it (or the same person's new connection);
 * a connection holds at most `maxAwarenessStatesPerConnection` ids, a room
 * `maxAwarenessStatesPerRoom`; no clock passes `maxAwarenessClock`.
 */
export function refuseAwareness<P>(
  peer: P,
  entries: AwarenessEntry[],
  room: AwarenessOwnership<P>,
  limits: SyncLimits,
): string | null {
  if (entries.length > limits.maxAwarenessStatesPerConnection) {
    return `awareness-too-many: at most ${limits.maxAwarenessStatesPerConnection} client ids per connection`
  }
  let added = 0
  for (const entry of entries) {
    if (entry.clock > limits.maxAwarenessClock) {
      return `awareness-clock: clocks above ${limits.maxAwarenessClock} are refused`
    }
    if (entry.json.length > limits.maxAwarenessStateBytes) {
      return `awareness-too-large: a state holds at most ${limits.maxAwarenessStateBytes} bytes`
    }
    const owner = room.ownerOf(entry.clientId)
    if (owner === peer) continue
    if (owner !== undefined && !room.sameHolder(peer, owner)) {
      return `awareness-not-yours: client id ${entry.clientId} belongs to another connection`
    }
    if (owner === undefined && entry.json !== 'null') added++
  }
  if (added > 0 && room.countOf(peer) + added > limits.maxAwarenessStatesPerConnection) {
    return `awareness-too-many: at most ${limits.maxAwarenessStatesPerConnection} client ids per connection`
  }
  if (added > 0 && room.total + added > limits.maxAwarenessStatesPerRoom) {
    return `awareness-room-full: at most ${limits.maxAwarenessStatesPerRoom} client ids per room`
  }
  return null
}
