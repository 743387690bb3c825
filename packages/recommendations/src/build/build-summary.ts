import type { Recommendation, SessionSummary, SummaryDimension } from '../schema.js'
import type { BoardSnapshot, SnapshotCluster, SnapshotNote } from '../snapshot.js'
import { SUMMARY_VERSION } from '../version.js'
import { anonymousAuthors, byTime } from './authors.js'
import { orderedDimensions } from './dimensions.js'
import { isMiscTitle } from './misc.js'
import { rankOrder } from './rank.js'
import { tallyVotes } from './tally.js'

export interface BuildSummaryOptions {
  /** ISO date-time stamped into the summary; omitted -> null, so output depends on the snapshot alone. */
  generatedAt?: string
}

type Unranked = Omit<Recommendation, 'rank' | 'shareOfDimension' | 'shareOfSession'>
interface Loose {
  note: SnapshotNote
  cluster: SnapshotCluster | null
}

/**
 * Turns a board snapshot into a session summary. Pure and deterministic: the
 * same snapshot and options give a deep-equal result, whatever the order of
 * the snapshot's arrays.
 *
 * Invariant: every visible note of the snapshot appears exactly once, either
 * under one recommendation or in its dimension's `unclustered` list; hidden
 * notes appear nowhere and are counted in `totals.hiddenNotes`.
 *
 * - A cluster with a recommendation text, or with notes, or with dots,
 *   becomes a recommendation, ranked within its dimension (see `rankOrder`).
 * - A miscellaneous cluster (`isMiscTitle`: "Divers", "Autres", "Misc",
 *   untitled...) without a recommendation text is not a recommendation: its
 *   notes go to `unclustered` (remembering the cluster), its dots to
 *   `totals.dotsUnassigned`.
 * - A cluster with no visible note, no text and no dot is dropped and counted
 *   in `totals.droppedClusters`.
 * - A note goes where the facilitator put it: with its cluster, in the
 *   cluster's dimension, even if it was written for another dimension.
 *
 * @example
 * ```ts
 * const summary = buildSummary(snapshot, { generatedAt: new Date().toISOString() })
 * summary.dimensions[0]?.recommendations[0]?.title // the most voted cluster
 * ```
 */
export function buildSummary(
  snapshot: BoardSnapshot,
  options: BuildSummaryOptions = {},
): SessionSummary {
  const authors = anonymousAuthors(snapshot.notes)
  const tallies = tallyVotes(snapshot.votes)
  const clusters = new Map<string, SnapshotCluster>()
  for (const cluster of snapshot.clusters)
    if (!clusters.has(cluster.id)) clusters.set(cluster.id, cluster)

  const visible = snapshot.notes.filter((note) => !note.hidden).sort(byTime)
  const notesOf = new Map<string, SnapshotNote[]>()
  const loose: Loose[] = []
  for (const note of visible) {
    const clusterId = Object.hasOwn(snapshot.membership, note.id)
      ? snapshot.membership[note.id]
      : undefined
    const cluster = clusterId === undefined ? undefined : clusters.get(clusterId)
    if (cluster) pushTo(notesOf, cluster.id, note)
    else loose.push({ note, cluster: null })
  }

  const toNote = (note: SnapshotNote) => ({
    id: note.id,
    text: note.text,
    // Every author was numbered: anonymousAuthors saw all notes.
    author: authors.get(note.author)!,
  })
  const unrankedOf = new Map<string, Unranked[]>()
  let droppedClusters = 0
  for (const cluster of clusters.values()) {
    const notes = notesOf.get(cluster.id) ?? []
    const tally = tallies.get(cluster.id)
    const text = cluster.recommendation.trim()
    if (text === '' && isMiscTitle(cluster.title)) {
      for (const note of notes) loose.push({ note, cluster })
    } else if (notes.length === 0 && text === '' && !tally) {
      droppedClusters++
    } else {
      pushTo(unrankedOf, cluster.dimension, {
        clusterId: cluster.id,
        title: cluster.title.trim(),
        text,
        dots: tally?.dots ?? 0,
        voters: tally?.voters.size ?? 0,
        notes: notes.map(toNote),
      })
    }
  }
  const looseOf = new Map<string, Loose[]>()
  for (const item of loose) pushTo(looseOf, item.cluster?.dimension ?? item.note.dimension, item)

  const dotsOf = (recs: readonly Unranked[]) => recs.reduce((sum, rec) => sum + rec.dots, 0)
  const dotsOnRecommendations = dotsOf([...unrankedOf.values()].flat())
  const dimensions = orderedDimensions(snapshot.dimensions, [
    ...unrankedOf.keys(),
    ...looseOf.keys(),
  ]).map((dimension): SummaryDimension => {
    const recs = unrankedOf.get(dimension.id) ?? []
    const dots = dotsOf(recs)
    return {
      ...dimension,
      dots,
      recommendations: rankOrder(recs, snapshot.workshop.language).map((rec, i) => ({
        rank: i + 1,
        clusterId: rec.clusterId,
        title: rec.title,
        text: rec.text,
        dots: rec.dots,
        shareOfDimension: ratio(rec.dots, dots),
        shareOfSession: ratio(rec.dots, dotsOnRecommendations),
        voters: rec.voters,
        notes: rec.notes,
      })),
      unclustered: (looseOf.get(dimension.id) ?? [])
        .sort((a, b) => byTime(a.note, b.note))
        .map(({ note, cluster }) => ({
          ...toNote(note),
          cluster: cluster && { id: cluster.id, title: cluster.title },
        })),
    }
  })

  const allTallies = [...tallies.values()]
  const dotsCast = allTallies.reduce((sum, tally) => sum + tally.dots, 0)
  const supportingNotes = visible.length - loose.length
  const { workshop } = snapshot
  return {
    summaryVersion: SUMMARY_VERSION,
    generatedAt: options.generatedAt ?? null,
    workshop: {
      id: workshop.id,
      title: workshop.title,
      territory: workshop.territory,
      date: workshop.date,
      facilitator: workshop.facilitator,
      language: workshop.language,
      participantCount: workshop.participantCount,
    },
    totals: {
      notes: visible.length,
      supportingNotes,
      unclusteredNotes: loose.length,
      hiddenNotes: snapshot.notes.length - visible.length,
      participants: workshop.participantCount,
      contributors: new Set(visible.map((note) => note.author)).size,
      voters: new Set(allTallies.flatMap((tally) => [...tally.voters])).size,
      dotsCast,
      dotsOnRecommendations,
      dotsUnassigned: dotsCast - dotsOnRecommendations,
      recommendations: dimensions.reduce((sum, d) => sum + d.recommendations.length, 0),
      droppedClusters,
    },
    dimensions,
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Share in [0, 1] rounded to 4 decimals (0.1935 = 19.35 %); 0 when nothing was cast. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000
}
