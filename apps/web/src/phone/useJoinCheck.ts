import { useEffect, useState } from 'react'
import { takeJoinCheck } from './earlyJoinCheck'
import { joinErrorKey } from './joinErrorKey'

export type JoinCheckState =
  | { status: 'checking' }
  | { status: 'ok'; title: string }
  /** `key`: the i18n key of the refusal; `retry` only when the network failed. */
  | { status: 'refused'; key: string; retry?: () => void }

/**
 * Asks the server whether `code` opens a workshop before the phone asks for
 * a pseudonym: a mistyped code is refused on the first screen, with nothing
 * created on the server.
 */
export function useJoinCheck(code: string): JoinCheckState {
  const [state, setState] = useState<JoinCheckState>({ status: 'checking' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setState({ status: 'checking' })
    takeJoinCheck(code).then(
      (check) => live && setState({ status: 'ok', title: check.title }),
      (caught: unknown) => {
        if (!live) return
        const key = joinErrorKey(caught)
        setState(
          key === 'join.network' || key === 'join.failed'
            ? { status: 'refused', key, retry: () => setAttempt((n) => n + 1) }
            : { status: 'refused', key },
        )
      },
    )
    return () => {
      live = false
    }
  }, [code, attempt])
  return state
}
