import type Konva from 'konva'
import { memo } from 'react'
import { Group, Rect, Text } from 'react-konva'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { NOTE_FONT_SIZE } from '../geometry/initialFit'
import type { BoardStore } from '../store/boardStore'
import { useIsDimmed, useIsSelected, useNoteView } from '../store/hooks'
import { Selection } from '../store/selection'
import type { CanvasController } from './controller'
import { NOTE_TEXT } from './levelOfDetail'

interface NoteNodeProps {
  id: string
  store: BoardStore
  selection: Selection
  /** Null on the projector: read-only, nothing listens. */
  controller: CanvasController | null
  /** Search matches: drawn with a thick orange outline. */
  matches?: Selection
}

const PADDING = 12
const NO_MATCHES = new Selection()
const MATCH = '#e8590c'

/**
 * One sticky note. Memoized and subscribed by id: it re-renders when its own
 * view or selection state changes, never because another note did.
 */
export const NoteNode = memo(function NoteNode({
  id,
  store,
  selection,
  controller,
  matches = NO_MATCHES,
}: NoteNodeProps) {
  const note = useNoteView(store, id)
  const selected = useIsSelected(selection, id)
  const matched = useIsSelected(matches, id)
  const dimmed = useIsDimmed(matches, id)
  // The projector never shows a note the facilitator hid; the facilitator sees it faded.
  if (!note || (note.hidden && controller === null)) return null
  return (
    <Group
      id={`note-${id}`}
      x={note.x}
      y={note.y}
      draggable={controller !== null}
      listening={controller !== null}
      opacity={(note.hidden ? 0.35 : 1) * (dimmed ? 0.35 : 1)}
      onPointerDown={
        controller
          ? (e: Konva.KonvaEventObject<PointerEvent>) => controller.notePointerDown(id, e)
          : undefined
      }
      onPointerMove={
        controller
          ? (e: Konva.KonvaEventObject<PointerEvent>) => controller.notePointerMove(e)
          : undefined
      }
      onPointerUp={controller ? () => controller.notePointerUp() : undefined}
      onContextMenu={
        controller
          ? (e: Konva.KonvaEventObject<PointerEvent>) => controller.noteContextMenu(id, e)
          : undefined
      }
      onDragStart={controller ? () => controller.noteDragStart(id) : undefined}
      onDragMove={
        controller
          ? (e: Konva.KonvaEventObject<DragEvent>) => controller.noteDragMove(id, e.target)
          : undefined
      }
      onDragEnd={controller ? () => controller.noteDragEnd(id) : undefined}
    >
      <Rect
        width={NOTE_WIDTH}
        height={NOTE_HEIGHT}
        fill={note.color}
        cornerRadius={4}
        stroke={selected ? '#2a62d8' : matched ? MATCH : 'rgba(0,0,0,0.14)'}
        strokeWidth={selected ? 4 : matched ? 5 : 1}
        // A selection, a suggestion being reviewed or a search match must show on a zoomed-out board too: screen pixels.
        strokeScaleEnabled={!selected && !matched}
        name={matched ? 'note-match' : undefined}
        perfectDrawEnabled={false}
      />
      <Text
        name={NOTE_TEXT}
        x={PADDING}
        y={PADDING}
        width={NOTE_WIDTH - 2 * PADDING}
        height={NOTE_HEIGHT - 2 * PADDING}
        text={note.text}
        fontSize={NOTE_FONT_SIZE}
        lineHeight={1.25}
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
        fill="#1c2226"
        wrap="word"
        ellipsis
        listening={false}
        perfectDrawEnabled={false}
      />
    </Group>
  )
})
