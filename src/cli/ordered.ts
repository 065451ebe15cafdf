/**
 * Concurrent work with results in input order and a bounded window: at
 * most `limit` items are taken from the source and not yet handed to the
 * consumer, so memory does not grow with the length of the source, and a
 * consumer that stops pulling (a full stdout) stops the source too.
 */

type Settled<T> = {ok: true; value: T} | {ok: false; reason: unknown}

/**
 * Map `work` over `source`, up to `limit` items at a time, yielding results
 * in the order of the source. A rejection of `work` is thrown when its turn
 * comes.
 *
 * @param source The items.
 * @param limit The largest number of items in flight, at least 1.
 * @param work What to do with one item.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]()
  const window: Array<Promise<Settled<R>>> = []
  let nextItem: Promise<IteratorResult<T>> | null = null
  let exhausted = false
  try {
    while (!exhausted || window.length > 0) {
      if (!exhausted && window.length < limit) {
        nextItem ??= iterator.next()
        // Take more input, unless the oldest result is ready first: a slow
        // source (a pipe fed line by line) must not hold back ready output.
        const head = window[0]
        const taken = head ? await Promise.race([nextItem, head.then(() => null)]) : await nextItem
        if (taken) {
          nextItem = null
          if (taken.done) exhausted = true
          else window.push(settle(start(work, taken.value)))
          continue
        }
      }
      const result = await window.shift()
      if (!result) continue
      if (!result.ok) throw result.reason
      yield result.value
    }
  } finally {
    // Stopped early (the consumer broke off): let the source clean up.
    if (!exhausted) iterator.return?.().catch(() => undefined)
  }
}

// A `work` that throws before returning its promise counts as a rejection.
function start<T, R>(work: (item: T) => Promise<R>, item: T): Promise<R> {
  return new Promise<R>((resolve) => resolve(work(item)))
}

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ok: true, value}),
    (reason: unknown) => ({ok: false, reason}),
  )
}
