import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
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
  /** The participant `peer` is connected as, if it is a phone. */
  participantOf(peer: P): string | undefined
  /** True when applying the entry would change the room's awareness (y-protocols' own rule). */
  changes(entry: AwarenessEntry): boolean
}

/**
 * A state's `user` field (`{ role: 'participant', id }`) says who a client
 * is. Only a participant's own connection may claim to be that participant.
 * (The screens' people count no longer reads it: the server publishes its
 * own count from its sockets, sync/presence.ts.)
 */
function claimsAnotherParticipant(json: string, participantId: string | undefined): boolean {
  let state: unknown
  try {
    state = JSON.parse(json)
  } catch {
    return true
  }
  if (typeof state !== 'object' || state === null) return false
  const user = (state as { user?: unknown }).user
  if (typeof user !== 'object' || user === null) return false
  const { role, id } = user as { role?: unknown; id?: unknown }
  return role === 'participant' && id !== participantId
}

/**
 * The entries of an awareness update of `peer` that may be applied, and the
 * reason the first refused one was refused (null when none was).
 *
 * Entries that change nothing are dropped silently: the stock provider echoes
 * every presence it receives back to the server, with the same clock.
 * Invariant kept: a client id is set, renewed and removed only by the
 * connection that announced it (or the same person's new connection); a
 * connection holds at most `maxAwarenessStatesPerConnection` ids, a room
 * `maxAwarenessStatesPerRoom`; no clock passes `maxAwarenessClock`; only a
 * participant's own connection presents that participant.
 */
export function filterAwareness<P>(
  peer: P,
  entries: AwarenessEntry[],
  room: AwarenessOwnership<P>,
  limits: SyncLimits,
): { allowed: AwarenessEntry[]; refusal: string | null } {
  const allowed: AwarenessEntry[] = []
  let refusal: string | null = null
  let added = 0
  const refuse = (reason: string) => {
    refusal ??= reason
  }
  for (const entry of entries) {
    if (!room.changes(entry)) continue
    if (entry.clock > limits.maxAwarenessClock) {
      refuse(`awareness-clock: clocks above ${limits.maxAwarenessClock} are refused`)
      continue
    }
    if (entry.json.length > limits.maxAwarenessStateBytes) {
      refuse(`awareness-too-large: a state holds at most ${limits.maxAwarenessStateBytes} bytes`)
      continue
    }
    if (entry.json !== 'null' && claimsAnotherParticipant(entry.json, room.participantOf(peer))) {
      refuse('awareness-not-you: a connection presents only its own participant')
      continue
    }
    const owner = room.ownerOf(entry.clientId)
    if (owner !== undefined && owner !== peer && !room.sameHolder(peer, owner)) {
      refuse(`awareness-not-yours: client id ${entry.clientId} belongs to another connection`)
      continue
    }
    if (owner === undefined && entry.json !== 'null') {
      if (room.countOf(peer) + added >= limits.maxAwarenessStatesPerConnection) {
        refuse(
          `awareness-too-many: at most ${limits.maxAwarenessStatesPerConnection} client ids per connection`,
        )
        continue
      }
      if (room.total + added >= limits.maxAwarenessStatesPerRoom) {
        refuse(
          `awareness-room-full: at most ${limits.maxAwarenessStatesPerRoom} client ids per room`,
        )
        continue
      }
      added++
    }
    allowed.push(entry)
  }
  return { allowed, refusal }
}

/** Encodes entries back into an awareness update (the part of a frame that was allowed). */
export function writeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.json)
  }
  return encoding.toUint8Array(encoder)
}
