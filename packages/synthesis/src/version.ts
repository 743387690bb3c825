/**
 * Version of the campaign synthesis schema. Bump it on any change a reader of
 * an older synthesis could not ignore (renamed, removed or re-meant field).
 */
export const SYNTHESIS_VERSION = 1
