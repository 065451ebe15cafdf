// Every example runs as users would run it (a `node` process importing the
// built package by its name) and prints exactly its expected output, kept
// beside it; the browser page runs in headless Chromium. After a deliberate
// change, check the new output and run `npm run examples -- --update`.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {optionTable} from '../src/options.js'
import {assertChromium, chromiumArgs, chromiumPath} from './browser.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const examples = path.join(root, 'examples')

const scripts = fs
  .readdirSync(examples)
  .filter((name) => name.endsWith('.mjs') && name !== 'run.mjs')
  .sort()

const read = (file: string) => fs.readFileSync(file, 'utf8')

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist/index.js'))) throw new Error('Build first: `npm run build`')
})

describe('the examples', () => {
  it('are all there, each with its expected output and no stray expected file', () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        'cli-ndjson.mjs',
        'custom-lexicons.mjs',
        'detect-hedges.mjs',
        'detect-quotes.mjs',
        'detect-speakers.mjs',
        'quick-start.mjs',
        'retext-pipeline.mjs',
        'split-paragraphs.mjs',
        'who-gets-quoted.mjs',
      ]),
    )
    const expected = fs.readdirSync(examples).filter((name) => name.endsWith('.expected.txt'))
    expect(expected.sort()).toEqual(scripts.map((name) => name.replace(/\.mjs$/, '.expected.txt')))
  })

  it.each(scripts)('%s opens with a comment saying what it shows and imports the package by name', (name) => {
    const source = read(path.join(examples, name))
    expect(source).toMatch(/^\/\/ \S.+\n\/\/ /)
    if (name !== 'cli-ndjson.mjs') expect(source).toMatch(/from 'copydesk'/)
    expect(source).not.toMatch(/dist\/index/)
  })

  it.each(scripts)('%s prints its expected output', (name) => {
    const run = spawnSync(process.execPath, [path.join(examples, name)], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(read(path.join(examples, name.replace(/\.mjs$/, '.expected.txt'))))
  })

  it('the articles are plain text files', () => {
    const articles = fs.readdirSync(path.join(examples, 'articles'))
    expect(articles.length).toBeGreaterThanOrEqual(4)
    for (const name of articles) expect(name).toMatch(/^[a-z-]+\.txt$/)
  })
})

/** A `js` sample of the README or a guide, and the `txt`/`json` block showing its output, if any. */
interface Sample {
  name: string
  code: string
  output: {lang: string; text: string} | null
}

function samples(document: string): Sample[] {
  const markdown = read(path.join(root, document))
  const blocks = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    lang: match[1] ?? '',
    code: match[2] ?? '',
    start: match.index,
    end: match.index + match[0].length,
  }))
  const found: Sample[] = []
  blocks.forEach((block, index) => {
    if (block.lang !== 'js') return
    const next = blocks[index + 1]
    const paired = next && ['txt', 'json'].includes(next.lang) && !markdown.slice(block.end, next.start).trim().includes('\n\n')
    found.push({
      name: `${document}:${markdown.slice(0, block.start).split('\n').length}`,
      code: block.code,
      output: paired ? {lang: next.lang, text: next.code} : null,
    })
  })
  return found
}

const documents = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md') && name !== 'cli.md')
    .sort()
    .map((name) => `docs/${name}`),
]
const allSamples = documents.flatMap(samples)

describe('the code samples of the README and the guides', () => {
  it('are there, and each shows its output', () => {
    expect(allSamples.length).toBeGreaterThanOrEqual(12)
    expect(allSamples.filter((sample) => !sample.output).map((sample) => sample.name)).toEqual([])
    expect(allSamples.some((sample) => sample.name.startsWith('docs/results.md') && sample.output?.lang === 'json')).toBe(true)
  })

  it.each(allSamples.map((sample) => [sample.name, sample] as const))('%s runs and prints what the docs say', (_, sample) => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', sample.code], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
    })
    expect(run.status, run.stderr).toBe(0)
    if (!sample.output) return
    const printed = run.stdout + run.stderr
    if (sample.output.lang === 'json') expect(JSON.parse(printed)).toEqual(JSON.parse(sample.output.text))
    else expect(printed).toBe(sample.output.text)
  })
})

describe('the README', () => {
  const readme = read(path.join(root, 'README.md'))
  const section = (heading: string) => {
    const start = readme.indexOf(`\n## ${heading}\n`)
    expect(start).toBeGreaterThan(-1)
    const end = readme.indexOf('\n## ', start + 1)
    return readme.slice(start, end === -1 ? undefined : end)
  }

  it('has the sections of a unified package, in order', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1])
    expect(headings).toEqual([
      'Contents',
      'What is this?',
      'When should I use this?',
      'Install',
      'Quick start',
      'Use',
      'CLI',
      'API',
      'Messages',
      'Types',
      'Accuracy',
      'Performance',
      'Compatibility',
      'Security',
      'Related',
      'Contribute',
      'License',
    ])
  })

  it('lists every runtime export in its API section', async () => {
    const api = section('API')
    const library = (await import(path.join(root, 'dist/index.js'))) as Record<string, unknown>
    const missing = Object.keys(library).filter((name) => !api.includes(`\`${name}`))
    expect(missing).toEqual([])
  })

  it('lists every option of AnalyzeOptions in its API section', () => {
    const api = section('API')
    const options = Object.keys(optionTable)
    expect(options.length).toBeGreaterThanOrEqual(14)
    expect(options.filter((option) => !api.includes(`| \`${option}\` |`))).toEqual([])
  })

  it('lists every exported type in its Types section', () => {
    const types = section('Types')
    const index = read(path.join(root, 'src/index.ts'))
    const names = [...index.matchAll(/export type \{([^}]*)\}/g)].flatMap((match) =>
      (match[1] ?? '').split(',').map((name) => name.trim()).filter(Boolean),
    )
    expect(names.length).toBeGreaterThanOrEqual(20)
    expect(names.filter((name) => !types.includes(`\`${name}\``))).toEqual([])
  })

  it('links to every guide', () => {
    for (const document of fs.readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md'))) {
      expect(readme).toContain(`](docs/${document})`)
    }
  })
})

describe('the guides', () => {
  it.each(fs.readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')))('%s is a TypeDoc guide', (name) => {
    expect(read(path.join(root, 'docs', name))).toMatch(/^---\ntitle: .+\ngroup: Guides\n---\n/)
  })
})

describe('the browser example, in Chromium', () => {
  let server: ChildProcess | undefined
  let browser: Browser | undefined
  let address = ''

  beforeAll(async () => {
    assertChromium('The browser example test')
    // The example's own server: it bundles the ESM build, then prints its address.
    server = spawn(process.execPath, [path.join(examples, 'browser/serve.mjs'), '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    address = await new Promise<string>((resolve, reject) => {
      server?.stdout?.once('data', (chunk) => resolve(String(chunk).trim()))
      server?.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)))
    })
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs, headless: true})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.kill()
  })

  it('serves on 127.0.0.1 only', () => {
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('analyses the story in the page and shows the expected result, with no error and no outside request', async () => {
    const page = await browser!.newPage()
    const errors: string[] = []
    const requests: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(address, {waitUntil: 'load'})
    await page.waitForSelector('#result[data-ready]')

    const shown = (await page.locator('#result').innerText()) + '\n'
    expect(shown).toBe(read(path.join(examples, 'browser/index.expected.txt')))
    expect(errors).toEqual([])
    expect(requests.length).toBeGreaterThan(1)
    for (const url of requests) expect(url.startsWith(address)).toBe(true)

    // A new story, analysed on the click of the button.
    await page.fill('#story', '“Stay home,” said Mayor Ana Lind. The storm may worsen.')
    await page.click('#analyse')
    await expect(page.locator('#quotes li').allInnerTexts()).resolves.toEqual(['direct, Ana Lind: Stay home,'])
    await expect(page.locator('#hedges li').allInnerTexts()).resolves.toEqual(['may (modal)'])
    await page.close()
  })
})
