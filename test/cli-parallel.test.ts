// Scale-out on a real engine: GNU parallel (Debian's `parallel` package)
// cuts an NDJSON corpus with bad records into blocks and runs one copydesk
// per block, as docs/cli.md recommends; the output must be the output of a
// single process, line for line.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, cli, copydesk, fixtures} from './cli-helpers.js'

const ferry = fs.readFileSync(path.join(fixtures, 'ferry.txt'), 'utf8')

function assertParallel(): void {
  const found = spawnSync('parallel', ['--version'], {encoding: 'utf8'})
  if (found.status !== 0 || !found.stdout.startsWith('GNU parallel')) {
    throw new Error('The scale-out test needs GNU parallel: install it with `apt-get install -y parallel`')
  }
}

beforeAll(() => {
  assertParallel()
  assertBuilt()
})

/** 240 records of varied size, every one with an id, some of them bad. */
function corpus(): Buffer {
  const lines: Buffer[] = []
  for (let index = 0; index < 240; index++) {
    const id = index % 50 === 7 ? 1234567890123456789 + index : `story-${index}`
    if (index % 37 === 5) lines.push(Buffer.from(JSON.stringify({id, body: 'no text here'})))
    else if (index % 41 === 9) lines.push(Buffer.from(JSON.stringify({id, text: 42})))
    else if (index % 43 === 11) lines.push(Buffer.from(JSON.stringify({id, text: null})))
    // A line in Windows-1252 (“ ” as 0x93 0x94): read, with a warning.
    else if (index % 47 === 13) lines.push(Buffer.from([...Buffer.from(`{"id": "old-${index}", "text": "xWe stay open,x said Ada."}`)].map((byte, at, all) => (byte === 0x78 && all[at - 1] !== 0x61 ? (at < 30 ? 0x93 : 0x94) : byte))))
    else lines.push(Buffer.from(JSON.stringify({id, text: `${index % 5 === 0 ? ferry : ''}“Line ${index},” said Ada Brightwater.`})))
  }
  return Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]))
}

describe('copydesk --ndjson under GNU parallel --pipe --keep-order', () => {
  it('gives the output of a single process, line for line, bad records included', () => {
    const input = corpus()
    const single = copydesk(['--ndjson', '--workers', '1', '--quiet'], {input})
    expect(single.status).toBe(1)
    const block = '8k'
    const engine = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '--keep-order', '--block', block, '--jobs', '2', process.execPath, cli, '--ndjson', '--workers', '1', '--quiet'],
      {input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024},
    )
    // parallel's status is the number of jobs that failed: those with bad records.
    expect(engine.status).toBeGreaterThan(0)
    const lines = (output: string) => output.split('\n')
    expect(lines(engine.stdout)).toEqual(lines(single.stdout))
    expect(lines(single.stdout).filter((line) => line.includes('"error":')).length).toBeGreaterThan(10)
    // The corpus really was cut into several blocks, each its own process.
    const blocks = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '--block', block, 'wc', '-l'], {input, encoding: 'utf8'})
    expect(blocks.stdout.trim().split('\n').length).toBeGreaterThan(5)
  })
})
