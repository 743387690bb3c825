// Every word a renderer prints that is not participant or facilitator text.
// French first: it is the language of the workshops; English second.

export type Language = 'fr' | 'en'

export interface Labels {
  locale: string
  reportTitle: string
  territory: string
  date: string
  facilitator: string
  participants: string
  contributors: string
  notes: string
  hiddenNotes: string
  dots: string
  dotsUnassigned: string
  voters: string
  recommendations: string
  keyFigures: string
  contents: string
  rank: string
  recommendation: string
  title: string
  text: string
  shareOfDimension: string
  shareOfSession: string
  /** Column headings where room is short (tables). */
  shareOfDimensionShort: string
  shareOfSessionShort: string
  notesShort: string
  hiddenNotesShort: string
  unclusteredShort: string
  supportingNotes: string
  unclustered: string
  annex: string
  annexIntro: string
  votesTable: string
  noRecommendation: string
  noNotes: string
  untitled: string
  noText: string
  filedUnder: string
  generatedAt: string
  page: string
  anonymity: string
  openQuote: string
  closeQuote: string
  /** Separator between a label and its value: French puts a no-break space before the colon. */
  colon: string
  /** The one-page summary that opens the report. */
  priorities: string
  prioritiesIntro: string
  noVotes: string
  /** Column headers of the CSV files: each says what its column holds. */
  csv: CsvHeaders
}

export interface CsvHeaders {
  dimension: string
  rank: string
  clusterTitle: string
  noteText: string
  author: string
  recommendationText: string
  dots: string
  shareOfDimension: string
  shareOfSession: string
  voters: string
  notes: string
  noteId: string
  clusterId: string
  dimensionId: string
}

const fr: Labels = {
  locale: 'fr-FR',
  reportTitle: "Synthèse de l'atelier",
  territory: 'Territoire',
  date: 'Date',
  facilitator: 'Animation',
  participants: 'Participants',
  contributors: 'Contributeurs',
  notes: 'Contributions',
  hiddenNotes: 'Contributions masquées par la modération (non reproduites)',
  dots: 'Gommettes',
  dotsUnassigned: 'Gommettes hors recommandations',
  voters: 'Votants',
  recommendations: 'Recommandations',
  keyFigures: 'Chiffres clés',
  contents: 'Sommaire',
  rank: 'Rang',
  recommendation: 'Recommandation',
  title: 'Titre',
  text: 'Texte de la recommandation',
  shareOfDimension: 'Part de la dimension',
  shareOfSession: "Part de l'atelier",
  shareOfDimensionShort: '% dimension',
  shareOfSessionShort: '% atelier',
  notesShort: 'Contrib.',
  hiddenNotesShort: 'Masquées (modération)',
  unclusteredShort: 'Non regroupées',
  supportingNotes: "Contributions à l'appui",
  unclustered: 'Contributions non regroupées',
  annex: 'Annexe',
  annexIntro:
    'Contributions qui ne soutiennent aucune recommandation, reproduites pour que rien de ce qui a été dit ne soit perdu.',
  votesTable: 'Votes',
  noRecommendation: 'Aucune recommandation pour cette dimension.',
  noNotes: 'Aucune contribution.',
  untitled: '(sans titre)',
  noText: "(pas de texte de recommandation rédigé par l'animation)",
  filedUnder: 'classée dans',
  generatedAt: 'Généré le',
  page: 'Page',
  anonymity:
    'Les participants sont désignés par un numéro anonyme (P01, P02…) attribué dans l’ordre de leur première contribution.',
  openQuote: '«\u00a0',
  closeQuote: '\u00a0»',
  colon: '\u00a0:',
  priorities: 'Synthèse\u00a0: priorités',
  prioritiesIntro:
    'Les regroupements qui ont reçu le plus de gommettes dans chaque dimension, avec la recommandation rédigée. Le détail suit.',
  noVotes: 'Aucune gommette dans cette dimension.',
  csv: {
    dimension: 'Dimension',
    rank: 'Rang dans la dimension',
    clusterTitle: 'Titre du regroupement',
    noteText: 'Texte de la note',
    author: 'Participant (anonyme)',
    recommendationText: 'Texte de la recommandation',
    dots: 'Gommettes (votes)',
    shareOfDimension: 'Part des gommettes de la dimension (%)',
    shareOfSession: "Part des gommettes de l'atelier (%)",
    voters: 'Votants (personnes)',
    notes: 'Nombre de notes',
    noteId: 'Id note',
    clusterId: 'Id regroupement',
    dimensionId: 'Id dimension',
  },
}

const en: Labels = {
  locale: 'en-GB',
  reportTitle: 'Workshop summary',
  territory: 'Territory',
  date: 'Date',
  facilitator: 'Facilitator',
  participants: 'Participants',
  contributors: 'Contributors',
  notes: 'Notes',
  hiddenNotes: 'Notes hidden by moderation (not reproduced)',
  dots: 'Dots',
  dotsUnassigned: 'Dots outside recommendations',
  voters: 'Voters',
  recommendations: 'Recommendations',
  keyFigures: 'Key figures',
  contents: 'Contents',
  rank: 'Rank',
  recommendation: 'Recommendation',
  title: 'Title',
  text: 'Recommendation text',
  shareOfDimension: 'Share of dimension',
  shareOfSession: 'Share of workshop',
  shareOfDimensionShort: '% dimension',
  shareOfSessionShort: '% workshop',
  notesShort: 'Notes',
  hiddenNotesShort: 'Hidden (moderation)',
  unclusteredShort: 'Unclustered',
  supportingNotes: 'Supporting notes',
  unclustered: 'Unclustered notes',
  annex: 'Annex',
  annexIntro: 'Notes that support no recommendation, reproduced so that nothing said is lost.',
  votesTable: 'Votes',
  noRecommendation: 'No recommendation for this dimension.',
  noNotes: 'No notes.',
  untitled: '(untitled)',
  noText: '(no recommendation text written by the facilitator)',
  filedUnder: 'filed under',
  generatedAt: 'Generated on',
  page: 'Page',
  anonymity:
    'Participants are shown as anonymous numbers (P01, P02…) given in the order of their first note.',
  openQuote: '“',
  closeQuote: '”',
  colon: ':',
  priorities: 'Summary: priorities',
  prioritiesIntro:
    'The clusters that received the most dots in each dimension, with the recommendation written for them. Details follow.',
  noVotes: 'No dots in this dimension.',
  csv: {
    dimension: 'Dimension',
    rank: 'Rank in dimension',
    clusterTitle: 'Cluster title',
    noteText: 'Note text',
    author: 'Participant (anonymous)',
    recommendationText: 'Recommendation text',
    dots: 'Dots (votes)',
    shareOfDimension: 'Share of dimension dots (%)',
    shareOfSession: 'Share of workshop dots (%)',
    voters: 'Voters (people)',
    notes: 'Number of notes',
    noteId: 'Note id',
    clusterId: 'Cluster id',
    dimensionId: 'Dimension id',
  },
}

const LABELS: Record<Language, Labels> = { fr, en }

/**
 * The labels of a language.
 *
 * @example
 * ```ts
 * labelsFor('fr').dots // "Gommettes"
 * ```
 */
export function labelsFor(language: Language): Labels {
  return LABELS[language]
}

/**
 * An ISO date (YYYY-MM-DD) written out in the language: "10 juin 2021",
 * "10 June 2021". Read as UTC so the day never shifts with the machine's
 * time zone. A string that is not a date comes back unchanged.
 *
 * @example
 * ```ts
 * formatDate('2021-06-10', 'fr') // "10 juin 2021"
 * ```
 */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(LABELS[language].locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/**
 * A share in [0, 1] as a percentage with at most one decimal: "19,4 %" in
 * French (with a no-break space), "19.4%" in English.
 *
 * @example
 * ```ts
 * formatShare(0.1935, 'en') // "19.4%"
 * ```
 */
export function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(LABELS[language].locale, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share)
}
