// The command under signals and readers that leave: a spawned `copydesk`
// whose stdout is a pipe the test stops reading, so that a long output line
// is half written when the signal, sent by PID, comes. Nothing here waits on
// a clock: each step waits for what the process says or does.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, fixtures, startCopydesk, temporaryFolder, type Started} from './cli-helpers.js'

const ferry = fs.readFileSync(path.join(fixtures, 'ferry.txt'), 'utf8')
// About 100 KB of text: its output line is about a megabyte, far more than
// a pipe holds, so the writer is always in the middle of a line when it blocks.
const longText = Array.from({length: 70}, () => ferry).join('\n\n')
const record = (id: string, text = longText) => `${JSON.stringify({id, text})}\n`
let folder = ''

beforeAll(() => {
  assertBuilt()
  folder = temporaryFolder('signals')
})

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

/** Start an NDJSON run fed `count` long records, stdin left open, and stop reading its output at the first bytes. */
async function blockedRun(count: number): Promise<Started> {
  const run = startCopydesk(['--ndjson', '--workers', '1', '--quiet'], {cwd: folder})
  for (let index = 0; index < count; index++) run.child.stdin?.write(record(`r${index}`))
  await run.firstOutput
  run.child.stdout?.pause()
  return run
}

function lines(stdout: string): string[] {
  return stdout.split('\n').slice(0, -1)
}

describe.each([
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const)('%s while writing to a pipe', (signal, status) => {
  it(`finishes the line in flight, takes no more input, and exits ${status}`, async () => {
    const run = await blockedRun(20)
    process.kill(run.child.pid ?? 0, signal)
    await run.stderrSays(`${signal}: stopping after the record being written`)
    run.child.stdout?.resume()
    // stdin is still open: the process ends without waiting for its end.
    const exit = await run.exited
    expect(exit).toEqual({status, signal: null})
    const output = run.stdout()
    expect(output.endsWith('\n')).toBe(true)
    const ids = lines(output).map((line) => (JSON.parse(line) as {id: string}).id)
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.length).toBeLessThan(20)
    expect(ids).toEqual(ids.map((_, index) => `r${index}`))
  })
})

describe('a second signal', () => {
  it('stops at once, though the reader reads nothing', async () => {
    const run = await blockedRun(4)
    process.kill(run.child.pid ?? 0, 'SIGTERM')
    await run.stderrSays('SIGTERM again stops at once')
    process.kill(run.child.pid ?? 0, 'SIGTERM')
    // The test reads again only to let the pipe close; the process has gone.
    run.child.stdout?.resume()
    expect(await run.exited).toEqual({status: 143, signal: null})
  })
})

describe('a signal between records', () => {
  it('ends a run waiting for input, with the records so far', async () => {
    const run = startCopydesk(['--ndjson', '--workers', '1', '--quiet'], {cwd: folder})
    run.child.stdin?.write(record('only', ferry))
    await run.firstOutput
    await new Promise<void>((resolve) => {
      const check = () => (run.stdout().endsWith('\n') ? resolve() : run.child.stdout?.once('data', check))
      check()
    })
    process.kill(run.child.pid ?? 0, 'SIGTERM')
    expect(await run.exited).toEqual({status: 143, signal: null})
    expect(lines(run.stdout()).map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(['only'])
  })
})

describe('a reader that goes away (EPIPE)', () => {
  // Several megabytes of output: the pipe cannot take it all before the reader leaves.
  const many = Array.from({length: 300}, (_, index) => record(`s${index}`, ferry)).join('')

  it('still exits 1 when records had failed', async () => {
    const run = startCopydesk(['--ndjson', '--workers', '1', '--quiet'], {cwd: folder})
    run.child.stdin?.end(`not json\n${many}`)
    await run.firstOutput
    run.child.stdout?.destroy()
    expect(await run.exited).toEqual({status: 1, signal: null})
    expect(run.stderr()).toContain('copydesk: line 1: not valid JSON')
    expect(run.stderr()).not.toContain('writing output failed')
  })

  it('exits 0 when nothing had failed', async () => {
    const run = startCopydesk(['--ndjson', '--workers', '1', '--quiet'], {cwd: folder})
    run.child.stdin?.end(many)
    await run.firstOutput
    run.child.stdout?.destroy()
    expect(await run.exited).toEqual({status: 0, signal: null})
    expect(run.stderr()).toBe('')
  })
})
