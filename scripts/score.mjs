/**
 * Scores an `analyze` function against gold files written to the project's
 * annotation guide (docs/concepts.md): paragraphs, datelines, quotes,
 * attribution, speakers, hedges and span consistency. Used by
 * `npm run eval` and by the accuracy test.
 *
 * @typedef {{tp: number, gold: number, pred: number}} Tally
 * @typedef {{ok: number, n: number}} Ratio
 * @typedef {Record<string, Tally | Ratio>} Figures
 */

const QUOTE_MARKS = /[“”„‟"«»‹›‚‛]|(?<![\p{L}\p{N}])[‘’']|[‘’'](?![\p{L}\p{N}])/gu

/** Normalise a quote or clause for comparison: no marks, folded space and case, no edge punctuation. */
export function normalise(value) {
  return value
    .normalize('NFKC')
    .replace(QUOTE_MARKS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:!?—–-]+|[\s.,;:!?—–-]+$/g, '')
    .toLowerCase()
}

const words = (value) => normalise(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** Token-overlap F1 between two strings. */
export function overlapF1(a, b) {
  const left = words(a)
  const right = words(b)
  if (left.length === 0 || right.length === 0) return 0
  const counts = new Map()
  for (const word of right) counts.set(word, (counts.get(word) ?? 0) + 1)
  let common = 0
  for (const word of left) {
    const count = counts.get(word) ?? 0
    if (count > 0) {
      common++
      counts.set(word, count - 1)
    }
  }
  if (common === 0) return 0
  const precision = common / left.length
  const recall = common / right.length
  return (2 * precision * recall) / (precision + recall)
}

const ARTICLES = new Set(['a', 'an', 'the'])

function nameWords(value) {
  const list = value
    .normalize('NFKC')
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  while (list.length > 1 && ARTICLES.has(list[0].toLowerCase())) list.shift()
  return list
}

/**
 * Whether a predicted speaker name matches the gold one: equal, or one a
 * run of the other's words of two words or more or a capitalised name.
 */
export function sameSpeaker(predicted, gold) {
  if (!predicted || !gold) return false
  const p = nameWords(predicted)
  const g = nameWords(gold)
  const pl = p.map((word) => word.toLowerCase())
  const gl = g.map((word) => word.toLowerCase())
  if (pl.join(' ') === gl.join(' ')) return true
  const [short, long, shortOriginal] = pl.length <= gl.length ? [pl, gl, p] : [gl, pl, g]
  if (short.length === 0) return false
  let inside = false
  for (let index = 0; index + short.length <= long.length && !inside; index++) {
    inside = short.every((word, offset) => long[index + offset] === word)
  }
  return inside && (short.length >= 2 || /^\p{Lu}/u.test(shortOriginal[0]))
}

/** One-to-one greedy matching by score, best first: gold index → predicted index. */
function matchBest(golds, predictions, score, threshold) {
  const pairs = []
  golds.forEach((gold, gi) =>
    predictions.forEach((prediction, pi) => {
      const value = score(gold, prediction)
      if (value >= threshold) pairs.push([value, gi, pi])
    }),
  )
  pairs.sort((a, b) => b[0] - a[0])
  const matched = new Map()
  const used = new Set()
  for (const [, gi, pi] of pairs) {
    if (matched.has(gi) || used.has(pi)) continue
    matched.set(gi, pi)
    used.add(pi)
  }
  return matched
}

const tally = () => ({tp: 0, gold: 0, pred: 0})
const ratio = () => ({ok: 0, n: 0})

/** Fresh, empty figures. */
export function emptyFigures() {
  return {
    paragraphBoundaries: tally(),
    paragraphKinds: ratio(),
    datelines: ratio(),
    markedLenient: tally(),
    markedExact: tally(),
    quoteKinds: ratio(),
    markedAttribution: ratio(),
    markedAttributionOfFound: ratio(),
    cueOfFound: ratio(),
    indirect: tally(),
    indirectAttribution: ratio(),
    allQuotesOverlap: tally(),
    speakers: tally(),
    anonymous: ratio(),
    speakerKinds: ratio(),
    peopleQuoted: tally(),
    hedgeCues: tally(),
    hedgeCategories: ratio(),
    hedgedClaimPrecision: ratio(),
    spans: ratio(),
  }
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end

function checkSpans(article, text, figures, say) {
  const bad = new Set()
  const visit = (what, span) => {
    if (!span) return
    const ok =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.end <= text.length &&
      span.start <= span.end &&
      text.slice(span.start, span.end) === span.text
    figures.spans.n++
    if (ok) figures.spans.ok++
    else bad.add(what)
  }
  for (const paragraph of article.paragraphs) {
    visit('paragraph', paragraph)
    for (const sentence of paragraph.sentences) visit('sentence', sentence)
  }
  visit('dateline', article.dateline)
  for (const quote of article.quotes) {
    visit('quote', quote)
    visit('quote.content', quote.content)
    visit('quote.mention', quote.mention)
    visit('quote.cue', quote.cue)
  }
  for (const speaker of article.speakers) for (const mention of speaker.mentions) visit('speaker.mention', mention)
  for (const claim of article.hedges) {
    visit('hedge', claim)
    for (const cue of claim.cues) visit('hedge.cue', cue)
  }
  if (bad.size > 0) say(`inconsistent spans (${[...bad].join(', ')})`)
}

function scoreParagraphs(gold, article, figures, say) {
  let from = 0
  let found = 0
  for (const expected of gold.paragraphs) {
    let hit = -1
    for (let index = from; index < article.paragraphs.length; index++) {
      if (article.paragraphs[index].text.trimStart().startsWith(expected.startsWith)) {
        hit = index
        break
      }
    }
    if (hit < 0) {
      say(`paragraph missed: ${expected.kind} "${expected.startsWith}"`)
      continue
    }
    found++
    from = hit + 1
    const ok = article.paragraphs[hit].kind === expected.kind
    figures.paragraphKinds.n++
    if (ok) figures.paragraphKinds.ok++
    else say(`paragraph "${expected.startsWith}" is ${expected.kind}, got ${article.paragraphs[hit].kind}`)
  }
  figures.paragraphBoundaries.tp += found
  figures.paragraphBoundaries.gold += gold.paragraphs.length
  figures.paragraphBoundaries.pred += article.paragraphs.length
  if ('dateline' in gold) {
    const want = gold.dateline ? normalise(gold.dateline) : null
    const got = article.dateline ? normalise(article.dateline.text) : null
    figures.datelines.n++
    if (want === got) figures.datelines.ok++
    else say(`dateline ${JSON.stringify(gold.dateline)}, got ${JSON.stringify(article.dateline?.text ?? null)}`)
  }
}

function speakerNameOf(article, quote) {
  const speaker = article.speakers.find((candidate) => candidate.id === quote.speakerId)
  return speaker?.name ?? quote.mention?.text ?? null
}

/** Whether a found quote's cue is the gold one: the same words, or the same first word (`told` for `told reporters`). */
function sameCue(found, expected) {
  if (!found) return false
  const a = normalise(found).split(' ')
  const b = normalise(expected).split(' ')
  return a.join(' ') === b.join(' ') || a[0] === b[0]
}

/** Count a found quote's cue against the gold one, where the gold names one. */
function scoreCue(figures, found, expected, say) {
  if (!expected.cue) return
  figures.cueOfFound.n++
  if (sameCue(found.cue?.text, expected.cue)) figures.cueOfFound.ok++
  else say(`cue of "${expected.content.slice(0, 50)}" is "${expected.cue}", got ${JSON.stringify(found.cue?.text ?? null)}`)
}

/**
 * All quotes, marked and indirect, matched as a public corpus of news
 * quotes measures them: a found quote counts when its content shares at
 * least 30% of the longer of the two spans with a gold quote's.
 */
function scoreAllQuotes(gold, article, figures) {
  const text = gold.text
  const golds = (gold.quotes ?? []).map((quote) => {
    const start = text.indexOf(quote.content)
    return {start, end: start + quote.content.length}
  })
  const found = article.quotes.map((quote) => quote.content)
  const share = (g, p) => {
    const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start)
    return overlap <= 0 ? 0 : overlap / Math.max(g.end - g.start, p.end - p.start)
  }
  const matched = matchBest(golds, found, share, 0.3)
  figures.allQuotesOverlap.tp += matched.size
  figures.allQuotesOverlap.gold += golds.length
  figures.allQuotesOverlap.pred += found.length
}

function scoreQuotes(gold, article, figures, say) {
  const goldQuotes = gold.quotes ?? []
  const goldMarked = goldQuotes.filter((quote) => quote.kind !== 'indirect')
  const goldIndirect = goldQuotes.filter((quote) => quote.kind === 'indirect')
  const marked = article.quotes.filter((quote) => quote.kind !== 'indirect')
  const indirect = article.quotes.filter((quote) => quote.kind === 'indirect')
  const exact = matchBest(goldMarked, marked, (g, p) => (normalise(g.content) === normalise(p.content.text) ? 1 : 0), 1)
  figures.markedExact.tp += exact.size
  figures.markedExact.gold += goldMarked.length
  figures.markedExact.pred += marked.length
  const lenient = matchBest(goldMarked, marked, (g, p) => overlapF1(g.content, p.content.text), 0.8)
  figures.markedLenient.tp += lenient.size
  figures.markedLenient.gold += goldMarked.length
  figures.markedLenient.pred += marked.length
  goldMarked.forEach((expected, gi) => {
    const pi = lenient.get(gi)
    figures.markedAttribution.n++
    if (pi === undefined) return say(`quote missed: ${expected.kind} "${expected.content.slice(0, 70)}"`)
    const found = marked[pi]
    figures.quoteKinds.n++
    if (found.kind === expected.kind) figures.quoteKinds.ok++
    else say(`quote "${expected.content.slice(0, 50)}" is ${expected.kind}, got ${found.kind}`)
    const name = speakerNameOf(article, found)
    figures.markedAttributionOfFound.n++
    if (sameSpeaker(name, expected.speaker)) {
      figures.markedAttribution.ok++
      figures.markedAttributionOfFound.ok++
    } else say(`speaker of "${expected.content.slice(0, 50)}" is "${expected.speaker}", got ${JSON.stringify(name)}`)
    scoreCue(figures, found, expected, say)
  })
  const usedMarked = new Set(lenient.values())
  marked.forEach((quote, pi) => {
    if (!usedMarked.has(pi)) say(`false quote: ${quote.kind} "${quote.content.text.slice(0, 70)}"`)
  })
  const matchedIndirect = matchBest(goldIndirect, indirect, (g, p) => overlapF1(g.content, p.content.text), 0.5)
  figures.indirect.tp += matchedIndirect.size
  figures.indirect.gold += goldIndirect.length
  figures.indirect.pred += indirect.length
  goldIndirect.forEach((expected, gi) => {
    const pi = matchedIndirect.get(gi)
    figures.indirectAttribution.n++
    if (pi === undefined) return say(`indirect missed: "${expected.content.slice(0, 70)}"`)
    const name = speakerNameOf(article, indirect[pi])
    if (sameSpeaker(name, expected.speaker)) figures.indirectAttribution.ok++
    else say(`speaker of indirect "${expected.content.slice(0, 50)}" is "${expected.speaker}", got ${JSON.stringify(name)}`)
    scoreCue(figures, indirect[pi], expected, say)
  })
  const usedIndirect = new Set(matchedIndirect.values())
  indirect.forEach((quote, pi) => {
    if (!usedIndirect.has(pi)) say(`false indirect: "${quote.content.text.slice(0, 70)}"`)
  })
}

function scoreSpeakers(gold, article, figures, say) {
  const golds = gold.speakers ?? []
  const matched = matchBest(golds, article.speakers, (g, p) => (sameSpeaker(p.name, g.name) ? 1 : 0), 1)
  figures.speakers.tp += matched.size
  figures.speakers.gold += golds.length
  figures.speakers.pred += article.speakers.length
  golds.forEach((expected, gi) => {
    const pi = matched.get(gi)
    if (pi === undefined) return
    figures.anonymous.n++
    if (Boolean(article.speakers[pi].anonymous) === Boolean(expected.anonymous)) figures.anonymous.ok++
    else say(`speaker "${expected.name}" anonymous=${expected.anonymous}, got ${article.speakers[pi].anonymous}`)
    if (!expected.kind) return
    figures.speakerKinds.n++
    if (article.speakers[pi].kind === expected.kind) figures.speakerKinds.ok++
    else say(`speaker "${expected.name}" is a ${expected.kind}, got ${article.speakers[pi].kind}`)
  })
  // The named people quoted, as media researchers count them (only where the gold gives kinds).
  if (!golds.some((expected) => expected.kind)) return
  const people = golds.filter((expected) => expected.kind === 'person' && !expected.anonymous)
  const found = article.speakers.filter((speaker) => speaker.kind === 'person' && !speaker.anonymous)
  const matchedPeople = matchBest(people, found, (g, p) => (sameSpeaker(p.name, g.name) ? 1 : 0), 1)
  figures.peopleQuoted.tp += matchedPeople.size
  figures.peopleQuoted.gold += people.length
  figures.peopleQuoted.pred += found.length
}

function scoreHedges(gold, article, figures, say) {
  const text = gold.text
  const golds = (gold.hedges ?? []).map((hedge) => {
    const start = text.indexOf(hedge.context) + hedge.context.indexOf(hedge.cue)
    return {...hedge, start, end: start + hedge.cue.length}
  })
  const cues = article.hedges.flatMap((claim) => claim.cues)
  const matched = matchBest(golds, cues, (g, p) => (overlaps(g, p) ? 1 : 0), 1)
  figures.hedgeCues.tp += matched.size
  figures.hedgeCues.gold += golds.length
  figures.hedgeCues.pred += cues.length
  golds.forEach((expected, gi) => {
    const pi = matched.get(gi)
    if (pi === undefined) return say(`hedge missed: ${expected.category} "${expected.cue}" in "${expected.context}"`)
    figures.hedgeCategories.n++
    if (cues[pi].category === expected.category) figures.hedgeCategories.ok++
    else say(`hedge "${expected.cue}" is ${expected.category}, got ${cues[pi].category}`)
  })
  const used = new Set(matched.values())
  cues.forEach((cue, pi) => {
    if (!used.has(pi)) say(`false hedge: ${cue.category} "${cue.text}" in "${text.slice(Math.max(0, cue.start - 30), cue.end + 30).replace(/\s+/g, ' ')}"`)
  })
  for (const claim of article.hedges) {
    figures.hedgedClaimPrecision.n++
    if (golds.some((expected) => overlaps(expected, claim))) figures.hedgedClaimPrecision.ok++
  }
}

/**
 * Score `analyze` on gold articles.
 *
 * @param {(text: string) => any} analyze
 * @param {Array<any>} golds Gold articles.
 * @returns {{figures: Figures, details: string[]}}
 */
export function scoreCorpus(analyze, golds) {
  const figures = emptyFigures()
  const details = []
  for (const gold of golds) {
    const say = (message) => details.push(`${gold.id}: ${message}`)
    const article = analyze(gold.text)
    checkSpans(article, gold.text, figures, say)
    scoreParagraphs(gold, article, figures, say)
    scoreQuotes(gold, article, figures, say)
    scoreAllQuotes(gold, article, figures)
    scoreSpeakers(gold, article, figures, say)
    scoreHedges(gold, article, figures, say)
  }
  return {figures, details}
}

/** Precision, recall and F1 of a tally. */
export function prf(value) {
  const precision = value.pred ? value.tp / value.pred : value.gold ? 0 : 1
  const recall = value.gold ? value.tp / value.gold : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return {precision, recall, f1}
}

/** The share of a ratio that is right. */
export function accuracy(value) {
  return value.n ? value.ok / value.n : 1
}

const LABELS = {
  paragraphBoundaries: 'paragraph boundaries',
  paragraphKinds: 'paragraph kinds',
  datelines: 'datelines',
  markedLenient: 'quotes, marked (lenient)',
  markedExact: 'quotes, marked (exact)',
  quoteKinds: 'quote kind direct/partial',
  markedAttribution: 'attribution, marked',
  markedAttributionOfFound: 'attribution of found',
  cueOfFound: 'cue of found quotes',
  indirect: 'quotes, indirect',
  indirectAttribution: 'attribution, indirect',
  allQuotesOverlap: 'all quotes, 30% overlap',
  speakers: 'speakers',
  anonymous: 'speakers, anonymous flag',
  speakerKinds: 'speaker kinds',
  peopleQuoted: 'people quoted per article',
  hedgeCues: 'hedge cues',
  hedgeCategories: 'hedge categories',
  hedgedClaimPrecision: 'hedged claims precision',
  spans: 'spans consistent',
}

/** The figures as a table, one row each. */
export function formatFigures(figures) {
  const pct = (value) => (100 * value).toFixed(1).padStart(5)
  return Object.entries(figures)
    .map(([key, value]) => {
      const label = LABELS[key].padEnd(28)
      if ('tp' in value) {
        const {precision, recall, f1} = prf(value)
        return `${label}P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}   (gold ${value.gold}, found ${value.pred}, right ${value.tp})`
      }
      return `${label}${pct(accuracy(value))}   (${value.ok}/${value.n})`
    })
    .join('\n')
}
