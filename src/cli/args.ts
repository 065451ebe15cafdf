/**
 * Command-line arguments: parsed by Node's `util.parseArgs`, then checked
 * into the settings the run needs. Anything wrong is a usage error.
 */
import {parseArgs} from 'node:util'

/** The output formats. */
export const formatNames = ['text', 'json', 'ndjson', 'html'] as const

/** One of {@link formatNames}. */
export type FormatName = (typeof formatNames)[number]

/** What the user asked for. */
export type Command =
  | {action: 'help'}
  | {action: 'version'}
  | {action: 'run'; settings: RunSettings}
  | {action: 'usage-error'; message: string}

/** The settings of an analysis run. */
export interface RunSettings {
  format: FormatName
  /** Read NDJSON lines (`{"id", "text"}`) instead of whole articles. */
  ndjson: boolean
  /** Worker threads: as asked, but never more than the machine's cores. */
  workers: number
  /** What the user should know about how the settings were taken (on stderr). */
  notes: string[]
  quiet: boolean
  /** Files, directories and `-`; empty means standard input. */
  operands: string[]
}

const options = {
  format: {type: 'string', short: 'f'},
  ndjson: {type: 'boolean'},
  workers: {type: 'string', short: 'w'},
  quiet: {type: 'boolean', short: 'q'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const

/**
 * Turn `argv` (without `node` and the script) into a command.
 *
 * @param argv The arguments.
 * @param cores The cores the machine has: the default number of workers, and the most.
 */
export function parseCommand(argv: string[], cores: number): Command {
  let parsed
  try {
    parsed = parseArgs({args: argv, options, allowPositionals: true, strict: true})
  } catch (error) {
    // Node's message goes on to explain `--`; the first sentence says it all.
    const message = error instanceof Error ? error.message : String(error)
    return {action: 'usage-error', message: message.replace(/\. To specify a positional argument[^]*$/, '')}
  }
  const {values, positionals} = parsed
  if (values.help) return {action: 'help'}
  if (values.version) return {action: 'version'}

  const format = values.format ?? (values.ndjson ? 'ndjson' : 'text')
  if (!isFormatName(format)) {
    return {action: 'usage-error', message: `Unknown format '${format}': use one of ${formatNames.join(', ')}`}
  }
  const asked = values.workers === undefined ? cores : parseWorkers(values.workers)
  if (asked === null) {
    return {action: 'usage-error', message: `--workers takes a whole number from 1 up, not '${values.workers}'`}
  }
  const {workers, notes} = capWorkers(asked, cores)
  if (positionals.filter((operand) => operand === '-').length > 1) {
    return {action: 'usage-error', message: "Standard input ('-') can be read only once"}
  }
  return {
    action: 'run',
    settings: {format, ndjson: values.ndjson ?? false, workers, notes, quiet: values.quiet ?? false, operands: positionals},
  }
}

function isFormatName(value: string): value is FormatName {
  return (formatNames as readonly string[]).includes(value)
}

function parseWorkers(value: string): number | null {
  if (!/^\d+$/.test(value)) return null
  const count = Number(value)
  return count >= 1 ? count : null
}

/**
 * At most one worker per core: analysis is CPU-bound, so more threads only
 * add memory (each holds a heap and its articles) and time to start.
 *
 * @param asked The workers asked for.
 * @param cores The cores the machine has.
 */
export function capWorkers(asked: number, cores: number): {workers: number; notes: string[]} {
  const most = Math.max(1, cores)
  if (asked <= most) return {workers: asked, notes: []}
  const have = most === 1 ? 'the 1 core' : `the ${most} cores`
  return {workers: most, notes: [`--workers ${asked} is more than ${have} this machine has: using ${most}`]}
}

/**
 * The `--help` text.
 *
 * @param cores The default number of workers on this machine.
 */
export function helpText(cores: number): string {
  return `Usage: copydesk [options] [file | directory | -]...

Read English news articles and report their paragraphs, quotes, speakers
and hedged claims.

Inputs:
  file                 an article in a text file (any extension)
  directory            every .txt and .md file in it, recursively, in name order
  -                    standard input (the default when no input is given)

Options:
  -f, --format <name>  text (default), json, ndjson or html
      --ndjson         read NDJSON: one {"id": ..., "text": ...} object per
                       line; writes one result per line, in input order
                       (the format defaults to ndjson)
  -w, --workers <n>    worker threads (default and most: ${cores}, the cores)
  -q, --quiet          no progress bar
  -h, --help           show this help
  -v, --version        show the version

Output:
  text     a readable report; one per article, each under a header, when
           there are several. Coloured on a terminal (NO_COLOR turns it off)
  json     the Article; for several articles, a JSON array of {"id", ...Article}
  ndjson   one {"id", ...Article} per line; id is the path, '-' or the NDJSON id
  html     a self-contained page: quotes coloured by speaker, hedges underlined

  An input that cannot be analysed (unreadable file, malformed NDJSON line,
  line without "text", a record over 256 MiB or too large for memory)
  becomes {"id", "error"} and a message on stderr; the rest goes on.
  Files are read by their byte order mark (UTF-8, UTF-16), else as UTF-8,
  else as Windows-1252 with a warning.

Exit status:
  0    every record analysed
  1    some records failed, or nothing to analyse (an empty folder)
  2    usage error
  130  stopped by SIGINT (Ctrl-C), 143 by SIGTERM: every record written is
       whole; a second signal stops at once

Examples:
  copydesk story.txt
  copydesk --format html story.txt > story.html
  copydesk --format ndjson corpus/ > corpus.ndjson
  copydesk --ndjson --workers 8 < stories.ndjson > results.ndjson
`
}
