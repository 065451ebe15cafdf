/**
 * The text report: what a person reads in a terminal. Paragraphs with
 * their kinds, quotes with speaker and cue, speakers with their counts,
 * hedged claims with their cues. Paragraphs are numbered from 1, as people
 * count; the JSON keeps the API's 0-based `index`. Everything taken from
 * the input goes through `terminal-safe.ts` first: the report is for a
 * terminal, and the input must not drive it.
 */
import type {Article, HedgeCategory, ParagraphKind} from '../../index.js'
import {createChunker} from '../chunks.js'
import {idLabel, type IdJson} from '../records.js'
import {terminalLine, terminalSafeCopy} from '../terminal-safe.js'
import type {Format, FormatSettings} from './format.js'
import {clip, hedgerOf, indexQuotes, indexSpeakers, plural, speakerOf, wrap} from './summary.js'

/** The ANSI styles the report uses. */
type Style = 'bold' | 'dim' | 'italic' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan'

const codes: Record<Style, number> = {
  bold: 1,
  dim: 2,
  italic: 3,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
}

type Paint = (text: string, ...styles: Style[]) => string

/**
 * A painter: ANSI styles when colour is on, the text unchanged when not.
 *
 * @param colour Whether to colour.
 */
export function painter(colour: boolean): Paint {
  if (!colour) return (text) => text
  return (text, ...styles) => (styles.length === 0 ? text : `\u001B[${styles.map((style) => codes[style]).join(';')}m${text}\u001B[0m`)
}

const kindStyles: Record<ParagraphKind, Style[]> = {
  headline: ['bold'],
  byline: ['cyan'],
  dateline: ['cyan'],
  body: [],
  boilerplate: ['dim'],
}

const categoryStyles: Record<HedgeCategory, Style> = {
  modal: 'blue',
  evidential: 'magenta',
  epistemic: 'cyan',
  approximator: 'green',
  weasel: 'red',
}

// Speakers keep one colour through the report, so their quotes stand out.
const speakerStyles: Style[] = ['cyan', 'magenta', 'green', 'blue', 'yellow', 'red']

// Report lines stay readable in an 80-column terminal.
const width = 78

/**
 * The text format: one report, or one per article under a header.
 *
 * @param settings Format settings.
 */
export function textFormat(settings: Pick<FormatSettings, 'several' | 'colour'>): Format {
  const paint = painter(settings.colour)
  const header = (id: IdJson) => (settings.several ? `${paint(`══ ${terminalLine(idLabel(id))} `.padEnd(width, '═'), 'bold')}\n\n` : '')
  return {
    head: '',
    separator: '\n',
    tail: '',
    article: (id, article) => [header(id), ...renderReport(terminalSafeCopy(article), paint)],
    failure: (id, error) => [`${header(id)}${paint(`error: ${terminalLine(error)}`, 'red')}\n`],
  }
}

/**
 * The report of one article, in chunks of whole lines.
 *
 * @param article The article, its strings already safe for a terminal.
 * @param paint How to style text.
 */
export function renderReport(article: Article, paint: Paint): string[] {
  const speakers = indexSpeakers(article)
  const quotes = indexQuotes(article)
  const positions = new Map(article.speakers.map((speaker, position) => [speaker.id, position]))
  const speakerStyle = (speakerId: string | null): Style[] => {
    const position = speakerId === null ? undefined : positions.get(speakerId)
    const style = position === undefined ? undefined : speakerStyles[position % speakerStyles.length]
    return style ? [style, 'bold'] : ['dim']
  }
  const heading = (title: string, note = '') => `${paint(title.toUpperCase(), 'bold')}${note ? `  ${paint(note, 'dim')}` : ''}`
  const indented = (text: string, indent: number, ...styles: Style[]) =>
    wrap(text, width - indent).map((line) => `${' '.repeat(indent)}${paint(line, ...styles)}`)
  // Lines go out in chunks: the report of a huge article can outgrow one string.
  const out = createChunker()
  const lines = {
    push: (...added: string[]) => lines.pushAll(added),
    // No spread: a long quote wraps to more lines than a call takes arguments.
    pushAll: (added: string[]) => {
      for (const line of added) out.push(`${line}\n`)
    },
  }

  const headline = article.paragraphs.find((paragraph) => paragraph.kind === 'headline')
  if (headline) lines.push(paint(clip(headline.text, width), 'bold'))
  lines.push(
    paint(
      [
        plural(article.paragraphs.length, 'paragraph'),
        plural(article.quotes.length, 'quote'),
        plural(article.speakers.length, 'speaker'),
        plural(article.hedges.length, 'hedged claim'),
      ].join(' · '),
      'dim',
    ),
  )
  if (article.dateline) lines.push(`Dateline: ${paint(article.dateline.text, 'cyan')}`)

  lines.push('', heading('Paragraphs'))
  for (const paragraph of article.paragraphs) {
    const number = paint(String(paragraph.index + 1).padStart(4), 'dim')
    lines.push(`${number}  ${paint(paragraph.kind.padEnd(13), ...kindStyles[paragraph.kind])}${clip(paragraph.text, width - 19)}`)
  }

  lines.push('', heading('Quotes', article.quotes.length === 0 ? 'none found' : ''))
  for (const quote of article.quotes) {
    const speaker = speakerOf(quote, speakers)
    const who = speaker ? paint(speaker.name, ...speakerStyle(speaker.id)) : paint('unattributed', 'dim', 'italic')
    const cue = quote.cue ? `, cue ${paint(`“${quote.cue.text}”`, 'italic')}` : ''
    const where = paragraphRange(quote.paragraphs)
    lines.push(`  ${paint(quote.id.padEnd(5), 'dim')}${quote.kind.padEnd(9)}${paint(where.padEnd(8), 'dim')}${who}${cue}`)
    lines.pushAll(indented(quote.content.text, 7))
  }

  const counts = `${speakers.named} named · ${speakers.anonymous} anonymous`
  lines.push('', heading('Speakers', article.speakers.length === 0 ? 'none found' : counts))
  const nameWidth = article.speakers.reduce((widest, speaker) => Math.max(widest, Math.min(36, speaker.name.length)), 0)
  for (const speaker of article.speakers) {
    const badge = speaker.anonymous ? paint('  anonymous', 'yellow') : ''
    const name = paint(clip(speaker.name, 36).padEnd(nameWidth), ...speakerStyle(speaker.id))
    const count = speaker.quoteIds.length
    lines.push(`  ${name}  ${speaker.kind.padEnd(13)}${String(count).padStart(3)} ${count === 1 ? 'quote ' : 'quotes'}${badge}`)
  }

  lines.push('', heading('Hedged claims', article.hedges.length === 0 ? 'none found' : ''))
  for (const claim of article.hedges) {
    const cues = claim.cues.map((cue) => `${paint(cue.text, 'bold')} ${paint(cue.category, categoryStyles[cue.category])}`)
    lines.push(`  ${paint(`¶${claim.paragraph + 1}`.padEnd(5), 'dim')}${cues.join(', ')}  ${paint(`by ${hedgerOf(claim, quotes, speakers)}`, 'dim')}`)
    lines.pushAll(indented(claim.text, 7))
  }
  return out.done()
}

/** `¶4`, or `¶9–10` for a quote over several paragraphs (numbered from 1). */
function paragraphRange(indices: number[]): string {
  const first = indices[0]
  const last = indices.at(-1)
  if (first === undefined || last === undefined) return ''
  return first === last ? `¶${first + 1}` : `¶${first + 1}–${last + 1}`
}
