// The phone's own entry (phone.html, served for `/j/<code>`), built by
// vite.phone.config.ts with Preact standing in for React: on a 3G link every
// kilobyte counts, and the phone needs none of the other faces.
// First: configures zod before any module parses with it.
import '../app/zodWithoutEval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerOfflineShell } from '../app/offlineShell'
import { parseRoute } from '../app/route'
import { initI18n } from '../i18n'
import '../styles/base.css'
import { startJoinCheck } from './earlyJoinCheck'
import PhonePage from './PhonePage'

const route = parseRoute(location.pathname)
if (route.name !== 'join') {
  // Only join links get this page; anything else belongs to the full app.
  location.replace('/')
} else {
  // Phones must reload offline without losing the page.
  registerOfflineShell()
  startJoinCheck(route.code)
  // French is there at once; a device set to English waits for its strings
  // rather than flashing French first.
  void initI18n().then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PhonePage code={route.code} />
      </StrictMode>,
    ),
  )
}
