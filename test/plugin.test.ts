import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import retextCopydeskDefault, {retextCopydesk as retextCopydeskNamed} from '../src/retext.js'
import {analyze, messageSource, retextCopydesk, type CopydeskMessage} from '../src/index.js'

const story = 'Ferry Fares Rise\n\nBy Nora Quist\n\nHALDEN, Norway — Ferry fares will rise by a tenth in March, the operator said.'

function compile(this: {compiler: unknown}) {
  this.compiler = () => ''
}

describe('retextCopydesk', () => {
  it('puts the article on file.data.copydesk in a retext pipeline', async () => {
    const file = await unified().use(retextEnglish).use(retextCopydesk).use(compile).process(story)
    const article = file.data.copydesk
    expect(article?.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['headline', 'byline', 'body'])
    expect(article?.dateline?.text).toBe('HALDEN, Norway —')
  })

  it('gives the same paragraphs and sentences from a whole-text tree as analyze does from chunks', () => {
    const processor = unified().use(retextEnglish).use(retextCopydesk)
    const file = new VFile(story)
    processor.runSync(processor.parse(file), file)
    const fromPlugin = file.data.copydesk
    const fromAnalyze = analyze(story)
    expect(fromPlugin?.paragraphs).toEqual(fromAnalyze.paragraphs)
  })

  it('reports quotes, unattributed quotes and hedge cues as vfile messages', async () => {
    const text = [
      'Harbor Tolls Rise',
      '“We had no choice,” said Mara Quint, the harbor master.',
      '“Nobody asked us.”',
      'Tolls will reportedly rise by about 12 percent.',
      'Someone scrawled “Shame on the port” on a wall near the ferry ramp.',
    ].join('\n\n')
    const file = await unified().use(retextEnglish).use(retextCopydesk).use(compile).process(text)
    const messages = file.messages.map((message) => ({
      ruleId: message.ruleId,
      source: message.source,
      actual: message.actual,
      fatal: message.fatal,
      start: message.place && 'start' in message.place ? message.place.start.offset : undefined,
    }))
    const quote = text.indexOf('“We had')
    expect(messages).toContainEqual({ruleId: 'quote', source: 'copydesk', actual: '“We had no choice,”', fatal: undefined, start: quote})
    const hedge = text.indexOf('reportedly')
    expect(messages).toContainEqual({ruleId: 'evidential', source: 'copydesk', actual: 'reportedly', fatal: false, start: hedge})
    expect(messages.filter((message) => message.ruleId === 'approximator').map((message) => message.actual)).toEqual(['about'])
    for (const message of messages) expect(message.source).toBe('copydesk')
    // Every quote that has no speaker is also a warning.
    const article = file.data.copydesk!
    const unattributed = article.quotes.filter((item) => item.speakerId === null).map((item) => item.text)
    expect(messages.filter((message) => message.ruleId === 'unattributed-quote').map((message) => message.actual)).toEqual(unattributed)
    expect(messages.filter((message) => message.ruleId === 'quote')).toHaveLength(article.quotes.length)
  })

  it('prints with vfile-reporter', async () => {
    const file = await unified().use(retextEnglish).use(retextCopydesk).use(compile).process('“Never,” said Ana Ruiz. It may rain.')
    const report = reporter(file)
    expect(report).toMatch(/1:1-1:9\s+info\s+direct quote by Ana Ruiz \(said-after\): “Never,”\s+quote\s+copydesk/)
    expect(report).toMatch(/1:28-1:31\s+warning\s+Hedge \(modal\): `may` in “It may rain.”\s+modal\s+copydesk/)
    expect(report).not.toMatch(/unattributed/)
  })

  it('validates its options when attached', () => {
    expect(() => unified().use(retextEnglish).use(retextCopydesk, {cueVerbs: 'say' as unknown as string[]}).freeze()).toThrow(
      /`options.cueVerbs`/,
    )
  })

  it('writes messages as the unified collective does: source, ruleId, place, ancestors, actual, url', async () => {
    const text = '“Stay away from the river.”\n\n“We had no choice,” said Mara Quint. Tolls will reportedly rise.'
    const processor = unified().use(retextEnglish).use(retextCopydesk)
    const file = new VFile(text)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    const messages = file.messages as CopydeskMessage[]
    expect(messages.map((message) => [message.ruleId, message.actual, message.fatal])).toEqual([
      ['quote', '“Stay away from the river.”', undefined],
      ['unattributed-quote', '“Stay away from the river.”', false],
      ['quote', '“We had no choice,”', undefined],
      ['evidential', 'reportedly', false],
    ])
    for (const message of messages) {
      expect(message.source).toBe(messageSource)
      expect(message.url).toBe(`https://github.com/copydesk/copydesk#${message.ruleId}`)
      // copydesk suggests no replacement: a hedge or a quote is no error to fix.
      expect(message.expected).toBeUndefined()
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
      // From the root (the tree the plugin was given) down to the node the message is about.
      expect(message.ancestors?.[0]).toBe(tree)
    }
    const [unattributed, , attributed, hedge] = messages
    expect(attributed?.attribution).toBe('said-after')
    expect(attributed?.reason).toBe('direct quote by Mara Quint (said-after): “We had no choice,”')
    expect(attributed?.ancestors?.map((node) => node.type)).toEqual(['RootNode', 'ParagraphNode', 'SentenceNode'])
    expect(unattributed?.attribution).toBeUndefined()
    expect(unattributed?.reason).toBe('direct quote unattributed: “Stay away from the river.”')
    expect(hedge?.ancestors?.map((node) => node.type)).toEqual(['RootNode', 'ParagraphNode', 'SentenceNode', 'WordNode'])
    const word = hedge?.ancestors?.at(-1) as {position: {start: {offset: number}; end: {offset: number}}}
    expect(text.slice(word.position.start.offset, word.position.end.offset)).toBe('reportedly')
  })

  it('gives a quote over paragraphs the root alone as ancestors, one over sentences its paragraph', async () => {
    const text = '“We won. We are going home,” Ortiz said.\n\n“It took nine days.\n\n“Now we rest,” she said.'
    const processor = unified().use(retextEnglish).use(retextCopydesk, {quoteInfo: true})
    const file = new VFile(text)
    await processor.run(processor.parse(file), file)
    const quotes = file.data.copydesk!.quotes
    const path = (quote: (typeof quotes)[number]) =>
      file.messages.find((message) => message.ruleId === 'quote' && message.actual === quote.text)?.ancestors?.map((node) => node.type)
    const over = quotes.find((quote) => quote.paragraphs.length > 1)
    expect(over && path(over)).toEqual(['RootNode'])
    const first = quotes[0]!
    expect(first.paragraphs).toHaveLength(1)
    expect(path(first)).toEqual(['RootNode', 'ParagraphNode'])
  })

  it('leaves out the info per quote with quoteInfo: false, and keeps the warnings and the Article', async () => {
    const text = '“Stay away from the river.”\n\n“We had no choice,” said Mara Quint. Tolls may rise.'
    const file = await unified().use(retextEnglish).use(retextCopydesk, {quoteInfo: false}).use(compile).process(text)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unattributed-quote', 'modal'])
    expect(file.data.copydesk?.quotes).toHaveLength(2)
    const all = await unified().use(retextEnglish).use(retextCopydesk, {quoteInfo: null}).use(compile).process(text)
    expect(all.messages.map((message) => message.ruleId)).toEqual(['quote', 'unattributed-quote', 'quote', 'modal'])
  })

  it('takes quoteInfo beside the lexicon options, and throws a TypeError naming it for a non-boolean', async () => {
    const text = '“Enough,” Ortiz harrumphed.'
    const file = await unified()
      .use(retextEnglish)
      .use(retextCopydesk, {quoteInfo: false, cueVerbs: {add: ['harrumph']}})
      .use(compile)
      .process(text)
    expect(file.data.copydesk?.quotes[0]?.speakerId).not.toBeNull()
    expect(file.messages).toEqual([])
    for (const value of ['no', 0, {}, []]) {
      const attach = () => unified().use(retextEnglish).use(retextCopydesk, {quoteInfo: value as unknown as boolean}).freeze()
      expect(attach).toThrow(TypeError)
      expect(attach).toThrow(/^Expected `options.quoteInfo` to be a boolean, not /)
    }
    expect(() => unified().use(retextEnglish).use(retextCopydesk, {quoteInfos: false} as never).freeze()).toThrow(/`options.quoteInfos`/)
  })

  it('is the default export of copydesk/retext, as retext plugins are imported', () => {
    expect(retextCopydeskDefault).toBe(retextCopydesk)
    expect(retextCopydeskNamed).toBe(retextCopydesk)
  })
})
