import * as Y from 'yjs'
import { CAMPAIGN_GROUPS, GROUP_KEYS, CAMPAIGN_DOC_LIMITS as L } from './shape.js'

// What an organiser's update may put in the campaign document: only the
// shape of shape.ts. Read from the update's structs before it touches the
// document (the server refuses a violating update whole), resolving where
// each item goes through the update itself and the document: an item
// written with an origin (a map value replacing another, a character after
// another) lives where its origin lives.

type Kind = 'groups' | 'group' | 'text' | 'items' | 'gc' | 'other'
interface Place {
  /** The type the item is in. */
  kind: Kind
  /** Its key in a map (null in a text or an array). */
  key: string | null
}

type UpdateItem = Y.Item & { parent: string | Y.ID | null }

/**
 * Why `update` would put something else than the campaign document's shape
 * into `doc`, or null. Deletions are always allowed. Expects an update whose
 * references all resolve (the server refuses pending structs first); an
 * unreadable one is refused.
 */
export function campaignUpdateViolation(doc: Y.Doc, update: Uint8Array): string | null {
  try {
    const { structs } = Y.decodeUpdate(update)
    const byClient = new Map<number, Y.Item[]>()
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue
      const list = byClient.get(struct.id.client) ?? []
      list.push(struct)
      byClient.set(struct.id.client, list)
    }
    const resolver = new Resolver(doc, byClient)
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue
      const place = resolver.placeOf(struct as UpdateItem)
      const why = violation(place, struct)
      if (why) return `shape: ${why}`
    }
    return null
  } catch {
    return 'shape: unreadable update'
  }
}

function violation(place: Place, item: Y.Item): string | null {
  const { content } = item
  if (place.kind === 'gc') return null
  if (place.kind === 'other') return 'only the root map "groups" and its groups may be written'
  if (content instanceof Y.ContentDeleted) return null
  switch (place.kind) {
    case 'groups':
      if (place.key === null || place.key.length > L.groupIdLength) return 'bad group id'
      return isType(content, Y.Map) ? null : 'a group must be a map'
    case 'group': {
      const expected =
        place.key === null ? undefined : GROUP_KEYS[place.key as keyof typeof GROUP_KEYS]
      if (!expected) return `unknown group field ${JSON.stringify(place.key)}`
      if (expected === 'text')
        return isType(content, Y.Text) ? null : 'recommendation must be a text'
      if (expected === 'array') return isType(content, Y.Array) ? null : 'items must be an array'
      if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return `bad ${place.key}`
      const value = content.arr[0]
      if (expected === 'boolean')
        return typeof value === 'boolean' ? null : `${place.key} must be a boolean`
      return typeof value === 'string' && value.length <= L.titleLength
        ? null
        : `${place.key} must be a short string`
    }
    case 'text':
      return content instanceof Y.ContentString ? null : 'a recommendation holds plain text only'
    case 'items':
      if (!(content instanceof Y.ContentAny)) return 'items are strings'
      return content.arr.every((v) => typeof v === 'string' && v.length <= L.itemIdLength)
        ? null
        : 'items are short strings'
  }
}

function isType(content: Y.Item['content'], kind: typeof Y.Map | typeof Y.Text | typeof Y.Array) {
  // Exact classes: Y.XmlText is a Y.Text, and must not pass for one.
  return content instanceof Y.ContentType && content.type.constructor === kind
}

class Resolver {
  private readonly memo = new Map<Y.Item, Place>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly update: Map<number, Y.Item[]>,
  ) {}

  placeOf(item: UpdateItem): Place {
    const known = this.memo.get(item)
    if (known) return known
    let place: Place
    if (typeof item.parent === 'string') {
      place = { kind: item.parent === CAMPAIGN_GROUPS ? 'groups' : 'other', key: item.parentSub }
    } else if (item.parent instanceof Y.ID) {
      place = { kind: this.kindOfTypeAt(item.parent), key: item.parentSub }
    } else {
      // No parent written: the item goes where its origin (or right origin) is.
      const neighbour = item.origin ?? item.rightOrigin
      place = neighbour ? this.placeAt(neighbour) : { kind: 'other', key: null }
    }
    this.memo.set(item, place)
    return place
  }

  /** Where the item holding clock `id` is. */
  private placeAt(id: Y.ID): Place {
    const inUpdate = this.findInUpdate(id)
    if (inUpdate) return this.placeOf(inUpdate as UpdateItem)
    const struct = this.findInDoc(id)
    if (!(struct instanceof Y.Item)) return { kind: 'gc', key: null }
    return { kind: this.kindOfDocType(struct.parent), key: struct.parentSub }
  }

  /** What the type created by the item at `id` is in the document's shape. */
  private kindOfTypeAt(id: Y.ID): Kind {
    const holder = this.findInUpdate(id) ?? this.findInDoc(id)
    if (!(holder instanceof Y.Item)) return 'gc'
    if (!(holder.content instanceof Y.ContentType)) return 'other'
    const place =
      this.findInUpdate(id) !== undefined
        ? this.placeOf(holder as UpdateItem)
        : { kind: this.kindOfDocType(holder.parent), key: holder.parentSub }
    return typeKind(place, holder.content.type)
  }

  private kindOfDocType(type: unknown): Kind {
    if (!(type instanceof Y.AbstractType)) return 'other'
    if (type === this.doc.share.get(CAMPAIGN_GROUPS)) return 'groups'
    const holder = type._item
    if (!holder) return 'other'
    return typeKind({ kind: this.kindOfDocType(holder.parent), key: holder.parentSub }, type)
  }

  private findInUpdate(id: Y.ID): Y.Item | undefined {
    const list = this.update.get(id.client)
    if (!list) return undefined
    let low = 0
    let high = list.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const item = list[mid]!
      if (id.clock < item.id.clock) high = mid - 1
      else if (id.clock >= item.id.clock + item.length) low = mid + 1
      else return item
    }
    return undefined
  }

  private findInDoc(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined
    return Y.getItem(this.doc.store, id) as Y.Item | Y.GC
  }
}

/** The kind of a type from where it sits: a map in `groups` is a group, and so on. */
function typeKind(place: Place, type: Y.AbstractType<unknown>): Kind {
  if (place.kind === 'groups' && type.constructor === Y.Map) return 'group'
  if (place.kind === 'group' && place.key === 'recommendation' && type.constructor === Y.Text)
    return 'text'
  if (place.kind === 'group' && place.key === 'items' && type.constructor === Y.Array)
    return 'items'
  return place.kind === 'gc' ? 'gc' : 'other'
}
