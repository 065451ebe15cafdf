import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {analyze, retextCopydesk} from '../src/index.js'

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
    expect(report).toMatch(/1:1-1:9\s+info\s+direct quote by Ana Ruiz: “Never,”\s+quote\s+copydesk/)
    expect(report).toMatch(/1:28-1:31\s+warning\s+Hedge \(modal\): `may` in “It may rain.”\s+modal\s+copydesk/)
    expect(report).not.toMatch(/unattributed/)
  })

  it('validates its options when attached', () => {
    expect(() => unified().use(retextEnglish).use(retextCopydesk, {cueVerbs: 'say' as unknown as string[]}).freeze()).toThrow(
      /`options.cueVerbs`/,
    )
  })
})
