// The links a facilitator is given. Credentials travel in the fragment
// (`#key=`, `#token=`), which browsers never send to a server or a proxy log.

export const facilitatorLink = (base: string, workshopId: string, key: string) =>
  `${base}/w/${workshopId}#key=${key}`

/** A co-facilitator invitation opens the same board: the board treats it as a key. */
export const inviteLink = facilitatorLink

export const screenLink = (base: string, workshopId: string, token: string) =>
  `${base}/w/${workshopId}/screen#token=${token}`

export const joinLink = (base: string, code: string) => `${base}/j/${code}`
