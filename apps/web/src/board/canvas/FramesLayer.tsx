import { memo } from 'react'
import { Group, Layer, Rect, Text } from 'react-konva'
import { FRAME_PADDING } from '../geometry/constants'
import type { FrameView } from '../store/views'

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
const TONES = ['#f5c400', '#4a90d9', '#4caf50', '#e0607e']

/**
 * One frame per dimension. Static content on its own layer that never
 * listens to events: it redraws only when a frame's size or text changes.
 */
export const FramesLayer = memo(function FramesLayer({ frames }: { frames: readonly FrameView[] }) {
  return (
    <Layer listening={false}>
      {frames.map((frame) => (
        <Group key={frame.id} x={frame.rect.x} y={frame.rect.y}>
          <Rect
            width={frame.rect.width}
            height={frame.rect.height}
            fill="#ffffff"
            stroke="#d8d4cb"
            strokeWidth={2}
            cornerRadius={16}
          />
          <Rect
            width={frame.rect.width}
            height={10}
            fill={TONES[frame.tone]}
            cornerRadius={[16, 16, 0, 0]}
          />
          <Text
            x={FRAME_PADDING}
            y={30}
            width={frame.rect.width - 2 * FRAME_PADDING}
            text={frame.title}
            fontSize={30}
            fontStyle="bold"
            fontFamily={FONT}
            fill="#1c2226"
            wrap="word"
            ellipsis
            height={40}
          />
          <Text
            x={FRAME_PADDING}
            y={76}
            width={frame.rect.width - 2 * FRAME_PADDING}
            text={frame.prompt}
            fontSize={19}
            fontFamily={FONT}
            fill="#4a545b"
            wrap="word"
            ellipsis
            height={48}
          />
        </Group>
      ))}
    </Layer>
  )
})
