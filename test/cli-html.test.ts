// The HTML report in a real browser: headless Chromium (Debian's package)
// driven by playwright-core opens a generated page from disk, and we check
// what a reader sees, that it works from the keyboard, and that it makes no
// request. Screenshots land in the test's temporary folder.
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assertChromium, chromiumArgs, chromiumPath} from './browser.js'
import {createFormat} from '../src/cli/formats/format.js'
import type {Article, Span} from '../src/index.js'
import {assertBuilt, copydesk, fixtures, temporaryFolder} from './cli-helpers.js'


let folder = ''
let context: BrowserContext

beforeAll(async () => {
  assertChromium('The HTML report test')
  assertBuilt()
  folder = temporaryFolder('html')
  context = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: {width: 1280, height: 900},
  })
}, 60_000)

afterAll(async () => {
  await context?.close()
  // The folder stays: it holds the screenshots.
  if (folder) console.info(`HTML report screenshots: ${folder}`)
})

/** Open a page from disk, recording every request it makes and everything it logs (a blocked script or style is logged). */
async function open(file: string): Promise<{page: Page; requests: string[]; console: string[]}> {
  const page = await context.newPage()
  const requests: string[] = []
  const console: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => console.push(message.text()))
  page.on('pageerror', (error) => console.push(error.message))
  await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  return {page, requests, console}
}

/** A span of `text`: the `nth` occurrence of `needle`. */
function span(text: string, needle: string, nth = 0): Span {
  let start = -1
  for (let index = 0; index <= nth; index++) start = text.indexOf(needle, start + 1)
  if (start === -1) throw new Error(`No ${needle} in the test article`)
  return {start, end: start + needle.length, text: needle}
}

describe('the HTML report of the CLI, in Chromium', () => {
  it('shows the quotes, speakers and hedges the analysis found, and makes no request', async () => {
    const article = JSON.parse(copydesk(['--format', 'json', path.join(fixtures, 'ferry.txt')]).stdout) as Article
    const run = copydesk(['--format', 'html', path.join(fixtures, 'ferry.txt')])
    expect(run.status).toBe(0)
    const file = path.join(folder, 'ferry.html')
    fs.writeFileSync(file, run.stdout)
    const {page, requests} = await open(file)

    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.title()).toBe('copydesk: ferry.txt')
    await expect(page.getByRole('main').count()).resolves.toBe(1)
    await expect(page.getByRole('banner').count()).resolves.toBe(1)
    await expect(page.getByRole('complementary', {name: 'Speakers and hedges'}).count()).resolves.toBe(1)
    expect(await page.getByRole('heading', {level: 2}).first().innerText()).toBe('Ferry Service Halted After Engine Fire on Lake Crossing')

    const quoteIds = await page.$$eval('mark.quote[data-quote]', (marks) => [...new Set(marks.map((mark) => mark.getAttribute('data-quote')))])
    expect(quoteIds).toEqual(article.quotes.map((quote) => quote.id))
    const speakerNames = await page.$$eval('button.speaker .name', (names) => names.map((name) => name.textContent))
    expect(speakerNames).toEqual(article.speakers.map((speaker) => speaker.name))
    await expect(page.locator('button.speaker .badge').count()).resolves.toBe(article.speakers.filter((speaker) => speaker.anonymous).length)
    const cues = await page.$$eval('.story .hedge', (spans) => spans.map((cue) => cue.firstChild?.textContent))
    expect(cues).toEqual(
      article.hedges
        .flatMap((claim) => claim.cues)
        .sort((a, b) => a.start - b.start)
        .map((cue) => cue.text),
    )

    await page.screenshot({path: path.join(folder, 'ferry.png'), fullPage: true})
    expect(requests).toEqual([pathToFileURL(file).href])
    await page.close()
  })
})

describe('a report of several articles, in Chromium', () => {
  it('lists the articles by headline and source, without the labels kept for screen readers', async () => {
    // A hedge cue in a headline: its screen-reader label and its tip are in
    // the heading's text content, and must not be in the list.
    fs.writeFileSync(path.join(folder, 'likely.txt'), 'Ferry Service Will Likely Resume Friday\n\nThe ferry will probably run again on Friday, officials said.\n')
    const run = copydesk(['--format', 'html', path.join(folder, 'likely.txt'), 'ferry.txt', 'corpus'], {cwd: fixtures})
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/<h2 [^>]*kind-headline[^>]*>Ferry Service Will <span class="hedge/)
    const file = path.join(folder, 'several.html')
    fs.writeFileSync(file, run.stdout)
    const {page, console} = await open(file)
    expect(await page.title()).toBe('copydesk: 4 articles')
    const items = await page.$$eval('.toc li a', (links) => links.map((link) => link.textContent))
    expect(items).toEqual([
      `Ferry Service Will Likely Resume Friday — ${path.join(folder, 'likely.txt')}`,
      'Ferry Service Halted After Engine Fire on Lake Crossing — ferry.txt',
      'Council Delays Vote on Bike Lanes — corpus/a-council.txt',
      'Library Extends Weekend Hours — corpus/nested/b-library.md',
    ])
    for (const item of items) expect(item).not.toMatch(/hedge:|Hedge ·|Quote by|end of quote|Source:/)
    await expect(page.locator('.toc').isVisible()).resolves.toBe(true)
    expect(console).toEqual([])
    await page.screenshot({path: path.join(folder, 'several.png'), fullPage: true})
    await page.close()
  })

  it('counts one article as one in the title', () => {
    const run = copydesk(['--format', 'html', path.join(fixtures, 'corpus', 'nested')])
    expect(run.stdout).toContain('<title>copydesk: 1 article</title>')
  })
})

describe('the Content-Security-Policy of the report', () => {
  it('allows no inline code but the page’s own sheet and script, by their hashes', async () => {
    const html = copydesk(['--format', 'html', path.join(fixtures, 'ferry.txt')]).stdout
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? ''
    expect(policy).not.toContain('unsafe')
    const hash = (tag: string) => {
      const source = new RegExp(`<${tag}>([^]*?)</${tag}>`).exec(html)?.[1] ?? ''
      return `'sha256-${createHash('sha256').update(source).digest('base64')}'`
    }
    expect(policy).toBe(`default-src 'none'; style-src ${hash('style')}; script-src ${hash('script')}`)
    // No style attribute either: the policy would block it.
    expect(html).not.toMatch(/\sstyle=/)
    // The browser runs the script and applies the sheet, and blocks nothing.
    const file = path.join(folder, 'csp.html')
    fs.writeFileSync(file, html)
    const {page, console} = await open(file)
    expect(console).toEqual([])
    const [first] = await page.$$eval('button.speaker', (buttons) => buttons.map((button) => getComputedStyle(button).getPropertyValue('--hue')))
    expect(first).toBe('212')
    const speaker = page.locator('button.speaker').first()
    await speaker.click()
    await expect(speaker.getAttribute('aria-pressed')).resolves.toBe('true')
    await page.close()
  })
})

describe('the HTML report of a hand-made Article, in Chromium', () => {
  const text = [
    'Ferry Service Halted',
    'PORT ELLERY, Mich. (AP) — A ferry caught fire, forcing about 200 people onto the deck.',
    '“We smelled smoke first,” said Renata Vos. “Nobody panicked.”',
    'The fire reportedly started in the engine room, an official who was not authorized to speak said.',
  ].join('\n\n')
  const paragraphs = text.split('\n\n').map((paragraph, index) => {
    const place = span(text, paragraph)
    return {...place, index, kind: index === 0 ? ('headline' as const) : ('body' as const), sentences: [place]}
  })
  const article: Article = {
    text,
    paragraphs,
    dateline: span(text, 'PORT ELLERY, Mich. (AP) —'),
    quotes: [
      {
        ...span(text, '“We smelled smoke first,”'),
        id: 'q1',
        kind: 'direct',
        content: span(text, 'We smelled smoke first,'),
        paragraphs: [2],
        speakerId: 's1',
        mention: span(text, 'Renata Vos'),
        cue: span(text, 'said'),
      },
      {
        ...span(text, '“Nobody panicked.”'),
        id: 'q2',
        kind: 'direct',
        content: span(text, 'Nobody panicked.'),
        paragraphs: [2],
        speakerId: 's1',
        mention: null,
        cue: null,
      },
      {
        ...span(text, 'The fire reportedly started in the engine room'),
        id: 'q3',
        kind: 'indirect',
        content: span(text, 'The fire reportedly started in the engine room'),
        paragraphs: [3],
        speakerId: 's2',
        mention: span(text, 'an official who was not authorized to speak'),
        cue: span(text, 'said', 1),
      },
    ],
    speakers: [
      {id: 's1', name: 'Renata Vos', anonymous: false, kind: 'person', mentions: [span(text, 'Renata Vos')], quoteIds: ['q1', 'q2']},
      {
        id: 's2',
        name: 'an official who was not authorized to speak',
        anonymous: true,
        kind: 'person',
        mentions: [span(text, 'an official who was not authorized to speak')],
        quoteIds: ['q3'],
      },
    ],
    hedges: [
      {...paragraphs[1]!, cues: [{...span(text, 'about'), category: 'approximator'}], paragraph: 1, hedgedBy: 'author'},
      {...paragraphs[3]!, cues: [{...span(text, 'reportedly'), category: 'evidential'}], paragraph: 3, hedgedBy: {quoteId: 'q3'}},
    ],
  }
  let page: Page
  let requests: string[]

  beforeAll(async () => {
    const format = createFormat({name: 'html', several: false, colour: false, title: 'copydesk: hand-made'})
    const file = path.join(folder, 'hand-made.html')
    fs.writeFileSync(file, format.head + format.article(JSON.stringify('hand-made.txt'), article, 0).join('') + format.tail)
    ;({page, requests} = await open(file))
  })

  it('colours each speaker’s quotes alike, and lists speakers with counts and an anonymous badge', async () => {
    const hues = await page.$$eval('.story mark.quote', (marks) => marks.map((mark) => [mark.getAttribute('data-speaker'), getComputedStyle(mark).backgroundColor]))
    expect(hues).toHaveLength(3)
    expect(hues[0]?.[1]).toBe(hues[1]?.[1])
    expect(hues[2]?.[1]).not.toBe(hues[0]?.[1])
    const speakers = page.locator('button.speaker')
    await expect(speakers.nth(0).innerText()).resolves.toMatch(/Renata Vos[\s\S]*2/)
    await expect(speakers.nth(0).locator('.badge').count()).resolves.toBe(0)
    await expect(speakers.nth(1).locator('.badge').innerText()).resolves.toMatch(/anonymous/i)
    await expect(page.getByRole('button', {name: /Renata Vos person 2 quotes/}).count()).resolves.toBe(1)
  })

  it('labels highlights for screen readers and shows their details on keyboard focus', async () => {
    const firstQuote = page.locator('.story mark.quote').first()
    await expect(firstQuote.locator('.sr-only').first().textContent()).resolves.toBe('Quote by Renata Vos: ')
    await expect(page.locator('.hedge', {hasText: 'reportedly'}).locator('.sr-only').textContent()).resolves.toBe(' (hedge: evidential)')
    // Tab from the top: skip link, then the first highlight (the hedge cue `about`).
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent?.startsWith('about'))).resolves.toBe(true)
    await expect(page.locator('.hedge:focus > .tip').innerText()).resolves.toBe('Hedge · approximator')
    await page.keyboard.press('Tab')
    await expect(page.locator('mark.quote:focus > .tip').innerText()).resolves.toBe('Renata Vos · “said” · direct quote')
    await page.screenshot({path: path.join(folder, 'hand-made-focus.png'), fullPage: true})
  })

  it('shows a hedge’s category on hover', async () => {
    await page.locator('.hedge', {hasText: 'reportedly'}).hover()
    await expect(page.locator('.hedge:hover > .tip').isVisible()).resolves.toBe(true)
    await expect(page.locator('.hedge:hover > .tip').innerText()).resolves.toBe('Hedge · evidential')
    await expect(page.locator('.claims').innerText()).resolves.toMatch(/reportedly\s*evidential/i)
  })

  it('picks out one speaker’s quotes', async () => {
    const renata = page.getByRole('button', {name: /Renata Vos/})
    await renata.click()
    await expect(renata.getAttribute('aria-pressed')).resolves.toBe('true')
    await expect(page.$$eval('mark.quote.dimmed', (marks) => marks.map((mark) => mark.getAttribute('data-quote')))).resolves.toEqual(['q3'])
    await renata.click()
    await expect(page.locator('mark.quote.dimmed').count()).resolves.toBe(0)
  })

  it('keeps text readable on every highlight (WCAG AA contrast)', async () => {
    const ratios = await page.$$eval('mark.quote, .chip small, .badge, .kind, .by', (elements) => {
      const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
          const c = value / 255
          return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      const background = (element: Element | null): string => {
        for (let node = element; node; node = node.parentElement) {
          const colour = getComputedStyle(node).backgroundColor
          if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour
        }
        return 'rgb(255, 255, 255)'
      }
      return elements.map((element) => {
        const [lighter, darker] = [luminance(getComputedStyle(element).color), luminance(background(element))].sort((a, b) => b - a)
        return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05)
      })
    })
    expect(ratios.length).toBeGreaterThan(5)
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5)
  })

  it('made no request but the page itself', async () => {
    await page.screenshot({path: path.join(folder, 'hand-made.png'), fullPage: true})
    expect(requests).toEqual([pathToFileURL(path.join(folder, 'hand-made.html')).href])
  })
})
