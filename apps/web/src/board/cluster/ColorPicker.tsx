import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { CLUSTER_COLORS, recolorCluster } from '../../model'
import { FACILITATOR } from '../canvas/controller'

/** Names of `CLUSTER_COLORS`, in the same order, for screen readers. */
const NAMES = ['amber', 'green', 'blue', 'pink', 'violet', 'orange', 'cyan', 'grey'] as const

/** The cluster palette as radio swatches (keyboard: arrows move between colours). */
export function ColorPicker({
  doc,
  clusterId,
  color,
}: {
  doc: Y.Doc
  clusterId: string
  color: string | null
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="color-picker">
      <legend>{t('clusterPanel.color')}</legend>
      {CLUSTER_COLORS.map((c, i) => (
        <label key={c} className="color-picker__swatch" style={{ background: c }}>
          <input
            type="radio"
            name={`color-${clusterId}`}
            value={c}
            checked={c === color}
            aria-label={t(`colors.${NAMES[i] ?? 'grey'}`)}
            onChange={() => recolorCluster(doc, clusterId, c, FACILITATOR)}
          />
        </label>
      ))}
    </fieldset>
  )
}
