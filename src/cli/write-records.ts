/**
 * The records of a run, analysed with a bounded window and written in
 * input order, each whole: a record's chunks are written one after another
 * and the next record starts only after. The loop stops early, between two
 * records, when the run is interrupted or the reader goes away.
 */
import type {Format} from './formats/format.js'
import type {Messages} from './messages.js'
import {mapOrdered} from './ordered.js'
import type {Output} from './output.js'
import type {Renderer} from './pool.js'
import type {ProgressBar} from './progress.js'
import {errorMessage, idInMessage, type Decoded, type Input, type Outcome} from './records.js'
import {renderFailure} from './render-job.js'
import type {Interrupt} from './signals.js'

/** What a run of records needs. */
export interface RecordRun {
  inputs: AsyncIterable<Input>
  format: Format
  renderer: Renderer
  output: Output
  messages: Messages
  bar: ProgressBar | null
  /** The most records in flight. */
  window: number
  interrupt?: Interrupt
}

/** How the records went. */
export interface Tally {
  written: number
  failed: number
  /** Records that show something: an article with text, or an error. */
  shown: number
  /** Whether the loop stopped before the end (interrupted, or the reader left). */
  stoppedEarly: boolean
}

interface Done {
  input: Input
  outcome: Outcome
  warning: string | null
}

const stop = Symbol('stop')

/**
 * Analyse and write every input, in order.
 *
 * @param run The inputs, the format, where to analyse and where to write.
 */
export async function writeRecords(run: RecordRun): Promise<Tally> {
  const {format, output} = run
  const tally: Tally = {written: 0, failed: 0, shown: 0, stoppedEarly: false}
  const results = mapOrdered(run.inputs, run.window, analyser(run))[Symbol.asyncIterator]()
  const stopping = whenStopping(run)
  await output.write(format.head)
  try {
    while (!shouldStop(run)) {
      const pending = results.next()
      const next = await Promise.race([pending, stopping])
      if (next === stop) {
        // Left behind: whatever it comes to (a job cut off) is not written.
        pending.catch(() => undefined)
        break
      }
      if (next.done) break
      await writeRecord(run, next.value, tally)
    }
  } catch (error) {
    // The input itself broke (stdin closed with an error): keep what was written.
    run.messages.say(`reading input failed: ${errorMessage(error)}`)
    tally.failed++
  }
  tally.stoppedEarly = shouldStop(run)
  // An interrupted array or page stays unclosed: it must not pass for whole.
  if (!tally.stoppedEarly) await output.write(format.tail)
  return tally
}

function analyser(run: RecordRun): (input: Input) => Promise<Done> {
  let taken = 0
  return async (input) => {
    const index = taken++
    let decoded: Decoded
    try {
      decoded = await input.read()
    } catch (error) {
      return {input, warning: null, outcome: renderFailure(input.id, errorMessage(error), index, run.format)}
    }
    const outcome = await run.renderer.render({id: input.id, text: decoded.text, index})
    return {input, warning: decoded.warning, outcome}
  }
}

async function writeRecord(run: RecordRun, {input, outcome, warning}: Done, tally: Tally): Promise<void> {
  if (tally.written > 0) await run.output.write(run.format.separator)
  // Every chunk, even once interrupted: a record is written whole or not at all.
  for (const chunk of outcome.output) await run.output.write(chunk)
  tally.written++
  const subject = input.subject ?? idInMessage(input.id)
  if (warning !== null) run.messages.say(`${subject}: warning: ${warning}`)
  if (outcome.error !== null) {
    tally.failed++
    run.messages.say(`${subject}: ${outcome.error}`)
  }
  if (outcome.error !== null || !outcome.empty) tally.shown++
  run.bar?.advance(input.bytes, outcome.error !== null)
}

function shouldStop(run: RecordRun): boolean {
  return run.output.closed() || run.interrupt?.signal.aborted === true
}

function whenStopping(run: RecordRun): Promise<typeof stop> {
  const interrupted = new Promise<void>((resolve) => {
    if (run.interrupt?.signal.aborted) resolve()
    run.interrupt?.signal.addEventListener('abort', () => resolve(), {once: true})
  })
  return Promise.race([interrupted, run.output.whenClosed]).then(() => stop)
}
