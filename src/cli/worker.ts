/**
 * The worker-thread side of the pool: receive jobs, answer with rendered
 * records. Runs from the same bundle as the command (see `main.ts`).
 */
import type {MessagePort} from 'node:worker_threads'
import {createFormat, type FormatSettings} from './formats/format.js'
import {renderJob, type Job} from './render-job.js'
import type {Outcome} from './records.js'

/** What the pool gives a worker when it starts it. */
export interface WorkerSetup {
  copydeskWorker: true
  format: FormatSettings
}

/** A job sent to a worker. */
export type JobMessage = Job

/** A worker's reply: the outcome of the job it was given last. */
export type OutcomeMessage = Outcome

/**
 * Whether `workerData` marks this thread as a copydesk worker.
 *
 * @param data The thread's `workerData`.
 */
export function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && 'copydeskWorker' in data && data.copydeskWorker === true
}

/**
 * Answer jobs on `port` until the pool terminates the thread.
 *
 * @param port The parent port.
 * @param setup The worker's settings.
 */
export function serveJobs(port: MessagePort, setup: WorkerSetup): void {
  const format = createFormat(setup.format)
  port.on('message', (job: JobMessage) => {
    const reply: OutcomeMessage = renderJob(job, format)
    port.postMessage(reply)
  })
}
