/**
 * Acronyms and jargon of the French cooperative movement, mapped to one
 * canonical term each so that `AG`, `assemblée générale` and `assemblées
 * générales` all become the term `ag`.
 *
 * Terms are never stemmed (`ess` must not lose its double s) and carry the
 * label used in titles. Everything here is general knowledge of the field,
 * valid for any SCOP / SCIC workshop; nothing is specific to one session.
 */

/** Canonical term -> label shown in a suggested title. */
export const TERMS: Readonly<Record<string, string>> = {
  ess: 'ESS',
  scop: 'SCOP',
  scic: 'SCIC',
  cae: 'CAE',
  cjs: 'CJS',
  urscop: 'URSCOP',
  cgscop: 'CG Scop',
  ag: 'AG',
  ca: 'CA',
  rh: 'RH',
  btp: 'BTP',
  cci: 'CCI',
  cma: 'CMA',
  cse: 'CSE',
  gafam: 'GAFAM',
}

/**
 * Folded single words -> replacement words (terms or plain words, which are
 * then stemmed). Covers acronyms, their plurals and the SMS spellings of phones.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  scops: 'scop',
  scics: 'scic',
  urs: 'urscop',
  urscops: 'urscop',
  // "l'Union" in a SCOP workshop is the regional union.
  union: 'urscop',
  ags: 'ag',
  ess: 'ess',
  coop: 'cooperative',
  coops: 'cooperatives',
  coope: 'cooperative',
  coopes: 'cooperatives',
  intercoop: 'intercooperation',
  asso: 'association',
  assos: 'associations',
  eco: 'economie',
  compta: 'comptabilite',
  fac: 'universite',
  facs: 'universites',
  ado: 'adolescent',
  ados: 'adolescents',
  pro: 'professionnel',
  visio: 'visioconference',
  appli: 'application',
  info: 'information',
  infos: 'informations',
  pb: 'probleme',
  pbs: 'problemes',
  pme: 'entreprise',
  tpe: 'entreprise',
  tjs: 'toujours',
  tt: 'tout',
  ds: 'dans',
  qd: 'quand',
  pr: 'pour',
  bcp: 'beaucoup',
  jms: 'jamais',
  rdv: 'rencontre',
}

/**
 * Acronyms recognised only when typed in capitals, because their folded form
 * is a common word: `CA` (conseil d'administration) folds like `ça`.
 */
export const CASE_SENSITIVE: Readonly<Record<string, string>> = { CA: 'ca' }

/**
 * Multi-word expressions -> one term, matched on stems of content words (stop
 * words are skipped first, so `conseil d'administration` is `conseil administration`).
 */
export const PHRASES: readonly (readonly [phrase: string, term: string])[] = [
  ['economie sociale solidaire', 'ess'],
  ['union regionale scop', 'urscop'],
  ['union regionale', 'urscop'],
  ['confederation generale scop', 'cgscop'],
  ['cg scop', 'cgscop'],
  ['assemblee generale', 'ag'],
  ['conseil administration', 'ca'],
  ['ressources humaines', 'rh'],
  ['societe cooperative participative', 'scop'],
  ['societe cooperative ouvriere production', 'scop'],
  ['societe cooperative interet collectif', 'scic'],
  ['cooperative activite emploi', 'cae'],
  ['cooperative jeunesse services', 'cjs'],
  ['batiment travaux publics', 'btp'],
  ['chambre commerce industrie', 'cci'],
  ['chambre metiers', 'cma'],
  ['comite social economique', 'cse'],
  ['inter cooperation', 'intercooperation'],
  ['inter cooperative', 'intercooperation'],
]
