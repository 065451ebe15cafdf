/**
 * Messages on stderr: `copydesk: …`, one line each, made safe for a
 * terminal (a file name or an id can hold escape sequences), and drawn
 * around the progress bar rather than through it.
 */
import type {ProgressBar} from './progress.js'
import {terminalLine} from './terminal-safe.js'

/** Where messages go. */
export interface Messages {
  /** Write `copydesk: <message>` on its own line. */
  say: (message: string) => void
  /** The progress bar to clear before each message, once there is one. */
  useBar: (bar: ProgressBar | null) => void
}

/**
 * Messages on a stream.
 *
 * @param stream Standard error.
 */
export function createMessages(stream: {write: (text: string) => unknown}): Messages {
  let bar: ProgressBar | null = null
  return {
    say: (message) => {
      bar?.clear()
      stream.write(`copydesk: ${terminalLine(message)}\n`)
    },
    useBar: (next) => {
      bar = next
    },
  }
}
