import type { Language } from '@atelier/recommendations'

// Every word the synthesis renderers print that is not participant,
// facilitator or organiser text. French first, English second.

export interface SynthesisLabels {
  locale: string
  reportTitle: Record<'regional' | 'national', string>
  territory: string
  level: string
  levels: Record<'regional' | 'national', string>
  version: string
  publishedBy: string
  /** The published version's SHA-256 fingerprint. */
  contentHash: string
  draft: string
  generatedAt: string
  keyFigures: string
  workshops: string
  participants: string
  voters: string
  items: string
  groups: string
  dots: string
  notes: string
  missingTerritories: string
  noMissing: string
  equalWorkshopScore: string
  breadth: string
  territories: string
  minority: string
  minorityExplained: string
  noRecommendation: string
  contributions: string
  shareOfWorkshop: string
  untitled: string
  noGroup: string
  annex: string
  annexIntro: string
  workshop: string
  date: string
  source: string
  sources: Record<'live' | 'imported', string>
  status: string
  statuses: Record<'running' | 'closed' | 'imported', string>
  via: string
  rankingIntro: string
  /** Before a workshop's own recommendation text, where it sits among quoted notes. */
  workshopRecommendation: string
  anonymity: string
  colon: string
  openQuote: string
  closeQuote: string
  yes: string
  no: string
  csv: {
    dimension: string
    groupRank: string
    groupTitle: string
    groupRecommendation: string
    groupDots: string
    equalWorkshopScore: string
    breadth: string
    minority: string
    territory: string
    workshop: string
    date: string
    via: string
    itemTitle: string
    itemRecommendation: string
    itemDots: string
    dotShare: string
    voters: string
    notes: string
    participants: string
    workshopDots: string
    source: string
    itemId: string
    workshopId: string
    groupId: string
    dimensionId: string
  }
}

const fr: SynthesisLabels = {
  locale: 'fr-FR',
  reportTitle: { regional: 'Synthèse régionale', national: 'Synthèse nationale' },
  territory: 'Territoire',
  level: 'Niveau',
  levels: { regional: 'régional', national: 'national' },
  version: 'Version publiée',
  publishedBy: 'par',
  contentHash: 'Empreinte SHA-256',
  draft: 'Document de travail (non publié)',
  generatedAt: 'Généré le',
  keyFigures: 'Chiffres clés',
  workshops: 'Ateliers',
  participants: 'Participants',
  voters: 'Votants',
  items: 'Recommandations des ateliers',
  groups: 'Regroupements',
  dots: 'Gommettes',
  notes: 'Contributions',
  missingTerritories: 'Territoires attendus sans contribution',
  noMissing: 'Tous les territoires attendus ont contribué.',
  equalWorkshopScore: 'Score à poids égal',
  breadth: 'Ateliers',
  territories: 'Territoires',
  minority: 'Position minoritaire',
  minorityExplained:
    'Portée par un seul atelier, où elle a reçu un fort soutien : gardée visible, non diluée.',
  noRecommendation: '(recommandation pas encore rédigée par les organisateurs)',
  contributions: 'Contributions des ateliers',
  shareOfWorkshop: "de l'atelier",
  untitled: '(sans titre)',
  noGroup: 'Aucune recommandation pour cette dimension.',
  annex: 'Annexe',
  annexIntro: 'Les ateliers qui ont contribué à cette synthèse.',
  workshop: 'Atelier',
  date: 'Date',
  source: 'Source',
  sources: { live: 'en ligne', imported: 'importé' },
  status: 'État',
  statuses: { running: 'en cours', closed: 'clos', imported: 'importé' },
  via: 'Via',
  rankingIntro:
    'Trois classements côte à côte : les gommettes brutes ; le score à poids égal, où chaque atelier compte autant quelle que soit sa taille (somme des parts des gommettes de leur atelier, divisée par le nombre d’ateliers) ; le nombre d’ateliers qui l’ont porté.',
  workshopRecommendation: "Recommandation de l'atelier",
  anonymity:
    'Les participants sont désignés par un numéro anonyme (P01, P02…) propre à chaque atelier : P01 de deux ateliers sont deux personnes différentes.',
  colon: '\u00a0:',
  openQuote: '«\u00a0',
  closeQuote: '\u00a0»',
  yes: 'oui',
  no: 'non',
  csv: {
    dimension: 'Dimension',
    groupRank: 'Rang du regroupement',
    groupTitle: 'Titre du regroupement',
    groupRecommendation: 'Recommandation de la campagne',
    groupDots: 'Gommettes du regroupement',
    equalWorkshopScore: 'Score à poids égal (%)',
    breadth: "Nombre d'ateliers",
    minority: 'Position minoritaire',
    territory: 'Territoire',
    workshop: 'Atelier',
    date: 'Date',
    via: 'Via (campagne régionale)',
    itemTitle: "Titre dans l'atelier",
    itemRecommendation: "Recommandation de l'atelier",
    itemDots: 'Gommettes',
    dotShare: "Part des gommettes de l'atelier (%)",
    voters: 'Votants (personnes)',
    notes: 'Nombre de notes',
    participants: 'Participants',
    workshopDots: "Gommettes de l'atelier",
    source: 'Source',
    itemId: 'Id recommandation',
    workshopId: 'Id atelier',
    groupId: 'Id regroupement',
    dimensionId: 'Id dimension',
  },
}

const en: SynthesisLabels = {
  locale: 'en-GB',
  reportTitle: { regional: 'Regional synthesis', national: 'National synthesis' },
  territory: 'Territory',
  level: 'Level',
  levels: { regional: 'regional', national: 'national' },
  version: 'Published version',
  publishedBy: 'by',
  contentHash: 'SHA-256 fingerprint',
  draft: 'Working draft (not published)',
  generatedAt: 'Generated on',
  keyFigures: 'Key figures',
  workshops: 'Workshops',
  participants: 'Participants',
  voters: 'Voters',
  items: 'Workshop recommendations',
  groups: 'Groups',
  dots: 'Dots',
  notes: 'Notes',
  missingTerritories: 'Expected territories without a contribution',
  noMissing: 'Every expected territory has contributed.',
  equalWorkshopScore: 'Equal-workshop score',
  breadth: 'Workshops',
  territories: 'Territories',
  minority: 'Minority position',
  minorityExplained:
    'Raised by one workshop only, where it was strongly supported: kept visible, not averaged away.',
  noRecommendation: '(recommendation not yet written by the organisers)',
  contributions: 'Workshop contributions',
  shareOfWorkshop: 'of the workshop',
  untitled: '(untitled)',
  noGroup: 'No recommendation for this dimension.',
  annex: 'Annex',
  annexIntro: 'The workshops that contributed to this synthesis.',
  workshop: 'Workshop',
  date: 'Date',
  source: 'Source',
  sources: { live: 'live', imported: 'imported' },
  status: 'Status',
  statuses: { running: 'running', closed: 'closed', imported: 'imported' },
  via: 'Via',
  rankingIntro:
    'Three rankings side by side: raw dots; the equal-workshop score, where every workshop counts the same whatever its size (the sum of the shares of their workshop’s dots, divided by the number of workshops); how many workshops raised it.',
  workshopRecommendation: 'Workshop recommendation',
  anonymity:
    'Participants are shown as anonymous numbers (P01, P02…) given within each workshop: P01 of two workshops are two different people.',
  colon: ':',
  openQuote: '“',
  closeQuote: '”',
  yes: 'yes',
  no: 'no',
  csv: {
    dimension: 'Dimension',
    groupRank: 'Group rank',
    groupTitle: 'Group title',
    groupRecommendation: 'Campaign recommendation',
    groupDots: 'Group dots',
    equalWorkshopScore: 'Equal-workshop score (%)',
    breadth: 'Number of workshops',
    minority: 'Minority position',
    territory: 'Territory',
    workshop: 'Workshop',
    date: 'Date',
    via: 'Via (regional campaign)',
    itemTitle: 'Title in the workshop',
    itemRecommendation: 'Workshop recommendation',
    itemDots: 'Dots',
    dotShare: 'Share of the workshop dots (%)',
    voters: 'Voters (people)',
    notes: 'Number of notes',
    participants: 'Participants',
    workshopDots: 'Workshop dots',
    source: 'Source',
    itemId: 'Recommendation id',
    workshopId: 'Workshop id',
    groupId: 'Group id',
    dimensionId: 'Dimension id',
  },
}

/** The synthesis labels of a language. */
export function synthesisLabels(language: Language): SynthesisLabels {
  return language === 'fr' ? fr : en
}
