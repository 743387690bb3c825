/**
 * Themes that recur in workshops of the cooperative movement, each a set of
 * words a facilitator would file under one heading. A note mentioning a theme
 * word gets the theme as an extra feature, so `lycée` and `étudiants` meet
 * under "jeunes" without losing their own meaning.
 *
 * The lists are domain knowledge, written for SCOP / SCIC / ESS workshops in
 * general, not for one session. Words are folded and stemmed when the table
 * is built, so a word whose stem is also a common unrelated word does not
 * belong here: `commune` (town) stems like `commun` (common), `pouvoir` is
 * mostly the modal verb, `fonds` stems like `fond` (back of the room),
 * `coopérer` like `coopérative` (every note).
 */
export interface Theme {
  /** Readable heading, used when the theme is the best title for a group. */
  label: string
  words: readonly string[]
}

/** Comma-separated entries; an entry may have several words (`grand public`). */
function list(entries: string): string[] {
  return entries
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
}

export const THEMES: Readonly<Record<string, Theme>> = {
  formation: {
    label: 'Formation',
    words: list(`
      formation, former, formateur, apprendre, apprentissage, module, tutorat, tuteur,
      mentorat, cours, enseigner, pedagogie, integration, parcours, webinaire, accueil
    `),
  },
  gouvernance: {
    label: 'Gouvernance',
    words: list(`
      democratie, democratique, vote, voter, voix, decider, decision, election, elire,
      mandat, ag, CA, assemblee, gouvernance, consulter, sociocratie, debattre, collegial,
      consentement, quorum, scrutin, president
    `),
  },
  citoyennete: {
    label: 'Citoyenneté',
    words: list(`
      citoyen, citoyennete, cite, civique, engagement, engager
    `),
  },
  participation: {
    label: 'Participation',
    words: list(`
      participer, participation, impliquer, implication, acteur, actrice
    `),
  },
  visibilite: {
    label: 'Visibilité',
    words: list(`
      visibilite, visible, invisible, communication, communiquer, campagne, media, logo,
      notoriete, image, connaitre, meconnu, inconnu, promouvoir, promotion, spot, tv,
      television, radio, discret, reconnaitre, temoignage, grand public, marque, label
    `),
  },
  valeur: {
    label: 'Partage de la valeur',
    words: list(`
      benefice, profit, dividende, reserve, impartageable, capital, actionnaire,
      investisseur, richesse, salaire, remuneration, interessement, repartition, resultat,
      argent, marge, valeur, ecart, ristourne, part sociale, excedent
    `),
  },
  ecologie: {
    label: 'Écologie',
    words: list(`
      ecologie, ecologique, environnement, climat, climatique, carbone, planete, pollution,
      polluer, sobriete, circuit court, reemploi, recyclage, renovation, energetique,
      biodiversite, transition, dechet, decarbonation
    `),
  },
  territoire: {
    label: 'Territoire',
    words: list(`
      territoire, territorial, local, localement, quartier, periphérie, delocaliser,
      relocaliser, ancrage, ancrer, emploi, habitant, rural, bassin
    `),
  },
  politique: {
    label: 'Plaidoyer',
    words: list(`
      politique, plaidoyer, lobbying, lobby, representer, representation, defendre, debat,
      position, militer, influence, loi, legislation, etat, gouvernement, elu, ministere,
      depute, senat, reforme
    `),
  },
  accompagnement: {
    label: 'Accompagnement',
    words: list(`
      accompagnement, accompagner, conseil, conseiller, delegue, suivi, suivre, urscop,
      revision, interlocuteur, expertise, appui, diagnostic, prevention, juridique, audit
    `),
  },
  numerique: {
    label: 'Numérique',
    words: list(`
      numerique, digital, plateforme, logiciel, application, intranet, site, internet,
      en ligne, visioconference, distance, libre, gafam, email, mail, collaboratif,
      open source, nextcloud, slack
    `),
  },
  mutualisation: {
    label: 'Mutualisation',
    words: list(`
      mutualiser, mutualisation, groupement, grouper, employeur
    `),
  },
  transmission: {
    label: 'Transmission',
    words: list(`
      transmission, transmettre, reprise, reprendre, repreneur, cedant, ceder, cession,
      rachat, racheter, retraite, succession, amorcage, transformation
    `),
  },
  commerce: {
    label: 'Achats entre coopératives',
    words: list(`
      achat, acheter, fournisseur, client, marche, commande, vendre, business, commercial,
      appel offre, sous traitance, intercooperation, devis
    `),
  },
  jeunesse: {
    label: 'Jeunes',
    words: list(`
      jeune, jeunesse, etudiant, lycee, lyceen, ecole, universite, college, adolescent,
      stage, stagiaire, alternance, alternant, apprenti, cursus, etudes, junior, cjs, enfant,
      diplome, service civique
    `),
  },
  collectivites: {
    label: 'Collectivités',
    words: list(`
      collectivite, mairie, municipal, municipalite, metropole, region, elu, agglomeration,
      service public, scic, maire, intercommunalite, prefecture
    `),
  },
  entraide: {
    label: 'Entraide',
    words: list(`
      entraide, aider, aide, solidarite, solidaire, soutien, soutenir, parrainage, parrain,
      marraine, binome, pair, mentor
    `),
  },
  rencontres: {
    label: 'Rencontres',
    words: list(`
      rencontre, rencontrer, retrouver, convivial, convivialite, apero, afterwork, club,
      visite, soiree, fete, evenement, congres, seminaire, forum
    `),
  },
  financement: {
    label: 'Financement',
    words: list(`
      banque, bancaire, financement, financer, credit, pret, investissement, financier,
      subvention, socoden, sofiscop, levee fonds
    `),
  },
  gestion: {
    label: 'Gestion',
    words: list(`
      compte, bilan, comptabilite, gestion, budget, finance, comptable
    `),
  },
  logistique: {
    label: 'Logistique de l’atelier',
    words: list(`
      stylo, feutre, post it, postit, buffet, cafe, pause, salle, micro, dejeuner, repas,
      chaise, wifi, horaire
    `),
  },
}
