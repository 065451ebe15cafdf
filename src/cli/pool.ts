/**
 * A pool of worker threads that analyse and render jobs. Workers start
 * lazily (a corpus of two files starts two), take one job at a time, and a
 * worker that dies fails only its own job: the pool replaces it.
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

  const dispatch = () => {
    while (queue.length > 0) {
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
      lost?.settle(fail(lost.job, `worker stopped: ${reason}`))
      dispatch()
    }
    member.worker.on('error', (error) => retire(errorMessage(error)))
    member.worker.on('exit', (code) => retire(`exit code ${code}`))
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
      const stopping = members.splice(0)
      await Promise.all(stopping.map((member) => member.worker.terminate()))
    },
  }
}
