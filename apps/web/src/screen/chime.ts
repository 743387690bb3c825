// A soft two-note chime for the end of the countdown, projector only.
// Browsers refuse to start audio before the page has had a user gesture, and
// log an error when one tries; so the AudioContext is created only inside a
// gesture (the facilitator clicks the projector once when setting it up) and
// the chime stays silent otherwise, never throwing.

let context: AudioContext | null = null

function unlock(): void {
  if (context || typeof AudioContext === 'undefined') return
  context = new AudioContext()
  void context.resume().catch(() => {})
}

/** True once a gesture has allowed sound on this page. */
export function chimeArmed(): boolean {
  return context !== null
}

/**
 * Listens for the first gesture on the page to allow sound later, and tells
 * `onArmed` when it came; returns a cleanup.
 */
export function armChime(onArmed?: () => void): () => void {
  const events = ['pointerdown', 'keydown'] as const
  const handler = () => {
    unlock()
    onArmed?.()
  }
  for (const e of events) window.addEventListener(e, handler, { once: true })
  return () => {
    for (const e of events) window.removeEventListener(e, handler)
  }
}

/** Name of the window event announcing the end of the countdown (sound or not). */
export const TIMER_END_EVENT = 'atelier:timer-end'

/**
 * Signals the end of the countdown: a window event (what a test, or an
 * add-on such as a light, can listen to), and the chime if sound is allowed.
 */
export function playChime(): void {
  window.dispatchEvent(new Event(TIMER_END_EVENT))
  const ctx = context
  if (ctx?.state !== 'running') return
  const start = ctx.currentTime
  // Two sine notes (E5 then A5) with a slow attack and long release: noticeable, not alarming.
  for (const [offset, frequency] of [
    [0, 659.25],
    [0.35, 880],
  ] as const) {
    const osc = ctx.createOscillator()
    const gain = ctx.createGain()
    osc.type = 'sine'
    osc.frequency.value = frequency
    const t0 = start + offset
    gain.gain.setValueAtTime(0, t0)
    gain.gain.linearRampToValueAtTime(0.18, t0 + 0.04)
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 1.6)
    osc.connect(gain).connect(ctx.destination)
    osc.start(t0)
    osc.stop(t0 + 1.7)
  }
}
