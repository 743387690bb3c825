import * as binary from 'lib0/binary'
import * as decoding from 'lib0/decoding'

/**
 * What a V1 update claims to hold, read without a document: per client, the
 * clock range of its structs, the highest clock it references (origins,
 * parents) and the end of its delete ranges.
 */
export interface UpdateShape {
  /** Per client: first clock and end clock (exclusive) of its one struct group. */
  readonly structs: Map<number, { start: number; end: number }>
  /** Per client: the highest clock + 1 an item of the update points to. */
  readonly references: Map<number, number>
  /** Per client: the end (exclusive) of its last delete range. */
  readonly deletes: Map<number, number>
  /** Every client id the update names (struct groups, references, delete ranges). */
  readonly clients: Set<number>
}

/** An update that is not the canonical V1 encoding Yjs itself writes. */
export class NonCanonicalUpdate extends Error {}

/** An update naming more new client ids than allowed (read no further than the first one too many). */
export class TooManyClients extends Error {}

/** How many client ids an update may name that the document does not hold yet. */
export interface NewClientLimit {
  max: number
  known: (client: number) => boolean
}

const MAX_CLIENT = 0xffff_ffff

/**
 * Reads a V1 update structurally, the way Yjs' `readClientsStructRefs` and
 * `readAndApplyDeleteSet` do, and refuses what Yjs would never write itself
 * but would half-apply: two struct groups for one client, empty groups,
 * zero-length structs or delete ranges (Yjs throws "Unexpected case" while
 * encoding them, after integrating the rest), unsorted delete ranges, skips,
 * subdocuments, unknown content or type refs, and bytes after the end.
 *
 * Throws `NonCanonicalUpdate` (with the reason), `TooManyClients` once more
 * than `limit.max` new ids are named, or a lib0 decoding error.
 * Cost: one pass over the bytes, no document touched.
 *
 * Only new ids count: a stock provider's step 2 carries the document's whole
 * delete set, naming every client that ever deleted something.
 */
export function readUpdateShape(
  update: Uint8Array,
  limit: NewClientLimit = { max: Infinity, known: () => false },
): UpdateShape {
  const decoder = decoding.createDecoder(update)
  const structs = new Map<number, { start: number; end: number }>()
  const references = new Map<number, number>()
  const deletes = new Map<number, number>()
  const clients = new Set<number>()
  let newClients = 0
  const name = (client: number) => {
    checkClient(client)
    if (clients.has(client)) return
    clients.add(client)
    if (!limit.known(client) && ++newClients > limit.max)
      throw new TooManyClients(`an update may name ${limit.max} new client ids`)
  }
  /** The item being read: Yjs integrates a client's items in clock order. */
  let item = { client: -1, clock: -1 }
  const reference = (client: number, clock: number) => {
    name(client)
    // Yjs takes an earlier item of the same client as integrated already:
    // pointing at itself or further on crashes its integration halfway.
    if (client === item.client && clock >= item.clock)
      refuse(`an item of client ${client} refers to its own clock ${clock} or later`)
    if ((references.get(client) ?? 0) < clock + 1) references.set(client, clock + 1)
  }

  const groups = decoding.readVarUint(decoder)
  for (let g = 0; g < groups; g++) {
    const count = decoding.readVarUint(decoder)
    const client = decoding.readVarUint(decoder)
    name(client)
    if (structs.has(client)) refuse(`two struct groups for client ${client}`)
    if (count === 0) refuse(`an empty struct group for client ${client}`)
    const start = decoding.readVarUint(decoder)
    let clock = start
    for (let s = 0; s < count; s++) {
      const info = decoding.readUint8(decoder)
      const ref = info & binary.BITS5
      let length: number
      if (ref === 0) {
        length = decoding.readVarUint(decoder) // GC
      } else if (ref === 10) {
        refuse('a skip struct (the update has a gap)')
      } else {
        item = { client, clock }
        if ((info & binary.BIT8) === binary.BIT8)
          reference(decoding.readVarUint(decoder), decoding.readVarUint(decoder)) // origin
        if ((info & binary.BIT7) === binary.BIT7)
          reference(decoding.readVarUint(decoder), decoding.readVarUint(decoder)) // right origin
        if ((info & (binary.BIT7 | binary.BIT8)) === 0) {
          // Parent: a root type's name, or the id of the item holding the type.
          if (decoding.readVarUint(decoder) === 1) decoding.readVarString(decoder)
          else reference(decoding.readVarUint(decoder), decoding.readVarUint(decoder))
          if ((info & binary.BIT6) === binary.BIT6) decoding.readVarString(decoder) // key
        }
        length = readContentLength(decoder, ref)
      }
      if (length === 0) refuse(`a zero-length struct for client ${client}`)
      clock += length
    }
    structs.set(client, { start, end: clock })
  }

  const deleteClients = decoding.readVarUint(decoder)
  for (let d = 0; d < deleteClients; d++) {
    const client = decoding.readVarUint(decoder)
    name(client)
    if (deletes.has(client)) refuse(`two delete groups for client ${client}`)
    const ranges = decoding.readVarUint(decoder)
    if (ranges === 0) refuse(`an empty delete group for client ${client}`)
    let end = 0
    for (let r = 0; r < ranges; r++) {
      const clock = decoding.readVarUint(decoder)
      const length = decoding.readVarUint(decoder)
      if (length === 0) refuse(`a zero-length delete range for client ${client}`)
      if (clock < end) refuse(`unsorted delete ranges for client ${client}`)
      end = clock + length
    }
    deletes.set(client, end)
  }
  if (decoding.hasContent(decoder)) refuse('bytes after the end of the update')
  return { structs, references, deletes, clients }
}

/** Reads one item's content as Yjs' `contentRefs` would and returns its clock length. */
function readContentLength(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case 1: // deleted
      return decoding.readVarUint(decoder)
    case 2: {
      // JSON: each entry a JSON string (or "undefined")
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) {
        const json = decoding.readVarString(decoder)
        if (json !== 'undefined') JSON.parse(json)
      }
      return count
    }
    case 3: // binary
      decoding.readVarUint8Array(decoder)
      return 1
    case 4: // string: its length in UTF-16 units, as Yjs counts it
      return decoding.readVarString(decoder).length
    case 5: // embed
      JSON.parse(decoding.readVarString(decoder))
      return 1
    case 6: // format: key, JSON value
      decoding.readVarString(decoder)
      JSON.parse(decoding.readVarString(decoder))
      return 1
    case 7: {
      // type: 0 array, 1 map, 2 text, 3 xml element (name), 4 fragment, 5 hook (name), 6 xml text
      const typeRef = decoding.readVarUint(decoder)
      if (typeRef > 6) refuse(`unknown type ref ${typeRef}`)
      if (typeRef === 3 || typeRef === 5) decoding.readVarString(decoder)
      return 1
    }
    case 8: {
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) decoding.readAny(decoder)
      return count
    }
    case 9:
      // A subdocument would make the server hold a new Y.Doc per item; no Atelier document has one.
      return refuse('a subdocument')
    default:
      return refuse(`unknown content ref ${ref}`)
  }
}

function checkClient(client: number): void {
  // Yjs client ids are random 32-bit integers.
  if (client > MAX_CLIENT) refuse(`client id ${client} above 2^32`)
}

function refuse(reason: string): never {
  throw new NonCanonicalUpdate(reason)
}
