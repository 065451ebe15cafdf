/**
 * An output format: how each record is written, and what goes around and
 * between records. Records are rendered where they are analysed (in the
 * workers), so a format is built from plain, cloneable settings.
 */
import type {Article} from '../../index.js'
import type {FormatName} from '../args.js'
import type {RecordId} from '../records.js'
import {htmlFormat} from './html.js'
import {jsonFormat, ndjsonFormat} from './json.js'
import {textFormat} from './text.js'

/** What a format needs to know; cloneable, so workers get it too. */
export interface FormatSettings {
  name: FormatName
  /** Whether the inputs name several articles (a collection) or one. */
  several: boolean
  /** Whether to colour text output (ANSI escapes). */
  colour: boolean
  /** A title for the whole output (the HTML page's). */
  title: string
}

/** How records are written. */
export interface Format {
  /** Before the first record. */
  head: string
  /** Between two records. */
  separator: string
  /** After the last record. */
  tail: string
  /** An analysed article; `index` is its position in the output, from 0. */
  article: (id: RecordId, article: Article, index: number) => string
  /** A record that failed, and why. */
  failure: (id: RecordId, error: string, index: number) => string
}

/**
 * The format the settings name.
 *
 * @param settings Format settings.
 */
export function createFormat(settings: FormatSettings): Format {
  switch (settings.name) {
    case 'json':
      return jsonFormat(settings)
    case 'ndjson':
      return ndjsonFormat()
    case 'html':
      return htmlFormat(settings)
    case 'text':
      return textFormat(settings)
  }
}
