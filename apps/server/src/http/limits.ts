/**
 * Every limit of the HTTP surface, in one typed place. The defaults fit a
 * congress on a laptop: JSON bodies are small (a note is 280 characters, a
 * workshop's settings a few hundred bytes); the import of a whole session's
 * summary is the one large body. Tests pass tiny values through
 * `startServer({ httpLimits })`.
 */
export interface HttpLimits {
  /** Largest body of any API request, in bytes (413 `body-too-large` above it). */
  jsonBodyBytes: number
  /** Largest body of `POST /api/workshops/import` (a summary JSON file), in bytes. */
  importBodyBytes: number
  /**
   * Workshops one remote address may create (POST /api/workshops and the
   * import): a bucket of `burst` creations refilled at `perMinute`; 429
   * `rate-limited` when empty. Requests from this computer are not counted.
   */
  workshopCreation: { burst: number; perMinute: number }
  /**
   * Joins (POST /api/join) one remote address may make: a whole venue behind
   * one NAT address is one address, so 500 phones in a minute must fit.
   */
  joinsPerAddress: { burst: number; perMinute: number }
  /** Joins one workshop accepts, whatever the address (a script minting participants). */
  joinsPerCode: { burst: number; perMinute: number }
  /**
   * Failed code lookups (unknown code, GET /api/join/:code and POST /api/join)
   * per remote address; once spent, every lookup from it is 429
   * `too-many-attempts`, right codes included, so guessing learns nothing.
   */
  failedJoinsPerAddress: { burst: number; perMinute: number }
  /** Failed code lookups from all addresses together (a guesser with many addresses). */
  failedJoinsGlobal: { burst: number; perMinute: number }
  /**
   * Flags and withdrawals one territory feedback link may make (per
   * campaign and workshop, whatever the address): 429 `rate-limited` when spent.
   */
  territoryFlags: { burst: number; perMinute: number }
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  jsonBodyBytes: 1024 * 1024,
  importBodyBytes: 16 * 1024 * 1024,
  workshopCreation: { burst: 20, perMinute: 10 },
  joinsPerAddress: { burst: 600, perMinute: 1200 },
  joinsPerCode: { burst: 600, perMinute: 600 },
  failedJoinsPerAddress: { burst: 30, perMinute: 30 },
  failedJoinsGlobal: { burst: 300, perMinute: 300 },
  territoryFlags: { burst: 10, perMinute: 10 },
}
