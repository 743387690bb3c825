/**
 * Stop words, already folded (no accents, lower case), for French and English.
 *
 * Both lists are always applied: participants mix languages ("afterwork",
 * "business") and an English stop word is never a useful French keyword.
 * Beyond the usual function words, the French list holds the fillers and modal
 * verbs of spoken French that sticky notes are full of ("faut", "truc", "super").
 */

const FRENCH = `
a ai aie aient ait alors as au aucun aucune aupres aura aurai auraient aurait auras aurez auriez
aurions aurons auront aussi autre autres aux avaient avais avait avant avec avez aviez avions avoir
avons ayant ayez ayons bah beaucoup bien bref c ca car ce ceci cela celle celles celui cependant
certain certaine certains ces cet cette ceux chacun chacune chaque chez chose choses ci comme comment
d dans de depuis des deja devrait devraient devrions doit doivent donc dont du e elle elles en encore
entre es est et etaient etais etait etant etc ete etes etiez etions etre eu eue eues eurent eus eut
eux faire fais fait faites faudrait faut fois font furent fut genre ici il ils j je jusqu juste l la
le les leur leurs lui m ma mais me meme memes mes moi mon n ne ni non nos notre nous o on ont ou oui
par parce pas peu peut peuvent peux plein plupart plus pour pourquoi pourrait pourraient
presque puis qu quand que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serait
seras serez seriez serions serons seront ses si sinon soi soient soit sommes son sont souvent suis
sur t ta te tes toi ton toujours tous tout toute toutes tres trop truc trucs tu un une unes uns v va
vers veut veulent via voici voila vont vos votre vous vraiment vrai vraie y an ans annee annees
monde personne super top ok svp dire dit mettre met mis aller aille allez jamais rien plutot
seulement assez davantage mieux gens sait sais savent
`

const ENGLISH = `
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just let me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves
`

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0)
}

/** Folded stop words of both languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...words(FRENCH), ...words(ENGLISH)])
