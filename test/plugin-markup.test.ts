// The plugin under Markdown and HTML pipelines: it reads the tree that
// remark-retext or rehype-retext makes, so the analysis is the one `analyze`
// gives for the same article as plain text, with every offset into the
// Markdown or HTML source.
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextCopydeskDefault from '../src/retext.js'
import {analyze, retextCopydesk, type Article, type CopydeskMessage} from '../src/index.js'
import {spansOf} from './spans.js'

const markdown = `# Port Strike Ends

*By Dana Whitlock*

LONG BEACH, Calif. (AP) — Dockworkers ended a nine-day strike on Monday. “We held the line,” said **Maria Ortiz**, a crane operator.

> “It was a long fight,” Ortiz said. Port officials said the terminals
> could reopen by Friday.

Shipping lines reportedly lost about $40 million a day, and critics say the delays may last for weeks.

“Nobody asked us.”
`

// The same article as plain text: what the Markdown says, without its markup.
const plain = `Port Strike Ends

By Dana Whitlock

LONG BEACH, Calif. (AP) — Dockworkers ended a nine-day strike on Monday. “We held the line,” said Maria Ortiz, a crane operator.

“It was a long fight,” Ortiz said. Port officials said the terminals
could reopen by Friday.

Shipping lines reportedly lost about $40 million a day, and critics say the delays may last for weeks.

“Nobody asked us.”
`

// And as HTML, indented as pages are, with character references where a
// CMS writes them: the converter's positions drift after each one.
const html = `<!doctype html>
<article>
  <h1>Port Strike Ends</h1>
  <p class="byline">By Dana Whitlock</p>
  <p>
    LONG BEACH, Calif. (AP) &mdash; Dockworkers ended a nine-day strike on Monday. &ldquo;We held the line,&rdquo; said <b>Maria Ortiz</b>, a crane operator.
  </p>
  <blockquote><p>“It was a long fight,” Ortiz said. Port officials said the terminals could reopen by Friday.</p></blockquote>
  <p>Shipping lines reportedly lost about $40&nbsp;million a day, and critics say the delays may last for weeks.</p>
  <p>&ldquo;Nobody asked us.&rdquo;</p>
  <script>document.title = "Port Strike Ends"</script>
</article>
`

/** What a reader of the rendered Markdown sees of a source slice. */
const unmarkdown = (text: string) => text.replace(/\*\*/g, '').replace(/\n> /g, '\n')

/** What a reader of the rendered HTML sees of a source slice, white space aside. */
const unhtml = (text: string) =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/&mdash;/g, '—')
    .replace(/&ldquo;/g, '“')
    .replace(/&rdquo;/g, '”')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')

const speakerOf = (article: Article, speakerId: string | null) => article.speakers.find((speaker) => speaker.id === speakerId)?.name

/** What the analysis says, whatever the offsets: the kinds, who said what and how it was found, the hedges. */
function findings(article: Article, clean: (text: string) => string) {
  return {
    kinds: article.paragraphs.map((paragraph) => paragraph.kind),
    paragraphs: article.paragraphs.map((paragraph) => clean(paragraph.text)),
    dateline: article.dateline && clean(article.dateline.text),
    quotes: article.quotes.map((quote) => [quote.kind, clean(quote.content.text), speakerOf(article, quote.speakerId), quote.attribution]),
    hedges: article.hedges.map((claim) => claim.cues.map((cue) => `${cue.category}: ${cue.text}`)),
  }
}

/** What the tests need of a processor: its pipelines' tree types differ, and do not matter here. */
interface Runner {
  parse(file: VFile): Node
  run(tree: Node, file: VFile): Promise<Node>
}

async function runOn(processor: Runner, value: string): Promise<VFile> {
  const file = new VFile({path: 'strike', value})
  await processor.run(processor.parse(file), file)
  return file
}

// remark-retext's types take a retext pipeline only before any plugin is attached to it.
const bridge = unified().use(retextEnglish).use(retextCopydesk) as unknown as Parameters<typeof remarkRetext>[0]

const pipelines: Record<string, () => Runner> = {
  // remark-retext handing the nlcst tree to a retext pipeline (bridge mode).
  'remark-retext → retext-english pipeline': () => unified().use(remarkParse).use(remarkRetext, bridge) as unknown as Runner,
  // remark-retext turning the tree into nlcst with retext-english's parser, and retext plugins after it.
  'remark-retext with ParseEnglish': () =>
    unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextCopydeskDefault) as unknown as Runner,
}

describe('retextCopydesk on Markdown (remark-parse + remark-retext)', () => {
  it.each(Object.entries(pipelines))('%s: reads the headline, byline and quotes the markup gives', async (_, make) => {
    const file = await runOn(make(), markdown)
    const article = file.data.copydesk!
    // The three failures: `# ` in the headline, the emphasised byline as body, the quote after it unattributed.
    expect(article.paragraphs.map((paragraph) => [paragraph.kind, paragraph.text])).toEqual([
      ['headline', 'Port Strike Ends'],
      ['byline', 'By Dana Whitlock'],
      ['body', markdown.slice(markdown.indexOf('LONG BEACH'), markdown.indexOf('operator.') + 9)],
      ['body', markdown.slice(markdown.indexOf('“It was'), markdown.indexOf('Friday.') + 7)],
      ['body', markdown.slice(markdown.indexOf('Shipping'), markdown.indexOf('weeks.') + 6)],
      ['body', '“Nobody asked us.”'],
    ])
    expect(article.dateline?.text).toBe('LONG BEACH, Calif. (AP) —')
    expect(article.text).toBe(markdown)
    const [first] = article.quotes
    expect(first && [first.text, speakerOf(article, first.speakerId), first.mention?.text, first.cue?.text]).toEqual([
      '“We held the line,”',
      'Maria Ortiz',
      'Maria Ortiz**, a crane operator',
      'said',
    ])
  })

  it.each(Object.entries(pipelines))('%s: every span is a slice of the Markdown source', async (_, make) => {
    const article = (await runOn(make(), markdown)).data.copydesk!
    for (const [what, span] of spansOf(article)) {
      expect(span.start <= span.end && span.end <= markdown.length, what).toBe(true)
      expect(markdown.slice(span.start, span.end), what).toBe(span.text)
    }
    // The line after the blockquote's `> ` is placed past it, though remark-retext places it two too early.
    const cue = article.hedges.flatMap((claim) => claim.cues).find((item) => item.text === 'could')
    expect(cue?.start).toBe(markdown.indexOf('could'))
  })

  it('gives the analysis that analyze gives for the same article as plain text', async () => {
    const article = (await runOn(pipelines['remark-retext with ParseEnglish']!(), markdown)).data
      .copydesk!
    const expected = analyze(plain)
    expect(findings(article, unmarkdown)).toEqual(findings(expected, (text) => text))
    // Span for span, what the Markdown shows is the plain text's.
    const ours = spansOf(article)
    const theirs = spansOf(expected)
    expect(ours.map(([what]) => what)).toEqual(theirs.map(([what]) => what))
    expect(ours.map(([what, span]) => [what, unmarkdown(span.text)])).toEqual(theirs.map(([what, span]) => [what, span.text]))
  })

  it('places messages in the Markdown source, with ancestors from the root down to the node', async () => {
    const file = await runOn(pipelines['remark-retext with ParseEnglish']!(), markdown)
    const messages = file.messages as CopydeskMessage[]
    // Quote by quote (all attributed here), then hedge cue by cue.
    expect(messages.map((message) => message.ruleId)).toEqual([
      ...['quote', 'quote', 'quote', 'quote', 'quote'],
      ...['modal', 'evidential', 'approximator', 'weasel', 'modal'],
    ])
    for (const message of messages) {
      expect(message.source).toBe('copydesk')
      expect(message.url).toBe(`https://github.com/copydesk/copydesk#${message.ruleId}`)
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(markdown.slice(place.start.offset, place.end.offset)).toBe(message.actual)
      const ancestors = message.ancestors as Node[]
      expect(ancestors[0]?.type).toBe('RootNode')
      const node = ancestors[ancestors.length - 1] as Node
      expect(node.position!.start.offset! <= place.start.offset && place.end.offset <= node.position!.end.offset!).toBe(true)
    }
    const may = messages.find((message) => message.actual === 'may')
    expect(may?.ancestors?.map((node) => node.type)).toEqual(['RootNode', 'ParagraphNode', 'SentenceNode', 'WordNode'])
    expect(toString(may?.ancestors?.at(-1) as Parameters<typeof toString>[0])).toBe('may')
    const held = messages.find((message) => message.actual === '“We held the line,”')
    expect(held?.ancestors?.map((node) => node.type)).toEqual(['RootNode', 'ParagraphNode', 'SentenceNode'])
    expect(held?.attribution).toBe('said-after')
    expect(held?.reason).toBe('direct quote by Maria Ortiz (said-after): “We held the line,”')
  })
})

describe('retextCopydesk on HTML (rehype-parse + rehype-retext)', () => {
  const run = () => runOn(unified().use(rehypeParse).use(rehypeRetext, ParseEnglish).use(retextCopydesk) as unknown as Runner, html)

  it('reads the page’s paragraphs, and gives the analysis of the same article as plain text', async () => {
    const article = (await run()).data.copydesk!
    expect(article.paragraphs.map((paragraph) => [paragraph.kind, unhtml(paragraph.text)])).toEqual([
      ['headline', 'Port Strike Ends'],
      ['byline', 'By Dana Whitlock'],
      ['body', 'LONG BEACH, Calif. (AP) — Dockworkers ended a nine-day strike on Monday. “We held the line,” said Maria Ortiz, a crane operator.'],
      ['body', '“It was a long fight,” Ortiz said. Port officials said the terminals could reopen by Friday.'],
      ['body', 'Shipping lines reportedly lost about $40 million a day, and critics say the delays may last for weeks.'],
      ['body', '“Nobody asked us.”'],
    ])
    const clean = (text: string) => unhtml(text).replace(/\s+/g, ' ')
    expect(findings(article, clean)).toEqual(findings(analyze(plain), clean))
  })

  it('places every span in the HTML source, past character references', async () => {
    const article = (await run()).data.copydesk!
    for (const [what, span] of spansOf(article)) expect(html.slice(span.start, span.end), what).toBe(span.text)
    expect(article.dateline?.text).toBe('LONG BEACH, Calif. (AP) &mdash;')
    expect(article.quotes[0]?.text).toBe('&ldquo;We held the line,&rdquo;')
    expect(article.quotes[0]?.mention?.text).toBe('Maria Ortiz</b>, a crane operator')
    expect(article.quotes.at(-1)?.text).toBe('&ldquo;Nobody asked us.&rdquo;')
    const cues = article.hedges.flatMap((claim) => claim.cues).map((cue) => [cue.text, cue.start])
    expect(cues).toEqual([
      ['could', html.indexOf('could')],
      ['reportedly', html.indexOf('reportedly')],
      ['about', html.indexOf('about $40')],
      ['critics', html.indexOf('critics')],
      ['may', html.indexOf('may last')],
    ])
  })
})

describe('retextCopydesk on a plain-text tree', () => {
  it('reads the file as analyze does: its layout, one paragraph per line included', async () => {
    const text = 'Port Strike Ends\nBy Dana Whitlock\nLONG BEACH, Calif. (AP) — “We held the line,” said Maria Ortiz.\nTalks reportedly stalled.'
    const file = await runOn(unified().use(retextEnglish).use(retextCopydesk) as unknown as Runner, text)
    const article = file.data.copydesk!
    const expected = analyze(text)
    expect(article.paragraphs).toEqual(expected.paragraphs)
    expect(article.quotes).toEqual(expected.quotes)
    expect(article.hedges).toEqual(expected.hedges)
  })
})
