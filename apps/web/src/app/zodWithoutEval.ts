import { config } from 'zod'

// The server's Content-Security-Policy forbids eval (script-src 'self'). Zod
// would probe `Function('')` before its first parse to speed up objects: the
// probe is caught, but the browser still reports a CSP violation. Zod's
// interpreted path is fast enough for the summaries and templates parsed here.
config({ jitless: true })
