// Run the BUILT `copydesk` binary as a user would: a child process, real
// files, stdin and stdout as pipes.
import {spawnSync} from 'node:child_process'
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
export function copydesk(args: string[], options: {input?: string; cwd?: string; env?: Record<string, string>} = {}): Run {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env}
  const result = spawnSync(process.execPath, [cli, ...args], {
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
