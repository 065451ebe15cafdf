// Input shapes for issue 14's targets: every shape of input should cost at
// most 5× the CPU time per character of news prose, grow linearly (4× the
// input in at most 5× the time) and peak at most 40× the input on the heap.
//
// Each shape is measured in fresh Node processes of its own (bench/shape-child.mjs):
// one for time, the two sizes run in turn and the median of each taken, and one
// for memory, with V8's heap capped, reading the peak from --trace-gc.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** A small deterministic generator: the same noise on every machine. */
function random(seed) {
  let state = seed >>> 0 || 1
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state
  }
}

/** `piece` repeated to exactly `size` code units. */
function fill(piece, size) {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size)
}

/** Random code units from `pick`, `size` of them, built in slices (no call with millions of arguments). */
function noise(size, seed, pick) {
  const next = random(seed)
  const parts = []
  const units = []
  for (let index = 0; index < size; index++) {
    units.push(pick(next()))
    if (units.length === 8192) {
      parts.push(String.fromCharCode(...units))
      units.length = 0
    }
  }
  parts.push(String.fromCharCode(...units))
  return parts.join('')
}

/**
 * The shapes, each `(size, seed, prose) => text` of `size` code units.
 * `prose` is the project's own articles joined by blank lines; `seed`
 * varies the text between runs where the shape has any randomness.
 */
export const shapes = {
  'news prose': (size, seed, prose) => fill(prose, size),
  'straight double quotes': (size) => '"'.repeat(size),
  'curly “” pairs': (size) => fill('“”', size),
  'single quotes, apostrophes': (size) => fill("'’‘", size),
  'tiny paragraphs (Word\\n\\n)': (size) => fill('Word\n\n', size),
  'one long word': (size, seed) => noise(size, seed, (value) => 0x61 + (value % 26)),
  'punctuation without spaces': (size) => fill('.,;:!?-()', size),
  'NBSP-separated words': (size) => fill('word\u00a0', size),
  'binary noise (lone surrogates too)': (size, seed) => noise(size, seed, (value) => value >>> 16),
  'one huge paragraph of prose': (size, seed, prose) => fill(prose.replace(/\s+/g, ' ') + ' ', size),
  'many short lines': (size) => fill('He said no.\n', size),
  'deeply nested quotes': (size) => fill('“A ‘b “c ‘d ', size),
  'unbalanced quotation marks': (size) => fill('“He said ‘no ', size),
  'one paragraph, no punctuation': (size) => fill('word ', size),
  'only newlines': (size) => '\n'.repeat(size),
}

/** What the code, the lexicons and the tagger's model hold before any input, in MB (about 40 on Node 20). */
const BASE_ALLOWANCE_MB = 48

/** The targets of issue 14. */
export const targets = {perCharacter: 5, growth: 5, memory: 40}

function child(args, nodeFlags = []) {
  const run = spawnSync(process.execPath, [...nodeFlags, path.join(here, 'shape-child.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return run
}

/**
 * Measure every shape: CPU time at `unit` and `4 × unit` code units
 * (`rounds` of each, in turn, medians), and the peak heap on
 * `memoryBytes` code units under a heap cap of 40× the input (plus room
 * for the code and the model). `corpusFile` holds the articles as JSON.
 */
export function measureShapes({library, corpusFile, unit, rounds, memoryBytes, log}) {
  const results = {}
  for (const name of Object.keys(shapes)) {
    const time = child(['time', library, corpusFile, name, String(unit), String(rounds)])
    if (time.status !== 0) throw new Error(`shape ${name}: ${time.stderr}`)
    const {ms, quadrupledMs} = JSON.parse(time.stdout)
    // A small young generation, so little garbage waits there between collections,
    // and an old generation capped at 40× the input past what the code and the
    // tagger's model take: V8 then collects as it must, and the heap before each
    // collection is close to what the analysis holds.
    const capMb = Math.ceil((targets.memory * memoryBytes) / 2 ** 20) + BASE_ALLOWANCE_MB
    const memory = child(['memory', library, corpusFile, name, String(memoryBytes)], [
      '--expose-gc',
      '--trace-gc',
      '--max-semi-space-size=1',
      `--max-old-space-size=${capMb}`,
    ])
    let peakMultiple = null
    if (memory.status === 0) {
      const base = Number(/^BASE (\d+)$/m.exec(memory.stdout)?.[1])
      const after = memory.stdout.slice(memory.stdout.indexOf('\nSTART'))
      let peak = Number(/^END (\d+)$/m.exec(after)?.[1])
      // Each GC line says how much was on the heap before it ran: the highest is the peak.
      for (const match of after.matchAll(/(?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \([\d.]+\) ->/g)) {
        peak = Math.max(peak, Number(match[1]) * 2 ** 20)
      }
      peakMultiple = (peak - base) / memoryBytes
    }
    results[name] = {ms, quadrupledMs, growth: quadrupledMs / ms, peakMultiple, heapCapMb: capMb}
    log?.(name)
  }
  const prose = results['news prose']
  for (const result of Object.values(results)) result.perCharacter = result.quadrupledMs / prose.quadrupledMs
  return results
}

/** The table `npm run bench` prints: one line per shape, each figure with ✓ or ✗ against its target. */
export function shapeTable(results, {unit, memoryBytes}) {
  const mark = (ok) => (ok ? '✓' : '✗')
  const lines = [
    `every input shape: CPU time per character against news prose (≤ ${targets.perCharacter}×), at ${unit / 1e6} MB and ${(4 * unit) / 1e6} MB (4× the input ≤ ${targets.growth}× the time), and peak heap on ${memoryBytes / 1e6} MB (≤ ${targets.memory}× the input)`,
    `  ${'shape'.padEnd(36)}${'ms'.padStart(8)}${'4× ms'.padStart(9)}   per char   4× ratio   peak heap`,
  ]
  for (const [name, result] of Object.entries(results)) {
    const perCharacter = `${result.perCharacter.toFixed(2)}× ${mark(result.perCharacter <= targets.perCharacter)}`
    const growth = `${result.growth.toFixed(2)} ${mark(result.growth <= targets.growth)}`
    const memory = result.peakMultiple === null ? `> ${targets.memory}× ✗` : `${result.peakMultiple.toFixed(1)}× ${mark(result.peakMultiple <= targets.memory)}`
    lines.push(
      `  ${name.padEnd(36)}${result.ms.toFixed(0).padStart(8)}${result.quadrupledMs.toFixed(0).padStart(9)}   ${perCharacter.padStart(8)}   ${growth.padStart(8)}   ${memory.padStart(9)}`,
    )
  }
  return lines
}
