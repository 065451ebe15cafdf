// Property: whatever the markup, the plugin finds what `analyze` finds in the
// same article as plain text. Articles are drawn from news paragraphs, their
// words put in bold or emphasis, their paragraphs in blockquotes, their marks
// written as character references; Markdown goes through remark-retext,
// HTML through rehype-retext.
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {analyze, retextCopydesk, type Article} from '../src/index.js'
import {spansOf} from './spans.js'

const paragraphs = [
  'Port Strike Ends',
  'By Dana Whitlock',
  'LONG BEACH, Calif. (AP) — Dockworkers ended a nine-day strike on Monday.',
  '“We held the line,” said Maria Ortiz, a crane operator.',
  '“It was a long fight,” Ortiz said. Port officials said the terminals could reopen by Friday.',
  'Shipping lines reportedly lost about $40 million a day, and critics say the delays may last for weeks.',
  '“Nobody asked us.”',
  'The union, which represents 12,000 workers, said it would vote on the deal.',
  '“This is about safety,” said Gov. Ruth A. Diaz. “And pay.”',
  'The port’s director, Sam O’Neil, said the dockworkers’ contract “changes everything.”',
  'AT&T said its network was not affected.',
]

/** What the analysis says, and what each span shows a reader once `clean` takes its markup off. */
function reading(article: Article, clean: (text: string) => string) {
  const speaker = (id: string | null) => article.speakers.find((item) => item.id === id)?.name.replace(/\s+/g, ' ')
  return {
    kinds: article.paragraphs.map((paragraph) => paragraph.kind),
    quotes: article.quotes.map((quote) => [quote.kind, speaker(quote.speakerId), quote.attribution ?? null]),
    spans: spansOf(article).map(([what, span]) => [what, clean(span.text)]),
  }
}

const flatSpace = (text: string) => text.replace(/\s+/g, ' ').trim()
const unmarkdown = (text: string) => flatSpace(text.replace(/\*+/g, '').replace(/&amp;/g, '&').replace(/\n> /g, '\n'))
const unhtml = (text: string) =>
  flatSpace(
    text
      .replace(/<[^>]*>/g, '')
      .replace(/&ldquo;/g, '“')
      .replace(/&rdquo;/g, '”')
      .replace(/&mdash;/g, '—')
      .replace(/&#8217;/g, '’')
      .replace(/&amp;/g, '&'),
  )

/** A paragraph's words, some in bold or emphasis, as Markdown or HTML writes them. */
function markUp(text: string, styles: readonly number[], html: boolean): string {
  return text
    .split(' ')
    .map((word, index) => {
      if (!/^[A-Za-z]+$/.test(word)) return word.replace(/&/g, '&amp;')
      const style = styles[index % styles.length]
      if (style === 1) return html ? `<b>${word}</b>` : `**${word}**`
      if (style === 2) return html ? `<em class="lede">${word}</em>` : `*${word}*`
      return word
    })
    .join(' ')
}

/** What the tests need of a processor. */
interface Runner {
  parse(file: VFile): Node
  runSync(tree: Node, file: VFile): Node
}

function run(processor: Runner, value: string): Article {
  const file = new VFile(value)
  processor.runSync(processor.parse(file), file)
  return file.data.copydesk!
}

const article = fc.record({
  picks: fc.array(fc.nat({max: paragraphs.length - 1}), {minLength: 1, maxLength: 7}),
  styles: fc.array(fc.nat({max: 4}), {minLength: 1, maxLength: 9}),
  quoted: fc.array(fc.boolean(), {minLength: 1, maxLength: 5}),
  references: fc.boolean(),
})

describe('retextCopydesk on markup', () => {
  it('finds in Markdown and in HTML what analyze finds in the plain text, span for span', () => {
    const markdown = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextCopydesk) as unknown as Runner
    const html = unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, ParseEnglish).use(retextCopydesk) as unknown as Runner
    fc.assert(
      fc.property(article, ({picks, styles, quoted, references}) => {
        const chosen = picks.map((index) => paragraphs[index] as string)
        const expected = reading(analyze(chosen.join('\n\n')), flatSpace)
        const md = chosen
          .map((text, index) => (index === 0 ? '# ' : quoted[index % quoted.length] ? '> ' : '') + markUp(text, styles, false))
          .join('\n\n')
        const page = chosen
          .map((text, index) => {
            let body = markUp(text, styles, true)
            if (references) body = body.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/—/g, '&mdash;').replace(/’/g, '&#8217;')
            return index === 0 ? `<h1>${body}</h1>` : `<p>\n  ${body}\n</p>`
          })
          .join('\n')
        for (const [source, processor, clean] of [
          [md, markdown, unmarkdown],
          [page, html, unhtml],
        ] as const) {
          const found = run(processor, source)
          for (const [what, span] of spansOf(found)) expect(source.slice(span.start, span.end), what).toBe(span.text)
          expect(reading(found, clean)).toEqual(expected)
        }
      }),
      {numRuns: 150},
    )
  })
})
