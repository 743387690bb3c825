import type Konva from 'konva'
import { memo } from 'react'
import { Group, Rect, Text } from 'react-konva'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import type { BoardStore } from '../store/boardStore'
import { useIsSelected, useNoteView } from '../store/hooks'
import type { Selection } from '../store/selection'
import type { CanvasController } from './controller'
import { NOTE_TEXT } from './levelOfDetail'

interface NoteNodeProps {
  id: string
  store: BoardStore
  selection: Selection
  /** Null on the projector: read-only, nothing listens. */
  controller: CanvasController | null
}

const PADDING = 12

/**
 * One sticky note. Memoized and subscribed by id: it re-renders when its own
 * view or selection state changes, never because another note did.
 */
export const NoteNode = memo(function NoteNode({
  id,
  store,
  selection,
  controller,
}: NoteNodeProps) {
  const note = useNoteView(store, id)
  const selected = useIsSelected(selection, id)
  // The projector never shows a note the facilitator hid; the facilitator sees it faded.
  if (!note || (note.hidden && controller === null)) return null
  return (
    <Group
      id={`note-${id}`}
      x={note.x}
      y={note.y}
      draggable={controller !== null}
      listening={controller !== null}
      opacity={note.hidden ? 0.35 : 1}
      onPointerDown={
        controller
          ? (e: Konva.KonvaEventObject<PointerEvent>) => controller.notePointerDown(id, e)
          : undefined
      }
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
        stroke={selected ? '#2a62d8' : 'rgba(0,0,0,0.14)'}
        strokeWidth={selected ? 4 : 1}
        // A selection (or a suggestion being reviewed) must show on a zoomed-out board too: screen pixels.
        strokeScaleEnabled={!selected}
        perfectDrawEnabled={false}
      />
      <Text
        name={NOTE_TEXT}
        x={PADDING}
        y={PADDING}
        width={NOTE_WIDTH - 2 * PADDING}
        height={NOTE_HEIGHT - 2 * PADDING}
        text={note.text}
        fontSize={15}
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
