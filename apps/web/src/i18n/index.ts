import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import fr from './fr.json'

export type Language = 'fr' | 'en'
export const LANGUAGES: readonly Language[] = ['fr', 'en']

// A language the person picked with the switch wins over the workshop's
// language for the rest of the visit on this device.
const CHOICE_KEY = 'atelier.language'

// French is the default and the fallback, so it ships in the entry; English
// (a sixth of a phone's download) comes in its own chunk, fetched only once a
// person or a workshop asks for it.
const LOADERS: Record<Language, () => Promise<Record<string, unknown>>> = {
  fr: async () => fr,
  en: async () => (await import('./en.json')).default,
}

function storedChoice(): Language | null {
  try {
    const value = localStorage.getItem(CHOICE_KEY)
    return value === 'fr' || value === 'en' ? value : null
  } catch {
    return null
  }
}

/** Resolves once the first language is ready (at once for French). */
export function initI18n(): Promise<typeof i18next> {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr } },
    lng: 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  syncDocumentLanguage(i18next.language)
  i18next.on('languageChanged', syncDocumentLanguage)
  const choice = storedChoice()
  return (choice ? switchTo(choice) : Promise.resolve()).then(() => i18next)
}

/** Called when the board's meta says which language the workshop runs in. */
export function applyWorkshopLanguage(language: Language): void {
  if (storedChoice() === null && i18next.language !== language) void switchTo(language)
}

/** The switch: remembered on this device. */
export function chooseLanguage(language: Language): void {
  try {
    localStorage.setItem(CHOICE_KEY, language)
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  void switchTo(language)
}

const loading = new Map<Language, Promise<void>>()

/** Loads `language`'s strings (once) and then switches to it; French stays on if they fail to load. */
function switchTo(language: Language): Promise<void> {
  let loaded = loading.get(language)
  if (!loaded) {
    loaded = i18next.hasResourceBundle(language, 'translation')
      ? Promise.resolve()
      : LOADERS[language]().then((strings) => {
          i18next.addResourceBundle(language, 'translation', strings)
        })
    loaded = loaded.catch((error: unknown) => {
      loading.delete(language)
      throw error
    })
    loading.set(language, loaded)
  }
  return loaded.then(
    () => void i18next.changeLanguage(language),
    () => {
      // Offline before the strings ever came: the page stays in French.
    },
  )
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language
}
