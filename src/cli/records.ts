/**
 * What flows through the CLI: inputs to analyse and the records written
 * for them.
 */

/**
 * How a record is named in the output, as the JSON text that is written
 * for it: `"corpus/a.txt"`, `"-"`, `7`, `1234567890123456789`. Carried as
 * text, never as a parsed value, so that an NDJSON id goes out as it came
 * in: a number past 2^53 keeps every digit.
 */
export type IdJson = string

/**
 * The id of a path, of `-`, or of any string.
 *
 * @param name The path or name.
 */
export function stringId(name: string): IdJson {
  return JSON.stringify(name)
}

/** Text decoded from an input's bytes, and what the reader should know about how. */
export interface Decoded {
  text: string
  /** Set when the bytes were not what they claimed (read as Windows-1252, say). */
  warning: string | null
}

/**
 * One article to analyse. `read` is lazy so that only the articles inside
 * the in-flight window are held in memory; it rejects when the input
 * cannot become text (unreadable file, malformed NDJSON line, too large).
 */
export interface Input {
  id: IdJson
  /**
   * How messages on stderr name the input, when not by its id alone: an
   * NDJSON line by its number (`line 3`, `no-text (line 3)`). Only stderr
   * has line numbers: records must not depend on where a stream was cut.
   */
  subject?: string
  /** Bytes of input this record stands for, for the progress bar. */
  bytes: number
  read: () => Promise<Decoded>
}

/**
 * What one record became: its formatted output, in pieces (a record's
 * output can be longer than the longest string V8 can hold), and why it
 * failed if it did.
 */
export interface Outcome {
  output: string[]
  error: string | null
  /** Whether the article had no text at all: a report of it shows nothing. */
  empty: boolean
}

/**
 * The message of anything thrown, for an error record.
 *
 * @param error What was thrown.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A record id as a person reads it: strings bare, anything else as JSON.
 *
 * @param id The id's JSON text.
 */
export function idLabel(id: IdJson): string {
  return id.startsWith('"') ? (JSON.parse(id) as string) : id
}

/**
 * A record id in a message: `corpus/a.txt`, or `id 7` for an id that is not
 * a string (a bare number would read as a count).
 *
 * @param id The id's JSON text.
 */
export function idInMessage(id: IdJson): string {
  return id.startsWith('"') ? idLabel(id) : `id ${id}`
}
