import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

// Placeholder until the web issue: the server serves this build at `/`.
function App() {
  return <h1>Atelier</h1>
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
