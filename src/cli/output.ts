/**
 * Writing to stdout with backpressure: `write` resolves once the stream
 * can take more, so a slow reader slows the run instead of filling memory.
 * A reader that goes away (`| head`) ends the run quietly.
 */
import type {Writable} from 'node:stream'

/** A stream writer that waits for the stream. */
export interface Output {
  write: (chunk: string) => Promise<void>
  /** Whether the stream failed or its reader went away: stop producing. */
  closed: () => boolean
  /** Resolves when the stream fails or its reader goes away. */
  whenClosed: Promise<void>
  /** Why the stream failed, or `null`; a reader that left (EPIPE) is no failure. */
  failure: () => string | null
}

/**
 * Wrap a writable stream.
 *
 * @param stream Standard output, or any writable.
 */
export function createOutput(stream: Writable): Output {
  let closed = false
  let failure: string | null = null
  let wake: (() => void) | null = null
  let signalClosed: () => void = () => undefined
  const whenClosed = new Promise<void>((resolve) => {
    signalClosed = resolve
  })
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe is the reader saying it has enough, not a failure.
    if (error.code !== 'EPIPE') failure = error.message
    closed = true
    signalClosed()
    wake?.()
  })
  return {
    closed: () => closed,
    whenClosed,
    failure: () => failure,
    write: (chunk) => {
      if (closed || chunk === '' || stream.write(chunk)) return Promise.resolve()
      return new Promise<void>((resolve) => {
        wake = () => {
          wake = null
          stream.off('drain', resume)
          resolve()
        }
        const resume = () => wake?.()
        stream.once('drain', resume)
      })
    },
  }
}
