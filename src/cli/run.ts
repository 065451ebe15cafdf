/**
 * The command, start to end: parse the arguments, list the inputs, analyse
 * them (in this thread or in workers) with a bounded window, and write the
 * records in input order. Returns the exit status.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {helpText, parseCommand, type RunSettings} from './args.js'
import {createFormat, type Format, type FormatSettings} from './formats/format.js'
import {listArticleInputs, namesOneArticle, stdinOperand} from './inputs.js'
import {ndjsonInputs} from './ndjson-input.js'
import {mapOrdered} from './ordered.js'
import {createOutput} from './output.js'
import {createPool, type Renderer} from './pool.js'
import {startProgress, type ProgressBar, type ProgressTotal} from './progress.js'
import {errorMessage, idLabel, type Input, type Outcome} from './records.js'
import {renderFailure, renderJob} from './render-job.js'

/** Exit statuses. */
export const exitCodes = {ok: 0, failedRecords: 1, usage: 2} as const

/** The streams and environment the command runs with. */
export interface CliIo {
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable & {isTTY?: boolean}
  stderr: Writable & {isTTY?: boolean; columns?: number}
  env: Record<string, string | undefined>
  /** Size of standard input when it is a regular file, for the progress bar. */
  stdinBytes?: number
}

/** How the command is set up. */
export interface CliSetup {
  /** The package version, for `--version`. */
  version: string
  /** The module worker threads run: the CLI bundle. Without it, no workers. */
  workerScript?: URL
  /** The default `--workers`; the machine's cores. */
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
 * @param io Streams and environment.
 * @param setup Version, worker script and cores.
 * @returns The exit status: 0 all records done, 1 some failed, 2 usage error.
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
  io.stderr.write(`copydesk: ${message}\nTry 'copydesk --help' for more information.\n`)
  return exitCodes.usage
}

/** The inputs of a run, and what is known of its size. */
interface Plan {
  inputs: AsyncIterable<Input>
  total: ProgressTotal
  several: boolean
  title: string
}

async function planArticles(settings: RunSettings, io: CliIo): Promise<Plan> {
  const operands = settings.operands.length > 0 ? settings.operands : [stdinOperand]
  const inputs = await listArticleInputs(operands, io.stdin)
  const several = !(await namesOneArticle(operands))
  const [only] = operands
  const title = several ? `copydesk: ${inputs.length} articles` : `copydesk: ${only === stdinOperand || !only ? 'standard input' : path.basename(only)}`
  return {inputs: iterate(inputs), total: {records: inputs.length}, several, title}
}

async function planNdjson(settings: RunSettings, io: CliIo): Promise<Plan> {
  const operands = settings.operands.length > 0 ? settings.operands : [stdinOperand]
  const sources = operands.map((operand) => ({
    id: operand,
    open: () => (operand === stdinOperand ? io.stdin : createReadStream(operand)),
  }))
  return {inputs: ndjsonInputs(sources), total: await ndjsonSize(operands, io), several: true, title: 'copydesk report'}
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
  const plan = settings.ndjson ? await planNdjson(settings, io) : await planArticles(settings, io)
  const formatSettings: FormatSettings = {
    name: settings.format,
    several: plan.several,
    colour: settings.format === 'text' && wantsColour(io),
    title: plan.title,
  }
  const format = createFormat(formatSettings)
  const manyRecords = settings.ndjson || (plan.total.records ?? 0) > 1
  const renderer =
    settings.workers > 1 && manyRecords && setup.workerScript
      ? createPool(settings.workers, setup.workerScript, formatSettings, (job, error) => renderFailure(job.id, error, job.index, format))
      : inThread(format)
  const bar = !settings.quiet && io.stderr.isTTY ? startProgress(io.stderr, plan.total) : null
  try {
    return await writeRecords(plan.inputs, format, renderer, io, bar, windowSize(settings.workers))
  } finally {
    bar?.stop()
    await renderer.close()
  }
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

async function writeRecords(
  inputs: AsyncIterable<Input>,
  format: Format,
  renderer: Renderer,
  io: CliIo,
  bar: ProgressBar | null,
  window: number,
): Promise<number> {
  const output = createOutput(io.stdout)
  let taken = 0
  const work = async (input: Input): Promise<{input: Input; outcome: Outcome}> => {
    const index = taken++
    let text: string
    try {
      text = await input.read()
    } catch (error) {
      return {input, outcome: renderFailure(input.id, errorMessage(error), index, format)}
    }
    return {input, outcome: await renderer.render({id: input.id, text, index})}
  }

  let written = 0
  let failed = 0
  await output.write(format.head)
  try {
    for await (const {input, outcome} of mapOrdered(inputs, window, work)) {
      if (written > 0) await output.write(format.separator)
      await output.write(outcome.output)
      written++
      if (outcome.error !== null) {
        failed++
        bar?.clear()
        io.stderr.write(`copydesk: ${typeof input.id === "string" ? input.id : `id ${idLabel(input.id)}`}: ${outcome.error}\n`)
      }
      bar?.advance(input.bytes, outcome.error !== null)
      if (output.closed()) break
    }
  } catch (error) {
    // The input itself broke (stdin closed with an error): keep what was written.
    bar?.clear()
    io.stderr.write(`copydesk: reading input failed: ${errorMessage(error)}\n`)
    failed++
  }
  if (output.closed()) {
    // The reader left: stop reading too, so the process can end.
    io.stdin.destroy()
    const failure = output.failure()
    if (failure === null) return exitCodes.ok
    io.stderr.write(`copydesk: writing output failed: ${failure}\n`)
    return exitCodes.failedRecords
  }
  await output.write(format.tail)
  return failed > 0 ? exitCodes.failedRecords : exitCodes.ok
}
