import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { phoneMessages } from '../src/i18n/phoneMessages'

const TRANSLATIONS = /\/src\/i18n\/(fr|en)\.json$/

/** Hands the phone build only the messages the phone shows (src/i18n/phoneMessages.ts). */
export function phoneMessagesOnly(): Plugin {
  return {
    name: 'atelier:phone-messages',
    enforce: 'pre',
    load(id) {
      if (!TRANSLATIONS.test(id)) return null
      return JSON.stringify(phoneMessages(JSON.parse(readFileSync(id, 'utf8'))))
    },
  }
}
