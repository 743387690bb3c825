import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Route } from './route'

// One chunk per face: the phone must never download Konva, and a projector
// never needs the phone's forms.
const HomePage = lazy(() => import('../home/HomePage'))
const PhonePage = lazy(() => import('../phone/PhonePage'))
const BoardPage = lazy(() => import('../board/BoardPage'))
const ScreenPage = lazy(() => import('../screen/ScreenPage'))
const ResultsPage = lazy(() => import('../results/ResultsPage'))
const CampaignPage = lazy(() => import('../campaign/CampaignPage'))
const CongressScreenPage = lazy(() => import('../campaign/screen/CongressScreenPage'))
const TerritoryPage = lazy(() => import('../campaign/territory/TerritoryPage'))

export function App({ route }: { route: Route }) {
  const { t } = useTranslation()
  return (
    <Suspense fallback={<p className="page-loading">{t('app.loading')}</p>}>
      {route.name === 'home' ? <HomePage /> : null}
      {route.name === 'join' ? <PhonePage code={route.code} /> : null}
      {route.name === 'board' ? <BoardPage workshopId={route.workshopId} /> : null}
      {route.name === 'screen' ? <ScreenPage workshopId={route.workshopId} /> : null}
      {route.name === 'results' ? <ResultsPage workshopId={route.workshopId} /> : null}
      {route.name === 'campaign' ? <CampaignPage campaignId={route.campaignId} /> : null}
      {route.name === 'campaignScreen' ? (
        <CongressScreenPage campaignId={route.campaignId} />
      ) : null}
      {route.name === 'territory' ? <TerritoryPage campaignId={route.campaignId} /> : null}
      {route.name === 'notFound' ? <NotFound /> : null}
    </Suspense>
  )
}

function NotFound() {
  const { t } = useTranslation()
  return (
    <main className="not-found">
      <h1>{t('notFound.title')}</h1>
      <a href="/">{t('notFound.home')}</a>
    </main>
  )
}
