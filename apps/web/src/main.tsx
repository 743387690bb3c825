// First: configures zod before any module parses with it.
import './app/zodWithoutEval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { registerOfflineShell } from './app/offlineShell'
import { parseRoute } from './app/route'
import { initI18n } from './i18n'
import { startJoinCheck } from './phone/earlyJoinCheck'
import './styles/base.css'

const route = parseRoute(location.pathname)
// Phones must reload offline without losing the page; other faces do not need it.
if (route.name === 'join' || route.name === 'home') registerOfflineShell()
if (route.name === 'join') startJoinCheck(route.code)

// French is there at once; a device set to English waits for its strings
// rather than flashing French first.
void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App route={route} />
    </StrictMode>,
  ),
)
