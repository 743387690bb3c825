/**
 * A labelled one-line text input, the shape of every "title" and
 * "territory" field of the creation forms (workshop, campaign, workshop
 * inside a campaign). The label points at the input, so screen readers and
 * tests find it by its text.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  required = false,
  maxLength = 200,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  required?: boolean
  maxLength?: number
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        maxLength={maxLength}
      />
    </>
  )
}
