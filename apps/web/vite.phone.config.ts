import { defineConfig } from 'vite'
import { phoneMessagesOnly } from './vite-plugins/phoneMessages'
import { precompress } from './vite-plugins/precompress'

// The phone page on its own (phone.html, which the server sends for
// `/j/<code>`), with Preact in place of React: React DOM alone was 63 KiB of
// the phone's 148 KiB gzipped, Preact with its compat layer is about 11. The
// phone's components are the app's own, written against React's API; the
// aliases hand them, and react-i18next, preact/compat instead. Built after
// vite.config.ts into the same dist, which it must not empty. Its translations
// hold only the phone's messages (src/i18n/phoneMessages.ts).
export default defineConfig({
  plugins: [phoneMessagesOnly(), precompress()],
  resolve: {
    conditions: ['@atelier/source'],
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // sw.js is copied by the app's build already.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    // Its own manifest beside the app's: tests and the bench read what the phone loads from it.
    manifest: '.vite/phone-manifest.json',
    rollupOptions: { input: 'phone.html' },
  },
})
