import { parseRoomName } from '../auth/access.js'
import { ApiError } from '../http/errors.js'
import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle } from '../sync/room-registry.js'
import type { CampaignCatalog } from './catalog.js'

/** What the campaign events cost the process at most. */
export interface NotifierLimits {
  /** Open streams one campaign accepts (organisers' pages and congress screens together). */
  streamsPerCampaign: number
  /** Open streams the whole process accepts. */
  streams: number
  /** Shortest gap between two events of one campaign: a room voting sends a few a second, not hundreds. */
  minIntervalMs: number
  /** A comment line this often keeps proxies from closing an idle stream and lets readers spot a dead one. */
  heartbeatMs: number
}

export const DEFAULT_NOTIFIER_LIMITS: NotifierLimits = {
  streamsPerCampaign: 50,
  streams: 500,
  minIntervalMs: 300,
  heartbeatMs: 25_000,
}

/** One open stream's end of the notifier. */
export interface Subscription {
  /** Resolves once the campaign's workshops are known: changes from then on are seen. */
  readonly ready: Promise<void>
  readonly closed: boolean
  close(): void
}

interface Listener {
  changed(): void
  /** The notifier closed (the server's shutdown): end the stream. */
  ended(): void
}

interface Watched {
  listeners: Set<Listener>
  /** The live workshops of the campaign (from the catalog; refreshed when one joins). */
  workshops: Set<string>
  timer: NodeJS.Timeout | null
  lastSentAt: number
}

/**
 * Tells open event streams (`GET /api/campaigns/:id/events`) when a
 * campaign's synthesis may have changed: a board or private room of one of
 * its live workshops took an update (notes, clusters, votes, tallies, the
 * phase), a workshop or a file joined it, or (once it exists) its working
 * document `campaign:<id>` changed. A room lifecycle: it only listens to
 * rooms the registry loads anyway, and does nothing at all for campaigns
 * nobody is watching.
 *
 * Invariants: at most one event per campaign per `minIntervalMs` (later
 * changes are folded into one trailing event, never dropped); at most
 * `streamsPerCampaign` and `streams` subscriptions (the next one is refused
 * with 503 `too-many-streams`); `close` ends every subscription.
 */
export class CampaignNotifier implements RoomLifecycle {
  private readonly watched = new Map<string, Watched>()
  /** workshop id -> campaigns being watched that it contributes to. */
  private readonly byWorkshop = new Map<string, Set<string>>()
  private readonly detach = new Map<Room, () => void>()
  private open = 0
  private isClosed = false
  /** Events sent, all campaigns (tests and metrics). */
  sent = 0

  constructor(
    private readonly campaigns: Pick<CampaignCatalog, 'listWorkshops'>,
    readonly limits: NotifierLimits = DEFAULT_NOTIFIER_LIMITS,
    private readonly logger: Logger = SILENT_LOGGER,
    private readonly now: () => number = Date.now,
  ) {}

  /** Open streams, all campaigns. */
  get streams(): number {
    return this.open
  }

  loaded(room: Room): void {
    const onUpdate = this.roomListener(room.name)
    if (!onUpdate) return
    // Attached after the other lifecycles' `loaded` (this one is registered
    // last): the migration and first tally of a room loaded only to read a
    // summary are not a change, or every read would announce the next.
    room.doc.on('update', onUpdate)
    this.detach.set(room, () => room.doc.off('update', onUpdate))
  }

  unloading(room: Room): void {
    this.detach.get(room)?.()
    this.detach.delete(room)
  }

  /** A workshop, a file or the working state of the campaign changed. */
  campaignChanged(campaignId: string, workshopsChanged = false): void {
    const watched = this.watched.get(campaignId)
    if (!watched) return
    if (workshopsChanged) void this.loadWorkshops(campaignId, watched)
    this.schedule(campaignId, watched)
  }

  /** The stream of `campaignId` hears of its changes until `close`; refused when full. */
  subscribe(campaignId: string, listener: Listener): Subscription {
    if (this.isClosed) throw new ApiError(503, 'shutting-down', 'The server is shutting down.')
    const existing = this.watched.get(campaignId)
    if (
      this.open >= this.limits.streams ||
      (existing?.listeners.size ?? 0) >= this.limits.streamsPerCampaign
    )
      throw new ApiError(
        503,
        'too-many-streams',
        'Too many live views are open; this page falls back to asking every 30 seconds.',
      )
    const watched: Watched = existing ?? {
      listeners: new Set(),
      workshops: new Set(),
      timer: null,
      lastSentAt: 0,
    }
    const first = !existing
    if (first) this.watched.set(campaignId, watched)
    watched.listeners.add(listener)
    this.open++
    const ready = first ? this.loadWorkshops(campaignId, watched) : Promise.resolve()
    let closed = false
    return {
      ready,
      get closed() {
        return closed
      },
      close: () => {
        if (closed) return
        closed = true
        this.open--
        watched.listeners.delete(listener)
        if (watched.listeners.size === 0) this.unwatch(campaignId, watched)
      },
    }
  }

  /** Ends every stream (the server's shutdown); later subscriptions are refused. */
  close(): void {
    this.isClosed = true
    for (const watched of [...this.watched.values()])
      for (const listener of [...watched.listeners]) listener.ended()
    for (const [campaignId, watched] of [...this.watched]) this.unwatch(campaignId, watched)
    for (const off of this.detach.values()) off()
    this.detach.clear()
  }

  private roomListener(name: string): (() => void) | null {
    // The campaign's working document (issue 10, planned as `campaign:<id>`).
    if (name.startsWith('campaign:')) {
      const campaignId = name.slice('campaign:'.length)
      return () => this.campaignChanged(campaignId)
    }
    const room = parseRoomName(name)
    // Boards (notes, clusters, phase) and private rooms (tallies, participants):
    // what a summary reads. Layouts and participant documents are not.
    if (room?.kind !== 'board' && room?.kind !== 'private') return null
    const { workshopId } = room
    return () => {
      const campaigns = this.byWorkshop.get(workshopId)
      if (campaigns) for (const id of campaigns) this.campaignChanged(id)
    }
  }

  private schedule(campaignId: string, watched: Watched): void {
    if (watched.timer) return
    const wait = Math.max(0, watched.lastSentAt + this.limits.minIntervalMs - this.now())
    // Even with no wait, one turn later: a burst of updates in one tick is one event.
    watched.timer = setTimeout(() => {
      watched.timer = null
      if (this.watched.get(campaignId) !== watched) return
      watched.lastSentAt = this.now()
      this.sent++
      for (const listener of [...watched.listeners]) listener.changed()
    }, wait)
  }

  private async loadWorkshops(campaignId: string, watched: Watched): Promise<void> {
    try {
      const links = await this.campaigns.listWorkshops(campaignId)
      if (this.watched.get(campaignId) !== watched) return
      for (const id of watched.workshops) this.byWorkshop.get(id)?.delete(campaignId)
      watched.workshops = new Set(links.map((l) => l.workshopId))
      for (const id of watched.workshops) {
        const campaigns = this.byWorkshop.get(id) ?? new Set<string>()
        campaigns.add(campaignId)
        this.byWorkshop.set(id, campaigns)
      }
    } catch (error) {
      this.logger.error(
        { err: error, campaign: campaignId },
        'could not list the workshops of an events stream',
      )
    }
  }

  private unwatch(campaignId: string, watched: Watched): void {
    if (watched.timer) clearTimeout(watched.timer)
    watched.timer = null
    if (this.watched.get(campaignId) === watched) this.watched.delete(campaignId)
    for (const id of watched.workshops) {
      const campaigns = this.byWorkshop.get(id)
      campaigns?.delete(campaignId)
      if (campaigns?.size === 0) this.byWorkshop.delete(id)
    }
  }
}
