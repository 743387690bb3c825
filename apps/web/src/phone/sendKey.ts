import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react'

/**
 * True for the `beforeinput` a keyboard's Enter/send key produces in a
 * textarea. Browsers and input methods differ: `insertLineBreak`,
 * `insertParagraph`, or (iOS predictive text, dictation) `insertText` of a
 * bare new line. Pure.
 *
 * @example
 * isLineBreakInput('insertText', '\n') // true
 * isLineBreakInput('insertText', 'a') // false
 */
export function isLineBreakInput(inputType: string, data: string | null): boolean {
  if (inputType === 'insertLineBreak' || inputType === 'insertParagraph') return true
  return inputType === 'insertText' && data !== null && /^(\r\n|\r|\n)$/.test(data)
}

/**
 * Enter sends, Shift+Enter is a new line, for a hardware keyboard and for a
 * phone's soft keyboard alike. Two paths, because phones do not tell keys
 * apart the same way:
 *
 * - a hardware Enter arrives as a `keydown` with `key: 'Enter'`: it sends,
 *   unless an input method is composing (a desktop IME's Enter confirms the
 *   candidate; the browser then inserts no line break);
 * - an Android or iOS soft keyboard often reports its keys as composing or
 *   `keyCode` 229 (a word stays "composed" until the next space), so its
 *   send key is recognised by the line break it is about to insert, which
 *   is cancelled and sent instead. A Shift+Enter just before lets its line
 *   break through.
 *
 * Returns the `onKeyDown` handler for the textarea `ref` points at.
 */
export function useSendKey(
  ref: RefObject<HTMLTextAreaElement | null>,
  send: () => void,
  mounted: boolean,
): (event: KeyboardEvent<HTMLTextAreaElement>) => void {
  const newlineAllowed = useRef(false)
  const sendRef = useRef(send)
  sendRef.current = send

  useEffect(() => {
    const box = ref.current
    if (!mounted || !box) return
    const onBeforeInput = (event: InputEvent) => {
      if (!isLineBreakInput(event.inputType, event.data)) return
      if (newlineAllowed.current) {
        newlineAllowed.current = false
        return
      }
      event.preventDefault()
      sendRef.current()
    }
    box.addEventListener('beforeinput', onBeforeInput)
    return () => box.removeEventListener('beforeinput', onBeforeInput)
  }, [ref, mounted])

  return (event) => {
    newlineAllowed.current = false
    if (event.key !== 'Enter') return
    if (event.shiftKey) {
      newlineAllowed.current = true
      return
    }
    // Composing: either a desktop IME confirming (no line break follows) or
    // a soft keyboard (its line break follows): `beforeinput` decides.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return
    event.preventDefault()
    sendRef.current()
  }
}
