/**
 * SIGINT and SIGTERM. Killed outright, a process writing a long NDJSON line
 * to a pipe leaves half of it there; trapped, copydesk stops taking input,
 * finishes the record it is writing (or drops one not yet begun), lets the
 * output flush and exits with 128 + the signal's number, as a shell does.
 * A second signal stops it at once, for a reader that no longer reads.
 */

/** The signals copydesk stops on, and the exit status of each. */
export const stopStatus = {SIGINT: 130, SIGTERM: 143} as const

/** One of the signals copydesk stops on. */
export type StopSignal = keyof typeof stopStatus

/** Why a run was asked to stop: the abort reason of {@link Interrupt.signal}. */
export interface Stop {
  name: StopSignal
  status: number
}

/** A way to ask a run to stop. */
export interface Interrupt {
  /** Aborted, with a {@link Stop} as its reason, when the run should stop. */
  signal: AbortSignal
}

/** What signals come from: the process, or a stand-in. */
export interface SignalSource {
  on: (event: StopSignal, listener: () => void) => unknown
  off: (event: StopSignal, listener: () => void) => unknown
}

/**
 * Trap SIGINT and SIGTERM on `source`: the first aborts the interrupt's
 * signal, the next calls `again`.
 *
 * @param source The process.
 * @param again What to do on a second signal (exit at once).
 * @returns The interrupt, and a way to stop trapping.
 */
export function trapSignals(source: SignalSource, again: (stop: Stop) => void): Interrupt & {release: () => void} {
  const controller = new AbortController()
  const listeners = (Object.keys(stopStatus) as StopSignal[]).map((name) => {
    const listener = () => {
      const stop: Stop = {name, status: stopStatus[name]}
      if (controller.signal.aborted) again(stop)
      else controller.abort(stop)
    }
    source.on(name, listener)
    return {name, listener}
  })
  return {
    signal: controller.signal,
    release: () => {
      for (const {name, listener} of listeners) source.off(name, listener)
    },
  }
}

/**
 * The stop an interrupt asked for, if it did.
 *
 * @param interrupt The run's interrupt, if it has one.
 */
export function stopOf(interrupt: Interrupt | undefined): Stop | null {
  const reason: unknown = interrupt?.signal.aborted ? interrupt.signal.reason : null
  return isStop(reason) ? reason : null
}

function isStop(value: unknown): value is Stop {
  return typeof value === 'object' && value !== null && 'name' in value && 'status' in value && typeof value.status === 'number'
}
