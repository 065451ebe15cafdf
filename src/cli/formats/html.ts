/**
 * The HTML report: a self-contained page (inline CSS and JS, no fonts,
 * images or requests) that shows each article with its quotes coloured by
 * speaker, its speakers beside it, and its hedge cues underlined.
 */
import {createHash} from 'node:crypto'
import type {Article, HedgeCategory} from '../../index.js'
import {createChunker} from '../chunks.js'
import {idLabel, type IdJson} from '../records.js'
import type {Format, FormatSettings} from './format.js'
import {pageScript, pageStyle} from './html-assets.js'
import {escapeHtml} from './html-escape.js'
import {hasHeadline, renderStory, speakerHue, type Ids} from './html-story.js'
import {clip, hedgerOf, indexQuotes, indexSpeakers} from './summary.js'

/** What each hedge category means, for the key. */
const categoryMeanings: Record<HedgeCategory, string> = {
  modal: 'may, might, could, likely',
  evidential: 'reportedly, allegedly, appears to',
  epistemic: 'believe, expect, unclear',
  approximator: 'about, nearly, at least',
  weasel: 'some say, critics argue',
}

/**
 * The HTML format: one page, with one section per article.
 *
 * @param settings Format settings.
 */
export function htmlFormat(settings: Pick<FormatSettings, 'title'>): Format {
  return {
    head: pageHead(settings.title),
    separator: '\n',
    tail: pageTail(),
    article: (id, article, index) => renderArticle(id, article, articleIds(index)),
    failure: (id, error, index) => [renderFailure(id, error, articleIds(index))],
  }
}

function articleIds(index: number): Ids & {prefix: string} {
  const prefix = `a${index + 1}`
  return {prefix, title: `${prefix}-title`, cue: (claim, position) => `${prefix}-h${claim + 1}-${position + 1}`}
}

/**
 * The Content-Security-Policy: nothing may load, and only the page's own
 * sheet and script may run, named by their hashes. Text from an article,
 * escaped as it is, could not run anyway; this is the second lock.
 */
export const contentSecurityPolicy = `default-src 'none'; style-src '${sha256(pageStyle)}'; script-src '${sha256(pageScript)}'`

function sha256(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`
}

function pageHead(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="generator" content="copydesk">
<title>${escapeHtml(title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header class="masthead">
<div class="inner"><p class="brand"><span class="logo" aria-hidden="true">¶</span>copydesk</p><h1>${escapeHtml(title)}</h1></div>
</header>
<nav class="toc" aria-label="Articles" hidden><h2>Articles</h2><ol></ol></nav>
<main id="main">
`
}

function pageTail(): string {
  return `
</main>
<footer class="colophon"><p>Made by copydesk. Quotes are coloured by speaker; hedge cues are underlined, coloured by category. Paragraphs are numbered from 1. Highlights can be reached with the Tab key.</p></footer>
<script>${pageScript}</script>
</body>
</html>
`
}

function renderArticle(id: IdJson, article: Article, ids: Ids & {prefix: string}): string[] {
  const speakers = indexSpeakers(article)
  const heading = hasHeadline(article) ? '' : `<h2 class="untitled" id="${ids.title}">${escapeHtml(idLabel(id))}</h2>`
  const stats = [
    ['Paragraphs', String(article.paragraphs.length)],
    ['Quotes', String(article.quotes.length)],
    ['Speakers', `${article.speakers.length} (${speakers.named} named, ${speakers.anonymous} anonymous)`],
    ['Hedged claims', String(article.hedges.length)],
    ...(article.dateline ? [['Dateline', article.dateline.text]] : []),
  ]
  // Paragraph by paragraph into chunks: a huge article's page can outgrow one string.
  const out = createChunker()
  out.push(`<article class="report" id="${ids.prefix}" aria-labelledby="${ids.title}" data-label="${escapeHtml(listLabel(id, article))}">
<div class="report-meta"><p class="source"><span class="sr-only">Source: </span>${escapeHtml(idLabel(id))}</p>
<dl class="stats">${stats.map(([term = '', value = '']) => `<div><dt>${term}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl></div>
<div class="layout">
<section class="story" aria-label="Article text">
${heading}`)
  renderStory(article, ids).forEach((paragraph, index) => out.push(index === 0 ? paragraph : `\n${paragraph}`))
  out.push(`
</section>
<aside class="panel" aria-label="Speakers and hedges">
${renderSpeakers(article, ids.prefix)}
${renderClaims(article, ids)}
${renderKey()}
</aside>
</div>
</article>`)
  return out.done()
}

// How the list of articles names one: its headline and where it came from.
function listLabel(id: IdJson, article: Article): string {
  const headline = article.paragraphs.find((paragraph) => paragraph.kind === 'headline')
  return headline ? `${clip(headline.text, 120)} — ${idLabel(id)}` : idLabel(id)
}

function renderSpeakers(article: Article, prefix: string): string {
  const speakers = indexSpeakers(article)
  const heading = `<h3 id="${prefix}-speakers">Speakers <span class="counts">${speakers.named} named · ${speakers.anonymous} anonymous</span></h3>`
  if (article.speakers.length === 0) {
    return `<section aria-labelledby="${prefix}-speakers">${heading}<p class="empty">No attributed quotes found.</p></section>`
  }
  const items = article.speakers.map((speaker, position) => {
    const badge = speaker.anonymous ? '<span class="badge">anonymous</span>' : ''
    const count = speaker.quoteIds.length
    return (
      `<li><button type="button" class="speaker hue-${speakerHue(position)}" data-speaker="${escapeHtml(speaker.id)}" aria-pressed="false">` +
      `<span class="swatch" aria-hidden="true"></span>` +
      `<span class="who"><span class="name">${escapeHtml(speaker.name)}</span>${badge}<span class="kind-of">${speaker.kind}</span></span>` +
      `<span class="count">${count}<span class="sr-only"> ${count === 1 ? 'quote' : 'quotes'}</span></span></button></li>`
    )
  })
  return `<section aria-labelledby="${prefix}-speakers">${heading}
<p class="hint">Choose a speaker to pick out their quotes.</p>
<ul class="speakers">${items.join('')}</ul></section>`
}

function renderClaims(article: Article, ids: Ids & {prefix: string}): string {
  const speakers = indexSpeakers(article)
  const quotes = indexQuotes(article)
  const heading = `<h3 id="${ids.prefix}-hedges">Hedged claims <span class="counts">${article.hedges.length}</span></h3>`
  if (article.hedges.length === 0) {
    return `<section aria-labelledby="${ids.prefix}-hedges">${heading}<p class="empty">No hedged claims found.</p></section>`
  }
  const items = article.hedges.map((claim, index) => {
    const chips = claim.cues
      .map((cue) => `<span class="chip cat-${cue.category}">${escapeHtml(cue.text)}<small>${cue.category}</small></span>`)
      .join('')
    return (
      `<li><a href="#${ids.cue(index, 0)}"><span class="chips">${chips}</span>` +
      `<span class="claim-text">${escapeHtml(clip(claim.text, 160))}</span>` +
      `<span class="by">¶${claim.paragraph + 1} · by ${escapeHtml(hedgerOf(claim, quotes, speakers))}</span></a></li>`
    )
  })
  return `<section aria-labelledby="${ids.prefix}-hedges">${heading}<ol class="claims">${items.join('')}</ol></section>`
}

function renderKey(): string {
  const categories = (Object.keys(categoryMeanings) as HedgeCategory[]).map(
    (category) => `<li><span class="hedge-sample cat-${category}">${category}</span> ${categoryMeanings[category]}</li>`,
  )
  return `<details class="key" open><summary>Key</summary>
<p><mark class="quote sample hue-212">Quote</mark> coloured by speaker; <mark class="quote unattributed sample">dashed</mark> when unattributed.</p>
<ul>${categories.join('')}</ul></details>`
}

function renderFailure(id: IdJson, error: string, ids: Ids & {prefix: string}): string {
  return `<article class="report failed" id="${ids.prefix}" aria-labelledby="${ids.title}" data-label="${escapeHtml(idLabel(id))}">
<div class="report-meta"><h2 id="${ids.title}" class="source">${escapeHtml(idLabel(id))}</h2></div>
<p class="error">Could not analyse this input: ${escapeHtml(error)}</p>
</article>`
}
