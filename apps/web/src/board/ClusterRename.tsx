import { type RefObject, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ActionContext, renameCluster } from './actions'
import type { CanvasHandle } from './canvas/BoardCanvas'
import { CLUSTER_HEADER } from './geometry/constants'

interface Props {
  clusterId: string
  ctx: ActionContext
  canvas: RefObject<CanvasHandle | null>
  onDone: () => void
}

/** Inline rename: a real text input laid over the cluster's title on the canvas. */
export function ClusterRename({ clusterId, ctx, canvas, onDone }: Props) {
  const { t } = useTranslation()
  const cluster = ctx.store.cluster(clusterId)
  const [title, setTitle] = useState(cluster?.title ?? '')
  const viewport = canvas.current?.viewport()
  if (!cluster || !viewport) return null
  const { rect } = cluster
  const commit = () => {
    renameCluster.perform(ctx, clusterId, title)
    onDone()
  }
  return (
    <input
      className="cluster-rename"
      aria-label={t('board.renameCluster')}
      placeholder={t('cluster.untitled')}
      // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this cluster
      autoFocus
      value={title}
      maxLength={120}
      onChange={(e) => setTitle(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit()
        if (e.key === 'Escape') onDone()
      }}
      style={{
        left: rect.x * viewport.scale + viewport.x,
        top: rect.y * viewport.scale + viewport.y,
        width: Math.max(180, rect.width * viewport.scale),
        height: Math.max(32, (CLUSTER_HEADER - 8) * viewport.scale),
        fontSize: Math.max(14, 22 * viewport.scale),
      }}
    />
  )
}
