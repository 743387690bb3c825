import type { ServerProcess } from '../harness/child.js'
import type { DocClient } from '../harness/doc-client.js'
import type { CopySource } from '../harness/state-copy.js'
import type { TargetName } from '../harness/table.js'
import type { Wire } from '../harness/wire.js'

/** Where one phone reads the board: the URL, what to send once open, the headers. */
export interface Reader {
  url: string
  hello: Uint8Array[]
  /**
   * Atelier: the board's HTTP copy a phone fetches while its socket opens;
   * the socket's hello then says what the copy held (`harness/state-copy.ts`).
   */
  copy?: CopySource
}

/** Writes notes whose text carries `marker(seq)`. */
export interface NoteWriter {
  write(seq: number): void
  readonly client: DocClient
}

/** The facilitator's canvas: note positions (Atelier: the layout room; the others: the shared document). */
export interface LayoutWriter {
  move(positions: Record<string, { x: number; y: number }>): void
  readonly client: DocClient
}

/**
 * One workshop of a scenario. On Atelier it is a real workshop: phones join
 * with the code and read the board, and write notes into their own rooms,
 * which the server ingests into the board. The references have no such
 * thing: everyone reads and writes one shared document.
 */
export interface BenchRoom {
  readonly name: string
  /** Where `count` new phones read the board from (Atelier: a participant each). */
  phones(count: number): Promise<Reader[]>
  /** `count` note writers, synced. */
  writers(count: number): Promise<NoteWriter[]>
  /** Full Yjs clients reading the board with presence (the presence scenario). */
  presenceClients(count: number): Promise<DocClient[]>
  /**
   * Full Yjs clients on the board that may move a cursor (the presence
   * scenario): Atelier's facilitators (phones announce no presence there);
   * on the references, clients like any other.
   */
  facilitatorPresenceClients(count: number): Promise<DocClient[]>
  /** Puts `count` notes (markers 0..count-1) on the board, in the store, before a join storm. */
  seed(count: number): Promise<string[]>
  /** The facilitator, on the canvas. */
  facilitator(): Promise<LayoutWriter>
  /**
   * The encoded state of every document the server holds for this room (the
   * many-rooms scenario weighs them apart): Atelier's board and each
   * writer's own document; the references' one shared document.
   */
  documents(): Promise<Uint8Array[]>
  /** Closes every client this room opened. */
  close(): void
}

export interface Target {
  readonly name: TargetName
  readonly server: ServerProcess
  readonly wire: Wire
  room(): Promise<BenchRoom>
  stop(): Promise<void>
}

/** The text of note `seq`: a congress-sized idea with its marker. */
export const noteText = (marker: string) =>
  `Idée ${marker} : mutualiser les achats entre coopératives du territoire`
