/**
 * Writing to stdout with backpressure: `write` resolves once the stream
 * can take more, so a slow reader slows the run instead of filling memory.
 * A reader that goes away (`| head`) ends the run quietly.
 */
import type {Writable} from 'node:stream'

/** A stream writer that waits for the stream. */
export interface Output {
  write: (chunk: string) => Promise<void>
  /** Whether the reader went away (EPIPE): stop producing. */
  closed: () => boolean
}

/**
 * Wrap a writable stream.
 *
 * @param stream Standard output, or any writable.
 */
export function createOutput(stream: Writable): Output {
  let closed = false
  let wake: (() => void) | null = null
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe is the reader saying it has enough, not a failure.
    if (error.code !== 'EPIPE') process.emitWarning(error)
    closed = true
    wake?.()
  })
  return {
    closed: () => closed,
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
