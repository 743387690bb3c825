import type Konva from 'konva'
import { memo } from 'react'
import { Circle, Group, Rect, Text } from 'react-konva'
import { CLUSTER_HEADER, CLUSTER_PADDING } from '../geometry/constants'
import type { BoardStore } from '../store/boardStore'
import { useClusterView } from '../store/hooks'
import type { CanvasController } from './controller'

interface ClusterNodeProps {
  id: string
  store: BoardStore
  controller: CanvasController | null
  untitled: string
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

/** A cluster panel: drag it to move its notes along; double-click its title to rename it. */
export const ClusterNode = memo(function ClusterNode({
  id,
  store,
  controller,
  untitled,
}: ClusterNodeProps) {
  const cluster = useClusterView(store, id)
  if (!cluster) return null
  const { rect, color, title, tally } = cluster
  const titleWidth = rect.width - 2 * CLUSTER_PADDING - (tally === null ? 0 : 56)
  return (
    <Group
      id={`cluster-${id}`}
      x={rect.x}
      y={rect.y}
      draggable={controller !== null}
      listening={controller !== null}
      onDragStart={controller ? () => controller.clusterDragStart(id) : undefined}
      onDragMove={
        controller
          ? (e: Konva.KonvaEventObject<DragEvent>) => controller.clusterDragMove(id, e.target)
          : undefined
      }
      onDragEnd={controller ? () => controller.clusterDragEnd(id) : undefined}
      onClick={controller ? () => controller.openCluster(id) : undefined}
      onTap={controller ? () => controller.openCluster(id) : undefined}
      onDblClick={controller ? () => controller.renameCluster(id) : undefined}
      onDblTap={controller ? () => controller.renameCluster(id) : undefined}
    >
      <Rect
        width={rect.width}
        height={rect.height}
        fill="#ffffff"
        opacity={0.92}
        cornerRadius={10}
        stroke={color}
        strokeWidth={4}
        perfectDrawEnabled={false}
      />
      <Rect
        width={rect.width}
        height={CLUSTER_HEADER - 8}
        fill={color}
        cornerRadius={[10, 10, 0, 0]}
        perfectDrawEnabled={false}
      />
      <Text
        x={CLUSTER_PADDING}
        y={10}
        width={titleWidth}
        height={CLUSTER_HEADER - 20}
        text={title || untitled}
        fontSize={22}
        fontStyle="bold"
        fontFamily={FONT}
        fill={title ? '#1c2226' : '#5b6169'}
        wrap="none"
        ellipsis
        listening={false}
      />
      {tally === null ? null : (
        <Group x={rect.width - CLUSTER_PADDING - 22} y={(CLUSTER_HEADER - 8) / 2} listening={false}>
          <Circle radius={22} fill="#14625a" />
          <Text
            x={-22}
            y={-11}
            width={44}
            align="center"
            text={String(tally)}
            fontSize={22}
            fontStyle="bold"
            fontFamily={FONT}
            fill="#ffffff"
          />
        </Group>
      )}
    </Group>
  )
})
