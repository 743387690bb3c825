/**
 * Polls `predicate` every 10 ms until it holds; rejects after `timeoutMs`
 * naming `what`. For code that waits on documents synced over the network
 * (the seed, the tests), where there is no event to await.
 */
export async function waitUntil(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const start = Date.now()
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
