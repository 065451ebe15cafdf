/**
 * What flows through the CLI: inputs to analyse and the records written
 * for them.
 */

/** Any JSON value: NDJSON ids are passed through untouched. */
export type JsonValue = string | number | boolean | null | JsonValue[] | {[key: string]: JsonValue}

/** How a record is named in the output: a path, `-`, or an NDJSON line's `id`. */
export type RecordId = JsonValue

/**
 * One article to analyse. `read` is lazy so that only the articles inside
 * the in-flight window are held in memory; it rejects when the input
 * cannot become text (unreadable file, malformed NDJSON line).
 */
export interface Input {
  id: RecordId
  /** Bytes of input this record stands for, for the progress bar. */
  bytes: number
  read: () => Promise<string>
}

/** What one record became: its formatted output, and why it failed if it did. */
export interface Outcome {
  output: string
  error: string | null
}

/** The message of anything thrown, for an error record. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A record id as a person reads it: strings bare, anything else as JSON. */
export function idLabel(id: RecordId): string {
  return typeof id === 'string' ? id : JSON.stringify(id)
}
