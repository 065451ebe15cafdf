// A test helper: every span an article returns, with what it is, for the
// tests that check spans against their input.
import type {Article, Span} from '../src/index.js'

/** Every span of an article, with what it is. */
export function spansOf(article: Article): Array<[string, Span]> {
  const out: Array<[string, Span]> = []
  for (const paragraph of article.paragraphs) {
    out.push(['paragraph', paragraph])
    for (const sentence of paragraph.sentences) out.push(['sentence', sentence])
  }
  if (article.dateline) out.push(['dateline', article.dateline])
  for (const quote of article.quotes) {
    out.push(['quote', quote], ['content', quote.content])
    if (quote.mention) out.push(['mention', quote.mention])
    if (quote.cue) out.push(['cue', quote.cue])
  }
  for (const speaker of article.speakers) for (const mention of speaker.mentions) out.push(['speaker mention', mention])
  for (const claim of article.hedges) {
    out.push(['hedge', claim])
    for (const cue of claim.cues) out.push(['hedge cue', cue])
  }
  return out
}
