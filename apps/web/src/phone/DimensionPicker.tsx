import { useTranslation } from 'react-i18next'
import type { Dimension } from '../model'

/** Big radio buttons: a phone in one hand must hit them with a thumb. */
export function DimensionPicker({
  dimensions,
  value,
  onChange,
}: {
  dimensions: readonly Dimension[]
  value: string
  onChange: (id: string) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="picker">
      <legend>{t('collect.dimension')}</legend>
      {dimensions.map((dimension, index) => (
        <label key={dimension.id} className={`picker__option tone-${index % 4}`}>
          <input
            type="radio"
            name="dimension"
            value={dimension.id}
            checked={dimension.id === value}
            onChange={() => onChange(dimension.id)}
          />
          <span title={dimension.title}>{dimension.title}</span>
        </label>
      ))}
    </fieldset>
  )
}
