import { useTranslation } from 'react-i18next'
import { AddWorkshopForm } from './AddWorkshopForm'
import { AttachForm } from './AttachForm'
import { ImportForm } from './ImportForm'

interface Props {
  campaignId: string
  credential: string
  /** Called once something joined the campaign, so the page asks again at once. */
  onChange: () => void
}

/** The three ways a workshop joins a campaign (issue 10): created inside, attached, imported. */
export function ContributeSection(props: Props) {
  const { t } = useTranslation()
  return (
    <section className="campaign__contribute" aria-labelledby="campaign-contribute">
      <h2 id="campaign-contribute">{t('campaign.contribute.title')}</h2>
      <div className="campaign__contribute-grid">
        <AddWorkshopForm {...props} />
        <AttachForm {...props} />
        <ImportForm {...props} />
      </div>
    </section>
  )
}
