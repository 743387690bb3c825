/**
 * The messages the phone page ships: a namespace of the translation files
 * (`phone`), or one message of it (`board.dots`, with its plural forms).
 * The phone is built apart (vite.phone.config.ts) and downloaded on 3G at
 * the start of a workshop: the board's, campaign's and projector's strings
 * were three quarters of its French, about 9 KiB of its gzipped download.
 * `phoneMessages.test.ts` fails when a module the phone imports uses a
 * message this list leaves out.
 */
export const PHONE_MESSAGES = [
  'app',
  'board.dots',
  'cluster',
  'collect',
  'connection',
  'gates',
  'join',
  'language',
  'myNotes',
  'noteStatus',
  'phase',
  'phone',
  'phoneFlow',
  'reason',
  'timer',
  'vote',
] as const

type Messages = Record<string, unknown>

/** The part of a translation file the phone needs. */
export function phoneMessages(all: Messages): Messages {
  const picked: Messages = {}
  for (const entry of PHONE_MESSAGES) {
    const [namespace, message] = entry.split('.') as [string, string | undefined]
    const source = all[namespace] as Messages | undefined
    if (!source) continue
    if (message === undefined) {
      picked[namespace] = source
      continue
    }
    const part = (picked[namespace] as Messages | undefined) ?? {}
    picked[namespace] = part
    // i18next's plural forms sit beside the message: dots_one, dots_other.
    for (const [key, value] of Object.entries(source))
      if (key === message || key.startsWith(`${message}_`)) part[key] = value
  }
  return picked
}
