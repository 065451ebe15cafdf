/**
 * The command, start to end: parse the arguments, list the inputs, analyse
 * them in workers with a bounded window, write the records in input order,
 * and turn how that went into the exit status.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {helpText, parseCommand, type RunSettings} from './args.js'
import {createFormat, humanFormats, type Format, type FormatSettings} from './formats/format.js'
import {plural} from './formats/summary.js'
import {listArticleInputs, namesOneArticle, stdinOperand} from './inputs.js'
import {createMessages, type Messages} from './messages.js'
import {ndjsonInputs} from './ndjson-input.js'
import {createOutput, type Output} from './output.js'
import {createPool, type Renderer} from './pool.js'
import {startProgress, type ProgressTotal} from './progress.js'
import type {Input} from './records.js'
import {renderFailure, renderJob} from './render-job.js'
import {stopOf, type Interrupt} from './signals.js'
import {terminalLine} from './terminal-safe.js'
import {writeRecords, type Tally} from './write-records.js'

/** Exit statuses; a run stopped by a signal exits with 128 + its number (see `signals.ts`). */
export const exitCodes = {ok: 0, failedRecords: 1, usage: 2} as const

/** The streams and environment the command runs with. */
export interface CliIo {
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable & {isTTY?: boolean}
  stderr: Writable & {isTTY?: boolean; columns?: number}
  env: Record<string, string | undefined>
  /** Size of standard input when it is a regular file, for the progress bar. */
  stdinBytes?: number
  /** Asks the run to stop, as SIGINT and SIGTERM do (see `signals.ts`). */
  interrupt?: Interrupt
}

/** How the command is set up. */
export interface CliSetup {
  /** The package version, for `--version`. */
  version: string
  /** The module worker threads run: the CLI bundle. Without it, no workers. */
  workerScript?: URL
  /** The machine's cores: the default `--workers`, and the most. */
  cores?: number
}

/**
 * Run the `copydesk` command.
 *
 * @example
 * ```ts
 * const status = await runCli(['--ndjson', '--workers', '4', '--quiet'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env,
 * }, {version: '1.0.0', workerScript: new URL(import.meta.url)})
 * ```
 *
 * @param argv The arguments, without `node` and the script.
 * @param io Streams, environment and interrupt.
 * @param setup Version, worker script and cores.
 * @returns The exit status: 0 all records done, 1 some failed, 2 usage
 *   error, 130 or 143 stopped by SIGINT or SIGTERM.
 */
export async function runCli(argv: string[], io: CliIo, setup: CliSetup): Promise<number> {
  const cores = setup.cores ?? availableParallelism()
  const command = parseCommand(argv, cores)
  switch (command.action) {
    case 'help':
      io.stdout.write(helpText(cores))
      return exitCodes.ok
    case 'version':
      io.stdout.write(`${setup.version}\n`)
      return exitCodes.ok
    case 'usage-error':
      return usageError(io, command.message)
    case 'run':
      if (command.settings.operands.length === 0 && io.stdin.isTTY) {
        return usageError(io, "No input: name files or directories, or pipe text in ('-' reads standard input)")
      }
      return runAnalysis(command.settings, io, setup)
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`copydesk: ${terminalLine(message)}\nTry 'copydesk --help' for more information.\n`)
  return exitCodes.usage
}

/** The inputs of a run, and what is known of its size. */
interface Plan {
  inputs: AsyncIterable<Input>
  total: ProgressTotal
  several: boolean
  title: string
  /** Operands that selected nothing: each is a failure of the run. */
  empty: number
}

async function planArticles(settings: RunSettings, io: CliIo, messages: Messages): Promise<Plan> {
  const operands = settings.operands.length > 0 ? settings.operands : [stdinOperand]
  const {inputs, emptyFolders} = await listArticleInputs(operands, io.stdin, messages.say)
  for (const folder of emptyFolders) messages.say(`${folder}: no .txt or .md files in this folder`)
  const several = !(await namesOneArticle(operands))
  const [only] = operands
  const title = several ? `copydesk: ${plural(inputs.length, 'article')}` : `copydesk: ${only === stdinOperand || !only ? 'standard input' : path.basename(only)}`
  return {inputs: iterate(inputs), total: {records: inputs.length}, several, title, empty: emptyFolders.length}
}

async function planNdjson(settings: RunSettings, io: CliIo): Promise<Plan> {
  const operands = settings.operands.length > 0 ? settings.operands : [stdinOperand]
  const sources = operands.map((operand) => ({
    id: operand,
    open: () => (operand === stdinOperand ? io.stdin : createReadStream(operand)),
  }))
  return {inputs: ndjsonInputs(sources), total: await ndjsonSize(operands, io), several: true, title: 'copydesk report', empty: 0}
}

// Lines have no count until read: progress is by bytes, when every source
// has a known size (files, and stdin redirected from a file).
async function ndjsonSize(operands: string[], io: CliIo): Promise<ProgressTotal> {
  if (operands.includes(stdinOperand) && io.stdinBytes === undefined) return {}
  const sizes = await Promise.all(
    operands.map((operand) => (operand === stdinOperand ? io.stdinBytes ?? 0 : stat(operand).then((info) => info.size, () => 0))),
  )
  return {bytes: sizes.reduce((sum, size) => sum + size, 0)}
}

async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  yield* items
}

async function runAnalysis(settings: RunSettings, io: CliIo, setup: CliSetup): Promise<number> {
  const messages = createMessages(io.stderr)
  for (const note of settings.notes) messages.say(note)
  const plan = settings.ndjson ? await planNdjson(settings, io) : await planArticles(settings, io, messages)
  const formatSettings: FormatSettings = {
    name: settings.format,
    several: plan.several,
    colour: settings.format === 'text' && wantsColour(io),
    title: plan.title,
  }
  const format = createFormat(formatSettings)
  // Always in workers when there is a worker script, even one: a worker's
  // heap is its own, so an article that runs it out of memory fails alone,
  // and the main thread stays free to answer a signal.
  const renderer = setup.workerScript
    ? createPool(settings.workers, setup.workerScript, formatSettings, (job, error) => renderFailure(job.id, error, job.index, format))
    : inThread(format)
  const bar = !settings.quiet && io.stderr.isTTY ? startProgress(io.stderr, plan.total) : null
  messages.useBar(bar)
  const output = createOutput(io.stdout)
  const announce = () => {
    const stop = stopOf(io.interrupt)
    if (stop) messages.say(`${stop.name}: stopping after the record being written (${stop.name} again stops at once)`)
  }
  // A signal may have come while the inputs were listed.
  if (io.interrupt?.signal.aborted) announce()
  else io.interrupt?.signal.addEventListener('abort', announce, {once: true})
  try {
    const tally = await writeRecords({inputs: plan.inputs, format, renderer, output, messages, bar, window: windowSize(settings.workers), interrupt: io.interrupt})
    // Stopped early: take no more input, so the process can end.
    if (tally.stoppedEarly) io.stdin.destroy()
    return exitStatus(tally, plan, output, settings, io, messages)
  } finally {
    io.interrupt?.signal.removeEventListener('abort', announce)
    bar?.stop()
    await renderer.close()
  }
}

function exitStatus(tally: Tally, plan: Plan, output: Output, settings: RunSettings, io: CliIo, messages: Messages): number {
  const stop = stopOf(io.interrupt)
  if (stop) return stop.status
  const failure = output.failure()
  if (failure !== null) {
    messages.say(`writing output failed: ${failure}`)
    return exitCodes.failedRecords
  }
  // The reader may have gone away (EPIPE): records that failed before still failed.
  if (tally.failed > 0 || plan.empty > 0) return exitCodes.failedRecords
  if (output.closed()) return exitCodes.ok
  // A report for people with nothing in it is a mistake worth a word.
  if (humanFormats.includes(settings.format) && tally.shown === 0) {
    messages.say(`nothing to report: ${tally.written === 0 ? 'the input holds no article' : 'the input has no text'}`)
    return exitCodes.failedRecords
  }
  return exitCodes.ok
}

// Enough work in flight to keep every worker busy while results wait their
// turn; small enough that memory stays a few articles per worker.
function windowSize(workers: number): number {
  return Math.max(4, workers * 2)
}

function inThread(format: Format): Renderer {
  return {render: async (job) => renderJob(job, format), close: async () => undefined}
}

/** https://no-color.org: `NO_COLOR` wins; `FORCE_COLOR` colours pipes too. */
function wantsColour(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return io.stdout.isTTY === true
}
