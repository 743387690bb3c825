import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { z } from 'zod'
import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import { RedisLeases } from './redis-leases.js'
import { PRESENCE_CHANNEL, RedisPresence } from './redis-presence.js'
import type { BusMessage, BusSubscription, ClusterEvent, RoomBus } from './room-bus.js'

const KIND_BYTE: Record<BusMessage['kind'], number> = {
  update: 1,
  awareness: 2,
  'public-awareness': 3,
}
const KIND_OF_BYTE = new Map(
  Object.entries(KIND_BYTE).map(([kind, byte]) => [byte, kind as BusMessage['kind']]),
)
const PROCESS_ID_BYTES = 8
const STAMP_OFFSET = 1 + PROCESS_ID_BYTES
/** `[kind][process id][publish time, ms since the epoch, float64 big-endian]`. */
const HEADER_BYTES = STAMP_OFFSET + 8

/** What the bus tells the metrics: how long a message took from its publisher to this process. */
export interface BusMetrics {
  relayLag(seconds: number): void
}
const NO_BUS_METRICS: BusMetrics = { relayLag() {} }

/** The pub/sub channel of a room (room names are ASCII ids and colons). */
export const roomChannel = (room: string) => `atelier:room:${room}`

/** The channel of cluster events, JSON `{ from, event }`. */
const CONTROL_CHANNEL = 'atelier:control'

const ClusterEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('participant-removed'),
    workshopId: z.string(),
    participantId: z.string(),
  }),
  z.object({
    kind: z.literal('facilitators-revoked'),
    workshopId: z.string(),
    generation: z.number().int(),
  }),
  z.object({
    kind: z.literal('organisers-revoked'),
    campaignId: z.string(),
    generation: z.number().int(),
  }),
  z.object({ kind: z.literal('ballots-changed'), workshopId: z.string() }),
])
const ControlMessageSchema = z.object({ from: z.string(), event: ClusterEventSchema })

/**
 * `RoomBus` over Redis pub/sub: one connection publishes, one subscribes
 * (a subscribed Redis connection can do nothing else). A message is
 * `[kind][process id: 8 bytes][publish time: float64 ms][Yjs bytes]`,
 * binary-safe; a process skips its own messages, which Redis sends back to
 * it like to anyone subscribed, and observes the others' relay lag (now
 * minus the publish time; the processes' clocks must agree, as NTP keeps
 * them, and a negative lag from a clock ahead counts as 0).
 *
 * Pub/sub keeps nothing: a message published while the subscriber is
 * disconnected is lost. When the subscriber comes back (ioredis reconnects
 * and subscribes again by itself), every room is told to `resync` from the
 * store, which holds every update that was ever published.
 */
export class RedisRoomBus implements RoomBus {
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly processId = randomBytes(PROCESS_ID_BYTES)
  private readonly rooms = new Map<string, Set<BusSubscription>>()
  private readonly listeners: ((event: ClusterEvent) => void)[] = []
  private lostConnection = false
  private readonly leases: RedisLeases
  readonly presence: RedisPresence

  constructor(
    url: string,
    private readonly logger: Logger = SILENT_LOGGER,
    leaseTiming?: { ttlMs: number; renewMs: number },
    private readonly metrics: BusMetrics = NO_BUS_METRICS,
  ) {
    // Commands wait in ioredis' queue while Redis is away; publishing must not
    // hold the relay, so it never waits (see publish).
    this.publisher = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false })
    this.subscriber = new Redis(url, { lazyConnect: false })
    this.leases = new RedisLeases(
      this.publisher,
      this.processId.toString('hex'),
      logger,
      leaseTiming?.ttlMs,
      leaseTiming?.renewMs,
    )
    this.presence = new RedisPresence(this.publisher, this.processId.toString('hex'), logger)
    for (const connection of [this.publisher, this.subscriber])
      connection.on('error', (error) => this.logger.warn({ err: error }, 'redis connection error'))
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const name = channel.toString('latin1')
      if (name === CONTROL_CHANNEL) this.deliverEvent(message)
      else if (name === PRESENCE_CHANNEL) this.presence.deliver(message.toString('utf8'))
      else this.deliver(name, message)
    })
    this.subscriber
      .subscribe(CONTROL_CHANNEL, PRESENCE_CHANNEL)
      .catch((error) => this.logger.warn({ err: error }, 'could not subscribe to cluster events'))
    this.subscriber.on('close', () => {
      this.lostConnection = true
    })
    this.subscriber.on('ready', () => {
      if (!this.lostConnection) return
      this.lostConnection = false
      // ioredis has re-sent SUBSCRIBE for every channel before 'ready'; a
      // PING answered after them means they are active: catch up from then.
      this.subscriber.ping().then(
        () => this.resyncAll(),
        () => this.resyncAll(),
      )
    })
  }

  async subscribe(room: string, subscription: BusSubscription): Promise<() => void> {
    let subscribers = this.rooms.get(room)
    if (!subscribers) {
      subscribers = new Set()
      this.rooms.set(room, subscribers)
    }
    subscribers.add(subscription)
    // Subscribing again to a channel already subscribed is harmless and
    // resolves once Redis confirmed it, which is what the caller waits for.
    await this.subscriber.subscribe(roomChannel(room))
    return () => {
      const current = this.rooms.get(room)
      if (!current?.delete(subscription) || current.size > 0) return
      this.rooms.delete(room)
      this.subscriber
        .unsubscribe(roomChannel(room))
        .catch((error) => this.logger.warn({ err: error }, `could not unsubscribe from ${room}`))
    }
  }

  publish(room: string, message: BusMessage): void {
    const envelope = Buffer.allocUnsafe(HEADER_BYTES + message.bytes.length)
    envelope[0] = KIND_BYTE[message.kind]
    this.processId.copy(envelope, 1)
    envelope.writeDoubleBE(Date.now(), STAMP_OFFSET)
    envelope.set(message.bytes, HEADER_BYTES)
    this.publisher
      .publish(roomChannel(room), envelope)
      .catch((error) => this.logger.warn({ err: error }, `could not publish to ${room}`))
  }

  hold(room: string, onChange: (leading: boolean) => void): Promise<() => void> {
    return this.leases.hold(room, onChange)
  }

  announce(event: ClusterEvent): void {
    const message = JSON.stringify({ from: this.processId.toString('hex'), event })
    this.publisher
      .publish(CONTROL_CHANNEL, message)
      .catch((error) => this.logger.warn({ err: error }, `could not announce ${event.kind}`))
  }

  onAnnouncement(listener: (event: ClusterEvent) => void): void {
    this.listeners.push(listener)
  }

  async close(): Promise<void> {
    await this.leases.releaseAll()
    await this.presence.close()
    this.rooms.clear()
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()])
  }

  private deliver(channel: string, envelope: Buffer): void {
    const room = channel.slice(roomChannel('').length)
    const subscribers = this.rooms.get(room)
    if (!subscribers || envelope.length < HEADER_BYTES) return
    if (envelope.subarray(1, HEADER_BYTES).equals(this.processId)) return
    const kind = KIND_OF_BYTE.get(envelope[0] as number)
    if (!kind) return
    this.metrics.relayLag(Math.max(0, Date.now() - envelope.readDoubleBE(STAMP_OFFSET)) / 1000)
    const bytes = new Uint8Array(envelope.subarray(HEADER_BYTES))
    for (const subscription of subscribers) subscription.receive({ kind, bytes })
  }

  private deliverEvent(message: Buffer): void {
    let parsed: z.infer<typeof ControlMessageSchema>
    try {
      parsed = ControlMessageSchema.parse(JSON.parse(message.toString('utf8')))
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed cluster event')
      return
    }
    if (parsed.from === this.processId.toString('hex')) return
    for (const listener of this.listeners) listener(parsed.event)
  }

  private resyncAll(): void {
    for (const subscribers of this.rooms.values())
      for (const subscription of subscribers) subscription.resync()
  }
}
