import { checkJoinCode, type JoinCheck } from '../api/client'
import { loadPhoneSession } from '../api/storage'

// The join link's code check, asked as soon as the entry runs instead of
// once the phone page has rendered: on a 3G link its round trip then overlaps
// parsing and the first render instead of following them.
let early: { code: string; answer: Promise<JoinCheck> } | null = null

/** Called by the entry on a join route, before React renders; not when this phone has joined already. */
export function startJoinCheck(code: string): void {
  if (loadPhoneSession(code)) return
  const answer = checkJoinCode(code)
  // Read later by the page; not an unhandled rejection meanwhile.
  answer.catch(() => {})
  early = { code, answer }
}

/** The early answer for `code` the first time it is asked for, a fresh check after that (a retry). */
export function takeJoinCheck(code: string): Promise<JoinCheck> {
  if (early?.code === code) {
    const { answer } = early
    early = null
    return answer
  }
  return checkJoinCode(code)
}
