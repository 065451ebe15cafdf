// How users meet the package: pack it, install the tarball into a fresh
// project, then import it with ESM and CommonJS and type-check a consumer.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const story = 'Ferry Fares Rise\\n\\nBy Nora Quist\\n\\nHALDEN, Norway — Fares will rise in March.'
let project = ''

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}})

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist/index.js'))) throw new Error('Build first: `npm run build`')
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-consumer-'))
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], root)) as Array<{
    filename: string
  }>
  const tarball = path.join(project, packed[0]?.filename ?? '')
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, version: '1.0.0'}))
  run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], project)
}, 180_000)

afterAll(() => {
  if (project) fs.rmSync(project, {recursive: true, force: true})
})

describe('the packed package', () => {
  it('ships only what users need', () => {
    const files = fs.readdirSync(path.join(project, 'node_modules/copydesk')).sort()
    expect(files).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json'])
  })

  it('imports with ESM', () => {
    fs.writeFileSync(
      path.join(project, 'esm.mjs'),
      `import {analyze} from 'copydesk'\nconst article = analyze('${story}')\nconsole.log(JSON.stringify([article.paragraphs.map((p) => p.kind), article.dateline.text]))\n`,
    )
    expect(JSON.parse(run('node', ['esm.mjs'], project))).toEqual([['headline', 'byline', 'body'], 'HALDEN, Norway —'])
  })

  it('requires with CommonJS', () => {
    fs.writeFileSync(
      path.join(project, 'cjs.cjs'),
      `const {splitParagraphs} = require('copydesk')\nconsole.log(JSON.stringify(splitParagraphs('${story}').map((p) => p.kind)))\n`,
    )
    expect(JSON.parse(run('node', ['cjs.cjs'], project))).toEqual(['headline', 'byline', 'body'])
  })

  it('imports the plugin from copydesk/retext as a default export, the main entry\'s function itself', () => {
    fs.writeFileSync(
      path.join(project, 'retext.mjs'),
      `import retextCopydesk, {retextCopydesk as named} from 'copydesk/retext'
import {retextCopydesk as main} from 'copydesk'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
const file = new VFile('${story}')
retextCopydesk({quoteInfo: false})(new ParseEnglish().parse(String(file)), file)
console.log(JSON.stringify([retextCopydesk === named, retextCopydesk === main, file.data.copydesk.paragraphs.map((p) => p.kind)]))
`,
    )
    expect(JSON.parse(run('node', ['retext.mjs'], project))).toEqual([true, true, ['headline', 'byline', 'body']])
  })

  it('requires copydesk/retext with CommonJS', () => {
    fs.writeFileSync(
      path.join(project, 'retext.cjs'),
      `const plugin = require('copydesk/retext')
console.log(JSON.stringify([typeof plugin.default, plugin.default === plugin.retextCopydesk, plugin.default === require('copydesk').retextCopydesk]))
`,
    )
    expect(JSON.parse(run('node', ['retext.cjs'], project))).toEqual(['function', true, true])
  })

  it('imports the lexicons from copydesk/lexicon with ESM, the same frozen objects as the main entry', () => {
    fs.writeFileSync(
      path.join(project, 'lexicon.mjs'),
      `import * as main from 'copydesk'\nimport * as lexicon from 'copydesk/lexicon'\nimport {reportingVerbs, verbForms} from 'copydesk/lexicon'\n` +
        `const names = Object.keys(lexicon)\n` +
        `let pushed = 'no'\ntry { reportingVerbs.push('harrumph'); pushed = 'yes' } catch (error) { pushed = error.constructor.name }\n` +
        `console.log(JSON.stringify([names.length, names.every((name) => lexicon[name] === main[name]), reportingVerbs.includes('say'), verbForms('go'), pushed, 'analyze' in lexicon]))\n`,
    )
    expect(JSON.parse(run('node', ['lexicon.mjs'], project))).toEqual([30, true, true, ['go', 'goes', 'went', 'gone', 'going'], 'TypeError', false])
  })

  it('requires the lexicons from copydesk/lexicon with CommonJS, the same frozen objects as the main entry', () => {
    fs.writeFileSync(
      path.join(project, 'lexicon.cjs'),
      `const main = require('copydesk')\nconst lexicon = require('copydesk/lexicon')\n` +
        `const names = Object.keys(lexicon)\n` +
        `console.log(JSON.stringify([names.length, names.every((name) => lexicon[name] === main[name]), Object.isFrozen(lexicon.hedgeCues.modal), lexicon.quoteMarks['„'].family]))\n`,
    )
    expect(JSON.parse(run('node', ['lexicon.cjs'], project))).toEqual([30, true, true, 'double'])
  })

  it('type-checks a TypeScript consumer against the installed types', () => {
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: []}, files: ['consumer.mts', 'consumer.cts', 'consumer-retext.cts', 'lexicon-consumer.mts', 'lexicon-consumer.cts']}),
    )
    const body = `const article: Article = analyze('${story}', {boilerplate: {add: ['Get the Brief']}})
const kind: ParagraphKind = article.paragraphs[0]!.kind
const quotes: Quote[] = article.quotes
const speakers: Speaker[] = article.speakers
const hedges: HedgedClaim[] = article.hedges
// @ts-expect-error: text must be a string
analyze(42)
// @ts-expect-error: options are typed
analyze('text', {boilerplate: 'Advertisement'})
const options: RetextCopydeskOptions = {quoteInfo: false, cueVerbs: {add: ['harrumph']}}
// @ts-expect-error: quoteInfo is a boolean
const wrong: RetextCopydeskOptions = {quoteInfo: 'no'}
const rule: CopydeskRuleId = 'unattributed-quote'
const transform = retextCopydesk(options)
export const used = [kind, quotes, speakers, hedges, wrong, rule, transform]
`
    fs.writeFileSync(
      path.join(project, 'consumer.mts'),
      `import {analyze, type Article, type HedgedClaim, type ParagraphKind, type Quote, type Speaker} from 'copydesk'\nimport retextCopydesk, {type CopydeskRuleId, type RetextCopydeskOptions} from 'copydesk/retext'\n${body}`,
    )
    fs.writeFileSync(
      path.join(project, 'consumer.cts'),
      `import {analyze, retextCopydesk, type Article, type CopydeskRuleId, type HedgedClaim, type ParagraphKind, type Quote, type RetextCopydeskOptions, type Speaker} from 'copydesk'\n${body}`,
    )
    fs.writeFileSync(
      path.join(project, 'consumer-retext.cts'),
      `import retextCopydesk, {messageSource, type CopydeskMessage} from 'copydesk/retext'
const transform: (tree: import('nlcst').Root, file: import('vfile').VFile) => undefined = retextCopydesk({quoteInfo: true})
const source: CopydeskMessage['source'] = messageSource
export const used = [transform, source]
`,
    )
    const lexiconBody = `const verbs: readonly string[] = reportingVerbs
const mark: QuoteMark | undefined = quoteMarks['“']
const modal: readonly string[] = hedgeCues.modal
const lexicon: HedgeLexicon = hedgeCues
const forms: string[] = verbForms('go')
// @ts-expect-error: the lists are read-only
reportingVerbs.push('harrumph')
// @ts-expect-error: a lemma is a string
verbForms(42)
export const usedLexicon = [verbs, mark, modal, lexicon, forms]
`
    const lexiconImport = `import {hedgeCues, quoteMarks, reportingVerbs, verbForms, type HedgeLexicon, type QuoteMark} from 'copydesk/lexicon'\n`
    fs.writeFileSync(path.join(project, 'lexicon-consumer.mts'), lexiconImport + lexiconBody)
    fs.writeFileSync(path.join(project, 'lexicon-consumer.cts'), lexiconImport + lexiconBody)
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
    expect(() => run('node', [tsc, '-p', project], project)).not.toThrow()
  })
})
