/**
 * The JSON formats. A record is `{"id", ...Article}` or `{"id", "error"}`;
 * `id` comes first so a reader of a long line sees whose it is, and goes in
 * as it was written (an NDJSON number keeps every digit). A record is one
 * `JSON.stringify`, the fastest way there is; one too long for a single
 * string (`Invalid string length`) is written again in chunks (see
 * `json-writer.ts`), so that no record is too long to write.
 */
import type {Article} from '../../index.js'
import {jsonChunks, RawJson} from '../json-writer.js'
import type {IdJson} from '../records.js'
import type {Format, FormatSettings} from './format.js'

/** One record per line: the NDJSON (JSON Lines) format. */
export function ndjsonFormat(): Format {
  return {
    head: '',
    separator: '',
    tail: '',
    article: (id, article) => [...record(id, article), '\n'],
    failure: (id, error) => [failureRecord(id, error), '\n'],
  }
}

/**
 * One article: the Article itself, indented. Several: a JSON array with
 * one record per line, so it stays greppable.
 *
 * @param settings Format settings.
 */
export function jsonFormat(settings: Pick<FormatSettings, 'several'>): Format {
  if (!settings.several) {
    return {
      head: '',
      separator: '',
      tail: '',
      article: (_id, article) => [...inOneOrPieces(() => JSON.stringify(article, null, 2), () => jsonChunks(article, 2)), '\n'],
      failure: (id, error) => [`{\n  "id": ${id},\n  "error": ${JSON.stringify(error)}\n}\n`],
    }
  }
  return {
    head: '[',
    separator: ',',
    tail: '\n]\n',
    article: (id, article) => ['\n', ...record(id, article)],
    failure: (id, error) => ['\n', failureRecord(id, error)],
  }
}

function record(id: IdJson, article: Article): string[] {
  return inOneOrPieces(
    () => {
      // The id's text goes in front of the Article's members.
      const members = JSON.stringify(article)
      return members === '{}' ? `{"id":${id}}` : `{"id":${id},${members.slice(1)}`
    },
    () => jsonChunks({id: new RawJson(id), ...article}),
  )
}

function failureRecord(id: IdJson, error: string): string {
  return `{"id":${id},"error":${JSON.stringify(error)}}`
}

function inOneOrPieces(whole: () => string, pieces: () => string[]): string[] {
  try {
    return [whole()]
  } catch (error) {
    // Longer than V8's longest string: the same text, in chunks.
    if (error instanceof RangeError && /string length/i.test(error.message)) return pieces()
    throw error
  }
}
