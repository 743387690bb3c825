import type Konva from 'konva'

/**
 * Level of detail: below `TEXT_MIN_SCALE` a note's 15 px text is 3 px on
 * screen, a grey smudge that costs most of a frame on a board of thousands
 * of notes. The text nodes stay in the tree (an export draws them at full
 * size); only their visibility follows the zoom, set here, outside React,
 * so crossing the threshold re-renders nothing.
 */
export const TEXT_MIN_SCALE = 0.2

/** Konva name of every note's text node. */
export const NOTE_TEXT = 'note-text'

/** Shows or hides every note's text under `root`; returns the nodes it changed. */
export function showNoteText(root: Konva.Container, show: boolean): Konva.Node[] {
  const changed: Konva.Node[] = []
  for (const text of root.find(`.${NOTE_TEXT}`)) {
    if (text.visible() === show) continue
    text.visible(show)
    changed.push(text)
  }
  return changed
}
