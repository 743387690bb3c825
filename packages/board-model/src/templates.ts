import type { Dimension, Language, Template } from './types.js'

type Text = Record<Language, { title: string; prompt: string }>

// French wording is the congress's own (see packages/fixtures/workshops/workshop-lyon.json); keep it verbatim.
const CONGRESS: { id: string; text: Text }[] = [
  {
    id: 'vision',
    text: {
      fr: {
        title:
          'Notre vision de la société et le rôle des coopératives comme actrices du changement',
        prompt:
          'Quelle société voulons-nous construire, et en quoi nos coopératives peuvent-elles en être actrices ?',
      },
      en: {
        title: 'Our vision of society and the role of cooperatives as actors of change',
        prompt:
          'What kind of society do we want to build, and how can our cooperatives help bring it about?',
      },
    },
  },
  {
    id: 'efficacite',
    text: {
      fr: {
        title: "L'efficacité du mouvement",
        prompt:
          "Qu'est-ce qui permettrait à notre mouvement (coopératives, URSCOP, Confédération) d'être plus efficace ?",
      },
      en: {
        title: 'The efficiency of the movement',
        prompt:
          'What would make our movement (cooperatives, regional unions, Confederation) more effective?',
      },
    },
  },
  {
    id: 'reseau',
    text: {
      fr: {
        title: 'Le développement du réseau',
        prompt: 'Comment développer et renforcer le réseau des SCOP et SCIC sur notre territoire ?',
      },
      en: {
        title: 'The development of the network',
        prompt: 'How can we grow and strengthen the network of worker cooperatives in our region?',
      },
    },
  },
]

const BLANK: { id: string; text: Text }[] = [
  {
    id: 'idees',
    text: {
      fr: { title: 'Idées', prompt: 'Quelles sont vos idées ?' },
      en: { title: 'Ideas', prompt: 'What are your ideas?' },
    },
  },
]

/**
 * The dimensions a template starts with, in the given language.
 *
 * @example
 * templateDimensions('congress', 'fr').map((d) => d.id) // ['vision', 'efficacite', 'reseau']
 */
export function templateDimensions(template: Template, language: Language): Dimension[] {
  const source = template === 'congress' ? CONGRESS : BLANK
  return source.map(({ id, text }, order) => ({ id, order, ...text[language] }))
}
