import { useTranslation } from 'react-i18next'
import { listFacilitatedWorkshops } from '../api/storage'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { CreateCampaignForm } from './CreateCampaignForm'
import { CreateWorkshopForm } from './CreateWorkshopForm'
import { JoinByCode } from './JoinByCode'
import '../phone/phone.css'
import './home.css'

/** `/`: participants type a code; facilitators create a workshop. */
export default function HomePage() {
  const { t } = useTranslation()
  const mine = listFacilitatedWorkshops()
  return (
    <div className="home">
      <header className="phone__bar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="home__main">
        <p className="home__tagline">{t('home.tagline')}</p>
        <JoinByCode />
        <CreateWorkshopForm />
        {mine.length > 0 ? (
          <section className="card" aria-labelledby="mine-title">
            <h2 id="mine-title">{t('home.mine')}</h2>
            <ul className="home__mine">
              {mine.map((w) => (
                <li key={w.id}>
                  <a href={`/w/${encodeURIComponent(w.id)}`}>{w.title}</a>
                  <span className="hint"> · {w.code}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <CreateCampaignForm />
      </main>
    </div>
  )
}
