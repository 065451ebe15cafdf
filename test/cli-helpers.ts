// Run the BUILT `copydesk` binary as a user would: a child process, real
// files, stdin and stdout as pipes.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const cli = path.join(root, 'dist/cli.js')
export const fixtures = path.join(root, 'test/fixtures/cli')

/** What a run of the binary gave back. */
export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Fail clearly when the binary has not been built. */
export function assertBuilt(): void {
  if (!fs.existsSync(cli)) throw new Error('Build first: `npx tsup` (dist/cli.js is missing)')
}

/**
 * Run `node dist/cli.js ...args` in `cwd`, with `input` on stdin.
 * Colour is left to each test: the environment has neither NO_COLOR nor FORCE_COLOR.
 */
export function copydesk(
  args: string[],
  options: {input?: string | Buffer; cwd?: string; env?: Record<string, string>; nodeArgs?: string[]} = {},
): Run {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env}
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    maxBuffer: 256 * 1024 * 1024,
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A fresh temporary folder. */
export function temporaryFolder(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `copydesk-${name}-`))
}

/** Parse NDJSON output. */
export function parseLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** A running `copydesk`: its process, and what it has written so far. */
export interface Started {
  child: ChildProcess
  /** Resolves at the first bytes on stdout. */
  firstOutput: Promise<void>
  stdout: () => string
  stderr: () => string
  /** Resolves when stderr has printed `text`. */
  stderrSays: (text: string) => Promise<void>
  /** Resolves with the exit status (or the signal that ended it) once the process is gone and its pipes are closed. */
  exited: Promise<{status: number | null; signal: NodeJS.Signals | null}>
}

/**
 * Start `node dist/cli.js ...args` in `cwd`, with pipes for stdin, stdout
 * and stderr, for tests that talk to it while it runs (signals, a reader
 * that leaves). The environment is as for {@link copydesk}.
 */
export function startCopydesk(args: string[], options: {cwd?: string; nodeArgs?: string[]} = {}): Started {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined}
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    cwd: options.cwd ?? root,
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const out: Buffer[] = []
  let err = ''
  const waiting: Array<{text: string; resolve: () => void}> = []
  const firstOutput = new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()))
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    err += chunk
    for (const wait of waiting.filter((candidate) => err.includes(candidate.text))) {
      waiting.splice(waiting.indexOf(wait), 1)
      wait.resolve()
    }
  })
  // A test that stops writing to stdin early must not fail on EPIPE.
  child.stdin?.on('error', () => undefined)
  const exited = new Promise<{status: number | null; signal: NodeJS.Signals | null}>((resolve) => {
    child.on('close', (status, signal) => resolve({status, signal}))
  })
  return {
    child,
    firstOutput,
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => err,
    stderrSays: (text) =>
      new Promise<void>((resolve) => {
        if (err.includes(text)) resolve()
        else waiting.push({text, resolve})
      }),
    exited,
  }
}
