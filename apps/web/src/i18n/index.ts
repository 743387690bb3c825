import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import fr from './fr.json'

export type Language = 'fr' | 'en'
export const LANGUAGES: readonly Language[] = ['fr', 'en']

// A language the person picked with the switch wins over the workshop's
// language for the rest of the visit on this device.
const CHOICE_KEY = 'atelier.language'

function storedChoice(): Language | null {
  try {
    const value = localStorage.getItem(CHOICE_KEY)
    return value === 'fr' || value === 'en' ? value : null
  } catch {
    return null
  }
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: storedChoice() ?? 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  syncDocumentLanguage(i18next.language)
  i18next.on('languageChanged', syncDocumentLanguage)
  return i18next
}

/** Called when the board's meta says which language the workshop runs in. */
export function applyWorkshopLanguage(language: Language): void {
  if (storedChoice() === null && i18next.language !== language)
    void i18next.changeLanguage(language)
}

/** The switch: remembered on this device. */
export function chooseLanguage(language: Language): void {
  try {
    localStorage.setItem(CHOICE_KEY, language)
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  void i18next.changeLanguage(language)
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language
}
