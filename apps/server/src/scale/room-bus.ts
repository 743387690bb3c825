/**
 * What the processes serving the same room tell each other: every update a
 * process accepted (after storing it) and every presence change it relayed.
 * Implemented over Redis pub/sub (`redis-bus.ts`); one process without a bus
 * needs none of this.
 *
 * Invariant: a process publishes only what it stored (updates) or accepted
 * from its own peers (awareness), and never publishes again what it received
 * from the bus, so a message crosses each process once.
 */
export interface BusMessage {
  /** `public-awareness`: the server's own presence (the people count), which every peer is sent. */
  kind: 'update' | 'awareness' | 'public-awareness'
  bytes: Uint8Array
}

export interface BusSubscription {
  /** What another process published on this room. */
  receive(message: BusMessage): void
  /**
   * The bus may have dropped messages (the connection to Redis was lost and
   * came back): the room must catch up from the store, which holds every
   * update that was published.
   */
  resync(): void
}

/** What every process must act on at once: the connections it holds may have to close. */
export type ClusterEvent =
  | { kind: 'participant-removed'; workshopId: string; participantId: string }
  | { kind: 'facilitators-revoked'; workshopId: string; generation: number }
  /** A campaign's organiser key rotated: its campaign-room sockets of older generations close. */
  | { kind: 'organisers-revoked'; campaignId: string; generation: number }
  /** A ballot was saved: the board's leader, wherever it runs, recounts the tallies. */
  | { kind: 'ballots-changed'; workshopId: string }

/**
 * The participants with an open socket on any process, per workshop (see
 * `redis-presence.ts`). Participant ids stay between the processes and
 * Redis: only the count reaches a screen.
 */
export interface ClusterPresence {
  /** A participant's first socket on this process opened (`present`) or its last one closed. */
  changed(workshopId: string, participantId: string, present: boolean): void
  /** Distinct participants of the workshop with a socket on a live process. */
  count(workshopId: string): Promise<number>
  /** Another process's participants of a workshop changed. */
  onChange(listener: (workshopId: string) => void): void
}

export interface RoomBus {
  /** Who is connected over every process (the board's leader publishes the count). */
  readonly presence: ClusterPresence
  /**
   * Starts listening to a room. Resolves once the subscription is active:
   * whatever another process publishes after that reaches `subscription`.
   * The returned function stops listening.
   */
  subscribe(room: string, subscription: BusSubscription): Promise<() => void>
  /** Tells the other processes holding `room`; never throws (a lost message is caught up by `resync`). */
  publish(room: string, message: BusMessage): void
  /**
   * Competes for the lease of a room: the one process that runs the
   * server's own reactions to it (ingest, tallies, privacy passes,
   * migrations, compaction). Resolves after the first attempt; `onChange`
   * tells each gain and loss. The returned function gives it up.
   */
  hold(room: string, onChange: (leading: boolean) => void): Promise<() => void>
  /** Tells every other process (not this one: the caller acts on it itself). */
  announce(event: ClusterEvent): void
  /** Listens to what other processes announce. */
  onAnnouncement(listener: (event: ClusterEvent) => void): void
  close(): Promise<void>
}
