/**
 * A pool of worker threads that analyse and render jobs. Workers start
 * lazily (a corpus of two files starts two), take one job at a time, and a
 * worker that dies fails only its own job: the pool replaces it. A worker
 * has a heap of its own, so an article too large for it runs the worker,
 * not the command, out of memory: that article becomes an error record and
 * the stream goes on. That is why even `--workers 1` analyses in a worker.
 */
import {Worker} from 'node:worker_threads'
import type {FormatSettings} from './formats/format.js'
import {errorMessage, type Outcome} from './records.js'
import type {Job} from './render-job.js'
import type {JobMessage, OutcomeMessage, WorkerSetup} from './worker.js'

/** Analyse and render jobs somewhere: in this thread or in workers. */
export interface Renderer {
  render: (job: Job) => Promise<Outcome>
  /** Stop the workers, once every job is done. */
  close: () => Promise<void>
}

interface Waiting {
  job: Job
  settle: (outcome: Outcome) => void
}

interface Busy {
  worker: Worker
  current: Waiting | null
}

/**
 * A pool of `size` workers running `script`.
 *
 * @param size The most workers.
 * @param script The module a worker runs (the CLI bundle itself).
 * @param format The output format, rendered in the workers.
 * @param fail How a job whose worker died is rendered.
 */
export function createPool(size: number, script: URL, format: FormatSettings, fail: (job: Job, error: string) => Outcome): Renderer {
  const setup: WorkerSetup = {copydeskWorker: true, format}
  const members: Busy[] = []
  const queue: Waiting[] = []

  let closed = false

  const dispatch = () => {
    while (queue.length > 0 && !closed) {
      let member = members.find((candidate) => candidate.current === null)
      if (!member && members.length < size) member = spawn()
      if (!member) return
      const waiting = queue.shift()
      if (!waiting) return
      member.current = waiting
      const message: JobMessage = waiting.job
      member.worker.postMessage(message)
    }
  }

  const spawn = (): Busy => {
    const member: Busy = {worker: new Worker(script, {workerData: setup}), current: null}
    // A worker has one job at a time, so its reply is to its current job.
    member.worker.on('message', (message: OutcomeMessage) => {
      const done = member.current
      member.current = null
      done?.settle(message)
      dispatch()
    })
    const retire = (reason: string) => {
      const index = members.indexOf(member)
      if (index === -1) return
      members.splice(index, 1)
      const lost = member.current
      member.current = null
      lost?.settle(fail(lost.job, reason))
      dispatch()
    }
    member.worker.on('error', (error) => retire(workerFailure(error)))
    member.worker.on('exit', (code) => retire(`worker stopped: exit code ${code}`))
    members.push(member)
    return member
  }

  return {
    render: (job) =>
      new Promise<Outcome>((settle) => {
        queue.push({job, settle})
        dispatch()
      }),
    close: async () => {
      // Jobs still queued are dropped: the run is over, or interrupted.
      closed = true
      queue.length = 0
      const stopping = members.splice(0)
      await Promise.all(stopping.map((member) => member.worker.terminate()))
    },
  }
}

/**
 * Why a worker stopped, for the error record of its job.
 *
 * @param error The worker's `error` event.
 */
export function workerFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'out of memory: the article is too large to analyse in the memory a worker has'
  return `worker stopped: ${errorMessage(error)}`
}
