/**
 * Text made harmless for a terminal. An article, a file name or an NDJSON
 * id can hold control characters: ESC starts sequences that recolour,
 * retitle or clear the screen, write links (OSC 8) or worse, BEL rings, CR
 * overwrites the line, and U+0080–U+009F are the same controls in their
 * 8-bit form (CSI is U+009B). Everything copydesk prints for a person goes
 * through here, so each such character shows as a visible escape (`\x1B`)
 * and does nothing. JSON output needs none of this: JSON escapes C0
 * controls itself, and a JSON reader is no terminal.
 */

// C0 controls, DEL and C1 controls. Newline and tab are in the first set:
// a one-line field (a message, an id) escapes them too.
const anyControl = /[\u0000-\u001F\u007F-\u009F]/
const anyControls = /[\u0000-\u001F\u007F-\u009F]/g
// Report text keeps its line breaks and tabs: the report lays them out.
const controlsButLayout = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
// The other white space among the controls (CR of a CRLF, vertical tab,
// form feed) is white space to the report too, which folds it into a
// space; only as a space can it no longer move the cursor.
const spacing: Record<string, string> = {'\r': ' ', '\u000B': ' ', '\u000C': ' '}

const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

function visible(character: string): string {
  return named[character] ?? `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
}

/**
 * A one-line field for a terminal (a message, a path, an id): every
 * control character, newline and tab included, as a visible escape.
 *
 * @param text Any text.
 */
export function terminalLine(text: string): string {
  return anyControl.test(text) ? text.replace(anyControls, visible) : text
}

/**
 * Text for a terminal that keeps its newlines and tabs, has a space for
 * every other white space control (CR, vertical tab, form feed), and a
 * visible escape for every other control character.
 *
 * @param text Any text.
 */
export function terminalText(text: string): string {
  return anyControl.test(text) ? text.replace(controlsButLayout, (character) => spacing[character] ?? visible(character)) : text
}

/**
 * A copy of a value with every string in it made safe by
 * {@link terminalText}: an Article, for the text report, which prints many
 * of its strings and must not miss one.
 *
 * @param value Plain data: objects, arrays, strings, numbers, booleans, null.
 */
export function terminalSafeCopy<T>(value: T): T {
  return copy(value) as T
}

function copy(value: unknown): unknown {
  if (typeof value === 'string') return terminalText(value)
  if (Array.isArray(value)) return value.map(copy)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copy(inner)]))
  }
  return value
}
