import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { precompress } from './vite-plugins/precompress'

// The dev server proxies the API and the websocket to a running Atelier server.
const target = process.env.ATELIER_DEV_SERVER ?? 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { conditions: ['@atelier/source'] },
  server: {
    proxy: {
      '/api': target,
      '/healthz': target,
      '/sync': { target, ws: true },
    },
  },
  // The manifest lets a test list exactly what the phone page loads (and prove Konva is not in it).
  build: { outDir: 'dist', sourcemap: true, manifest: true },
})
