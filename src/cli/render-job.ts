/**
 * One record, start to end: analyse the text and render it in the output
 * format. The same function runs in the main thread and in workers.
 */
import {analyze} from '../index.js'
import type {Format} from './formats/format.js'
import {errorMessage, type Outcome, type RecordId} from './records.js'

/** An article to analyse, with its place in the output. */
export interface Job {
  id: RecordId
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
  try {
    return {output: format.article(job.id, analyze(job.text), job.index), error: null}
  } catch (error) {
    return renderFailure(job.id, `analysis failed: ${errorMessage(error)}`, job.index, format)
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
export function renderFailure(id: RecordId, error: string, index: number, format: Format): Outcome {
  return {output: format.failure(id, error, index), error}
}
