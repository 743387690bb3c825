// What a browser keeps between visits. Private browsing may refuse storage:
// every access is guarded so the page still works for the current visit.

export interface PhoneSession {
  code: string
  workshopId: string
  participantId: string
  token: string
  name: string | null
}

export interface FacilitatedWorkshop {
  id: string
  title: string
  code: string
  createdAt: number
}

const phoneKey = (code: string) => `atelier.phone.${code.toUpperCase()}`
const facilitatorKey = (workshopId: string) => `atelier.facilitator.${workshopId}`
const WORKSHOPS_KEY = 'atelier.workshops'

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key)
    return raw === null ? null : (JSON.parse(raw) as T)
  } catch {
    return null
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Storage refused or full: the session lasts for this page only.
  }
}

export const loadPhoneSession = (code: string) => read<PhoneSession>(phoneKey(code))
export const savePhoneSession = (session: PhoneSession) => write(phoneKey(session.code), session)
export const forgetPhoneSession = (code: string) => write(phoneKey(code), null)

export const loadFacilitatorKey = (workshopId: string) => read<string>(facilitatorKey(workshopId))
export const saveFacilitatorKey = (workshopId: string, key: string) =>
  write(facilitatorKey(workshopId), key)

export function listFacilitatedWorkshops(): FacilitatedWorkshop[] {
  return read<FacilitatedWorkshop[]>(WORKSHOPS_KEY) ?? []
}

export function rememberFacilitatedWorkshop(workshop: FacilitatedWorkshop): void {
  const others = listFacilitatedWorkshops().filter((w) => w.id !== workshop.id)
  write(WORKSHOPS_KEY, [workshop, ...others].slice(0, 20))
}

/** Note ids this phone saw leave for the server, so a reload does not show them as waiting again. */
export function loadSentIds(workshopId: string, participantId: string): Set<string> {
  return new Set(read<string[]>(`atelier.sent.${workshopId}.${participantId}`) ?? [])
}

export function saveSentIds(workshopId: string, participantId: string, ids: Set<string>): void {
  write(`atelier.sent.${workshopId}.${participantId}`, [...ids])
}
