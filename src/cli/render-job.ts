/**
 * One record, start to end: analyse the text and render it in the output
 * format. The same function runs in the main thread and in workers.
 */
import {analyze, type Article} from '../index.js'
import type {Format} from './formats/format.js'
import {errorMessage, type IdJson, type Outcome} from './records.js'

/** An article to analyse, with its place in the output. */
export interface Job {
  id: IdJson
  text: string
  index: number
}

/**
 * Analyse and render one article; a throw becomes an error record.
 *
 * @param job The article.
 * @param format The output format.
 */
export function renderJob(job: Job, format: Format): Outcome {
  let article: Article
  try {
    article = analyze(job.text)
  } catch (error) {
    return renderFailure(job.id, `analysis failed: ${errorMessage(error)}`, job.index, format)
  }
  try {
    return {output: format.article(job.id, article, job.index), error: null, empty: article.paragraphs.length === 0}
  } catch (error) {
    // Output is written in pieces, but one piece (one paragraph of a page)
    // can still outgrow a string: say so rather than lose the stream.
    const reason = error instanceof RangeError ? 'the output of this record is too large to write in this format' : errorMessage(error)
    return renderFailure(job.id, `rendering failed: ${reason}`, job.index, format)
  }
}

/**
 * The error record of an input that failed.
 *
 * @param id The record's id.
 * @param error Why it failed.
 * @param index Its place in the output.
 * @param format The output format.
 */
export function renderFailure(id: IdJson, error: string, index: number, format: Format): Outcome {
  return {output: format.failure(id, error, index), error, empty: false}
}
