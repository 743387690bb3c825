/**
 * Everyday synonyms: words that mean the same thing in a workshop about
 * cooperatives, mapped to one canonical word. Applied on stems, so plurals and
 * feminine forms follow (`boîtes` -> `entreprise`).
 *
 * Only true equivalences belong here; looser topical links go to `themes.ts`,
 * where they add a shared feature instead of erasing the word.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  entreprise: ['boite'],
  travail: ['boulot', 'taf', 'job'],
  dirigeant: ['patron', 'gerant', 'pdg', 'directeur', 'directrice'],
  ami: ['pote', 'copain', 'copine'],
  argent: ['fric', 'thune', 'pognon'],
  universite: ['faculte'],
  adolescent: ['ado'],
  jeune: ['jeunesse'],
  visioconference: ['zoom', 'teams'],
  // Not `employé`: its stem is that of `employeur`.
  salarie: ['travailleur', 'travailleuse'],
  associe: ['societaire'],
  rencontre: ['rendez-vous', 'retrouvaille'],
  mutualiser: ['mutualisation', 'mutualise'],
  entraide: ['entraider'],
  probleme: ['souci', 'galere', 'difficulte'],
}
