import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { importTemplateFile, listSavedTemplates, type SavedTemplate } from './savedTemplates'

/** `congress`, `blank`, or `saved:<id>` for a template saved on this server. */
export type TemplateChoice = 'congress' | 'blank' | `saved:${string}`

interface Props {
  value: TemplateChoice
  onChange: (value: TemplateChoice) => void
}

/**
 * The create form's template: the built-in ones, those saved on this server
 * (from a workshop's settings), or a template file loaded from this computer.
 */
export function TemplatePicker({ value, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [saved, setSaved] = useState<SavedTemplate[]>([])
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  useEffect(() => {
    let live = true
    void listSavedTemplates().then((list) => live && setSaved(list))
    return () => {
      live = false
    }
  }, [])
  const chosen = value.startsWith('saved:') ? saved.find((s) => `saved:${s.id}` === value) : null
  return (
    <>
      <label htmlFor={`${id}-template`}>{t('home.template')}</label>
      <select
        id={`${id}-template`}
        value={value}
        onChange={(e) => onChange(e.target.value as TemplateChoice)}
        aria-describedby={chosen ? `${id}-dims` : undefined}
      >
        <option value="congress">{t('home.templateCongress')}</option>
        <option value="blank">{t('home.templateBlank')}</option>
        {saved.length > 0 ? (
          <optgroup label={t('writes.home.templateSaved')}>
            {saved.map((s) => (
              <option key={s.id} value={`saved:${s.id}`}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      {chosen ? (
        <p className="hint" id={`${id}-dims`}>
          {chosen.dimensions.map((d) => d.title).join(' · ')}
        </p>
      ) : null}
      <label htmlFor={`${id}-file`}>{t('writes.home.templateFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        onChange={async (e) => {
          const file = e.target.files?.[0]
          if (!file) return
          try {
            const template = await importTemplateFile(file)
            setSaved((list) => [template, ...list])
            onChange(`saved:${template.id}`)
            setMessage({
              ok: true,
              text: t('writes.home.templateFileLoaded', { name: template.name }),
            })
          } catch {
            setMessage({ ok: false, text: t('writes.home.templateFileInvalid') })
          }
        }}
      />
      {message ? (
        <p className={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </>
  )
}
