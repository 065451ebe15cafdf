import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
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

  it('validates its options when attached', () => {
    expect(() => unified().use(retextEnglish).use(retextCopydesk, {cueVerbs: 'say' as unknown as string[]}).freeze()).toThrow(
      /`options.cueVerbs`/,
    )
  })
})
