// The lexicon as data: the check `npm test` runs on data/lexicon/, the
// frozen lists, verbForms, the option table, the rule for options objects
// that change, and the forms users type into word options.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {afterAll, beforeAll, describe, expect, expectTypeOf, it} from 'vitest'
import {irregularVerbs} from '../src/grammar/verbs.js'
import {
  analyze,
  detectHedges,
  reportingVerbs,
  retextCopydesk,
  type AnalyzeOptions,
  type Article,
  type HedgeCuesOption,
  type WordListOption,
} from '../src/index.js'
import * as lexicon from '../src/lexicon/index.js'
import {optionTable, resolveSettings, type OptionName} from '../src/options.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const script = path.join(root, 'scripts/lexicon.mjs')

/** Run scripts/lexicon.mjs with arguments: its exit status and what it printed. */
function lexiconScript(...args: string[]): {status: number | null; output: string} {
  const run = spawnSync(process.execPath, [script, ...args], {cwd: root, encoding: 'utf8'})
  return {status: run.status, output: run.stdout + run.stderr}
}

describe('the data check', () => {
  let temp = ''
  let data = ''
  let out = ''

  beforeAll(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lexicon-'))
    data = path.join(temp, 'data')
    out = path.join(temp, 'out')
    fs.cpSync(path.join(root, 'data/lexicon'), data, {recursive: true})
  })

  afterAll(() => {
    if (temp) fs.rmSync(temp, {recursive: true, force: true})
  })

  /** A fresh copy of the data, and modules generated from it. */
  function freshCopy() {
    fs.rmSync(data, {recursive: true, force: true})
    fs.rmSync(out, {recursive: true, force: true})
    fs.cpSync(path.join(root, 'data/lexicon'), data, {recursive: true})
    expect(lexiconScript('--data', data, '--out', out).status).toBe(0)
  }

  /** A fresh copy of a data file, changed by `edit`, checked against the modules generated before the change. */
  function checkEdited(file: string, edit: (text: string) => string) {
    freshCopy()
    const target = path.join(data, file)
    fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')))
    return lexiconScript('--check', '--data', data, '--out', out)
  }

  it('passes on the repository, whose modules are up to date', () => {
    const {status, output} = lexiconScript('--check')
    expect(output).toMatch(/lexicon: \d+ lists checked/)
    expect(status).toBe(0)
  })

  it('passes on a fresh copy of the data generated elsewhere', () => {
    const result = checkEdited('reporting-verbs.txt', (text) => text)
    expect(result.output).toMatch(/lists checked/)
    expect(result.status).toBe(0)
  })

  it('fails on a duplicate entry, naming both places', () => {
    const result = checkEdited('reporting-verbs.txt', (text) => text.replace('\nwarn\n', '\nwarn\nsay\n'))
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/reporting-verbs\.txt:\d+: `say` is listed twice \(first at reporting-verbs\.txt:\d+\)/)
  })

  it('fails on a duplicate that differs only in case', () => {
    const result = checkEdited('source-roles.txt', (text) => text.replace('\neconomists\n', '\neconomists\nEconomist\n'))
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/`Economist` must be lower case/)
    expect(result.output).toMatch(/`Economist` is listed twice/)
  })

  it('fails on a wrongly cased entry', () => {
    const result = checkEdited('work-nouns.txt', (text) => text.replace('\ndocumentary\n', '\nDocumentary\n'))
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/work-nouns\.txt:\d+: `Documentary` must be lower case/)
  })

  it('fails on a curly apostrophe where text is folded to the straight one', () => {
    const result = checkEdited('boilerplate-openings.txt', (text) => text.replace("\ndon't miss\n", '\ndon’t miss\n'))
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/`don’t miss` must use the straight apostrophe/)
  })

  it('fails on an entry shared by lists declared disjoint', () => {
    const result = checkEdited('weasel-quantifiers.txt', (text) => `${text}all\n`)
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/`all` is also in weasel-quantifiers\.txt, which must be disjoint from it/)
  })

  it('fails on a hedge cue listed in two categories', () => {
    const result = checkEdited('hedge-epistemic.txt', (text) => `${text}reportedly\n`)
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/must be disjoint/)
  })

  it('fails when a module is out of date with its data', () => {
    freshCopy()
    fs.appendFileSync(path.join(data, 'unit-words.txt'), 'furlong\n')
    const result = lexiconScript('--check', '--data', data, '--out', out)
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/unit-words\.ts is out of date/)
  })

  it('fails on a group without a note and an example, and on a bad table row', () => {
    const group = checkEdited('time-words.txt', (text) => text.replace('## Months. Example: `until at least September`', '## Months'))
    expect(group.status).toBe(1)
    expect(group.output).toMatch(/a group needs a note and an example/)
    const row = checkEdited('quote-marks.txt', (text) => text.replace('« guillemet opening', '« guillemet opening extra'))
    expect(row.status).toBe(1)
    expect(row.output).toMatch(/expected 2 cells after the key, not 3/)
    const value = checkEdited('quote-marks.txt', (text) => text.replace('» guillemet closing', '» guillemet shut'))
    expect(value.status).toBe(1)
    expect(value.output).toMatch(/`shut` is not a shape/)
    const pair = checkEdited('role-verbs.txt', (text) => text.replace('own owner', 'own'))
    expect(pair.status).toBe(1)
    expect(pair.output).toMatch(/a pair is two cells/)
  })

  it('rejects an unknown argument', () => {
    expect(lexiconScript('--chek').status).toBe(2)
  })

  it('runs first in `npm test`', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {scripts: Record<string, string>}
    expect(manifest.scripts.test).toMatch(/^node scripts\/lexicon\.mjs --check && /)
  })
})

describe('the generated lists', () => {
  it('come from a data file each, with a module generated from it', () => {
    const files = fs.readdirSync(path.join(root, 'data/lexicon')).filter((file) => file.endsWith('.txt'))
    const modules = fs.readdirSync(path.join(root, 'src/lexicon/data'))
    expect(modules.sort()).toEqual(files.map((file) => file.replace(/\.txt$/, '.ts')).sort())
    for (const module of modules) {
      expect(fs.readFileSync(path.join(root, 'src/lexicon/data', module), 'utf8')).toMatch(/^\/\/ Generated by scripts\/lexicon\.mjs/)
    }
  })

  it('carry `@category Lexicons` when they are public', () => {
    for (const [name, value] of Object.entries(lexicon)) {
      if (typeof value === 'function' || name === 'hedgeCues') continue
      const module = fs
        .readdirSync(path.join(root, 'src/lexicon/data'))
        .map((file) => fs.readFileSync(path.join(root, 'src/lexicon/data', file), 'utf8'))
        .find((text) => text.includes(`export const ${name}:`))
      expect(module, name).toBeDefined()
      expect(module, name).toContain('@category Lexicons')
    }
  })

  it('hold no duplicates', () => {
    for (const [name, value] of Object.entries(lexicon)) {
      if (!Array.isArray(value)) continue
      expect(new Set(value).size, name).toBe(value.length)
    }
    for (const [category, cues] of Object.entries(lexicon.hedgeCues)) expect(new Set(cues).size, category).toBe(cues.length)
  })
})

/** Every object reachable from a value. */
function objectsIn(value: unknown, into: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return into
  into.push(value)
  for (const item of Object.values(value)) objectsIn(item, into)
  return into
}

describe('frozen lists', () => {
  it('freezes every exported list, map and nested table', () => {
    const lists = Object.entries(lexicon).filter(([, value]) => typeof value !== 'function')
    expect(lists.length).toBeGreaterThanOrEqual(29)
    for (const [name, value] of lists) {
      for (const object of objectsIn(value)) expect(Object.isFrozen(object), name).toBe(true)
    }
    for (const row of irregularVerbs) expect(Object.isFrozen(row)).toBe(true)
  })

  it('throws on a change in strict mode, and the analysis does not change', () => {
    const input = '“We will not back down,” Ortiz harrumphed. The plan could work.'
    const before = analyze(input)
    const patched = analyze(input, {cueVerbs: {add: []}})
    expect(before.quotes.map((quote) => quote.cue?.text ?? null)).toEqual([null])
    expect(() => (reportingVerbs as string[]).push('harrumph')).toThrow(TypeError)
    expect(() => (lexicon.hedgeCues.modal as string[]).push('plan')).toThrow(TypeError)
    expect(() => {
      ;(lexicon.hedgeCues as Record<string, readonly string[]>).modal = []
    }).toThrow(TypeError)
    expect(() => {
      ;(lexicon.roleVerbs as Record<string, string>).found = 'finder'
    }).toThrow(TypeError)
    expect(() => {
      ;(lexicon.quoteMarks['“'] as {family: string}).family = 'single'
    }).toThrow(TypeError)
    expect(() => {
      ;(lexicon.quoteMarks as Record<string, unknown>)['x'] = {family: 'double', shape: 'neutral'}
    }).toThrow(TypeError)
    expect(reportingVerbs).not.toContain('harrumph')
    expect(analyze(input)).toEqual(before)
    expect(analyze(input, {cueVerbs: {add: []}})).toEqual(patched)
    expect(analyze(input, {cueVerbs: [...reportingVerbs]})).toEqual(before)
  })
})

describe('verbForms', () => {
  it('spells irregular verbs from their table', () => {
    const forms = lexicon.verbForms('go')
    expect(forms).toEqual(['go', 'goes', 'went', 'gone', 'going'])
    expect(forms).not.toContain('goed')
    expect(lexicon.verbForms('write')).toEqual(expect.arrayContaining(['wrote', 'written']))
    expect(lexicon.verbForms('dream')).toEqual(expect.arrayContaining(['dreamed', 'dreamt']))
    for (const [lemma, past, participle, third] of irregularVerbs) {
      const spelled = lexicon.verbForms(lemma as string)
      for (const form of [past, participle, third].flatMap((cell) => (cell ? cell.split('/') : []))) expect(spelled, lemma).toContain(form)
    }
  })

  it('spells regular verbs by rule, and verbs of several words on their first', () => {
    expect(lexicon.verbForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying'])
    expect(lexicon.verbForms('quip')).toContain('quipped')
    expect(lexicon.verbForms('signal')).toEqual(expect.arrayContaining(['signaled', 'signalled']))
    expect(lexicon.verbForms('chime in')).toEqual(['chime in', 'chimes in', 'chimed in', 'chiming in'])
    expect(lexicon.verbForms('  Point Out ')).toContain('pointed out')
  })

  it('throws a TypeError naming `lemma` for a non-string', () => {
    expect(() => lexicon.verbForms(42 as unknown as string)).toThrow(TypeError)
    expect(() => lexicon.verbForms(42 as unknown as string)).toThrow(/`lemma`/)
  })
})

describe('the option table', () => {
  it('declares the 14 options, from which AnalyzeOptions is typed', () => {
    expectTypeOf<keyof AnalyzeOptions>().toEqualTypeOf<OptionName>()
    expectTypeOf<AnalyzeOptions['hedgeCues']>().toEqualTypeOf<HedgeCuesOption | undefined>()
    expectTypeOf<AnalyzeOptions['cueVerbs']>().toEqualTypeOf<WordListOption | undefined>()
    expect(Object.keys(optionTable)).toHaveLength(14)
    for (const spec of Object.values(optionTable)) {
      expect(['list', 'categories']).toContain(spec.shape)
      expect(Object.isFrozen(spec.list)).toBe(true)
    }
  })

  it('validates every option it declares, naming it', () => {
    for (const name of Object.keys(optionTable)) {
      expect(() => analyze('A story.', {[name]: 5} as AnalyzeOptions), name).toThrow(new RegExp(`\`options\\.${name}\``))
      expect(() => analyze('A story.', {[name]: {add: [1]}} as unknown as AnalyzeOptions), name).toThrow(TypeError)
    }
    expect(() => analyze('A story.', {cueVerb: ['say']} as AnalyzeOptions)).toThrow('Unknown option `options.cueVerb`')
  })
})

describe('an options object that changes', () => {
  const cue = (article: Article) => article.quotes[0]?.cue?.text ?? null

  it('is compiled once and reused while it holds the same values', () => {
    const options: AnalyzeOptions = {cueVerbs: {add: ['harrumph']}}
    expect(resolveSettings(options)).toBe(resolveSettings(options))
    expect(resolveSettings({})).toBe(resolveSettings(undefined))
  })

  it('is read again on the next call when a value or a list in it changes', () => {
    const add = ['harrumph']
    const options: AnalyzeOptions = {cueVerbs: {add}}
    expect(cue(analyze('“Enough,” Ortiz groused.', options))).toBeNull()
    add.push('grouse')
    expect(cue(analyze('“Enough,” Ortiz groused.', options))).toBe('groused')
    options.cueVerbs = ['say']
    expect(cue(analyze('“Enough,” Ortiz groused.', options))).toBeNull()
    expect(cue(analyze('“Enough,” Ortiz said.', options))).toBe('said')
    delete options.cueVerbs
    expect(analyze('“Enough,” Ortiz said.', options)).toEqual(analyze('“Enough,” Ortiz said.'))
  })

  it('throws on the next call when a value becomes invalid after its first use, and on every call after', () => {
    const options: AnalyzeOptions = {cueVerbs: {add: ['harrumph']}}
    analyze('“Enough,” Ortiz harrumphed.', options)
    ;(options as Record<string, unknown>).cueVerbs = 5
    expect(() => analyze('“Enough,” Ortiz harrumphed.', options)).toThrow(TypeError)
    expect(() => analyze('“Enough,” Ortiz harrumphed.', options)).toThrow('Expected `options.cueVerbs` to be an array of strings or `{add, remove}`, not `5` (number)')
    ;(options as Record<string, unknown>).cueVerbs = {add: [5]}
    expect(() => analyze('x', options)).toThrow(/`options\.cueVerbs\.add`/)
    ;(options as Record<string, unknown>).colour = true
    options.cueVerbs = {add: ['harrumph']}
    expect(() => analyze('x', options)).toThrow(/`options\.colour`/)
    delete (options as Record<string, unknown>).colour
    expect(cue(analyze('“Enough,” Ortiz harrumphed.', options))).toBe('harrumphed')
  })

  it('is read once by the retext plugin, when it is attached', async () => {
    const options: AnalyzeOptions = {cueVerbs: {add: ['harrumph']}}
    const processor = unified().use(retextEnglish).use(retextCopydesk, options).use(retextStringify).freeze()
    ;(options as Record<string, unknown>).cueVerbs = 5
    const file = await processor.process('“Enough,” Ortiz harrumphed.')
    expect(file.data.copydesk?.quotes[0]?.cue?.text).toBe('harrumphed')
  })
})

describe('word options take every form users type', () => {
  const speakerOf = (article: Article) => article.speakers.find((speaker) => speaker.id === article.quotes[0]?.speakerId)?.name ?? null

  it('finds a multi-word cue verb in every form, at the end of a sentence too', () => {
    const input = '“We should wait,” Ann Lee chimed in.'
    expect(speakerOf(analyze(input))).toBeNull()
    for (const options of [{cueVerbs: {add: ['chime in']}}, {cuePhrases: {add: ['chimed in']}}, {cueVerbs: {add: ['  Chime   In ']}}]) {
      const article = analyze(input, options)
      expect(speakerOf(article), JSON.stringify(options)).toBe('Ann Lee')
      expect(article.quotes[0]?.cue?.text).toMatch(/^chimed in/)
    }
    const indirect = analyze('Ann Lee chimed in that the plan was dead.', {cueVerbs: {add: ['chime in']}})
    expect(indirect.quotes[0]?.content.text).toBe('the plan was dead')
    expect(speakerOf(analyze('“We should wait,” the inspector chimed in on Tuesday.', {cueVerbs: {add: ['chime in']}}))).toBe('the inspector')
  })

  it('folds case, curly apostrophes and white space', () => {
    const story = (last: string) => `Harbor Closed\n\nThe harbor closed on Monday.\n\n${last}`
    const kinds = (input: string, options?: AnalyzeOptions) => analyze(input, options).paragraphs.map((paragraph) => paragraph.kind)
    expect(kinds(story("Don't miss: our podcast"))).toEqual(['headline', 'body', 'boilerplate'])
    expect(kinds(story("Don't miss: our podcast"), {boilerplate: {remove: ['Don’t  Miss ']}})).toEqual(['headline', 'body', 'body'])
    expect(kinds(story('Don’t forget to subscribe'), {boilerplate: {add: ["DON'T FORGET"]}})).toEqual(['headline', 'body', 'boilerplate'])
    const deckhand = analyze('A deckhand said the pier was unsafe.', {sourceRoles: {add: ['  DECKHAND ']}})
    expect(deckhand.speakers[0]?.anonymous).toBe(true)
    expect(detectHedges('The fog will lift, in all likelihood on Saturday.', {hedgeCues: {add: {modal: [' In All  Likelihood ']}}})[0]?.cues[0]?.text).toBe(
      'in all likelihood',
    )
  })

  it('compares titles and organisation markers without their full stop', () => {
    expect(speakerOf(analyze('“Enough,” said Selectwoman Jo Fry.'))).toBe('Selectwoman Jo Fry')
    expect(speakerOf(analyze('“Enough,” said Selectwoman Jo Fry.', {personTitles: {add: ['Selectwoman.']}}))).toBe('Jo Fry')
    const kind = (options?: AnalyzeOptions) => analyze('Acme Inc. said prices would rise.', options).speakers[0]?.kind
    expect(kind()).toBe('organization')
    expect(kind({organizationMarkers: {remove: ['Inc.']}})).toBe(kind({organizationMarkers: {remove: ['inc']}}))
    expect(kind({organizationMarkers: {remove: ['Inc.']}})).not.toBe('organization')
  })

  it('takes an elided word with or without its apostrophe', () => {
    const input = '‘Papers come ’mornin and night,’ she said.'
    const direct = (options?: AnalyzeOptions) => analyze(input, options).quotes.filter((quote) => quote.kind === 'direct').map((quote) => quote.content.text)
    expect(direct()).toEqual([])
    expect(direct({quoteElisions: {add: ['mornin']}})).toEqual(['Papers come ’mornin and night,'])
    expect(direct({quoteElisions: {add: ['’Mornin']}})).toEqual(['Papers come ’mornin and night,'])
  })
})
