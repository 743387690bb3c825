/**
 * Transaction origin of every change the server itself makes to a document
 * (creating a board, ingesting a participant's notes, writing tallies), so
 * listeners can tell it from a connection's update.
 */
export const SERVER_ORIGIN = { kind: 'server' } as const
