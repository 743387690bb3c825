import { useTranslation } from 'react-i18next'
import type { ConnectionStatus } from '../sync/connectionStatus'

/** The connection as it is, in words and colour; announced politely to screen readers. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation()
  return (
    <span
      className={`connection connection--${status}`}
      role="status"
      aria-live="polite"
      data-status={status}
    >
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  )
}
