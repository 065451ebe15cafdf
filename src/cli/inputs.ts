/**
 * Whole-article inputs: files, directories walked for `.txt` and `.md`,
 * and standard input.
 */
import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {StringDecoder} from 'node:string_decoder'
import {errorMessage, type Input} from './records.js'

/** The extensions a directory walk picks up. */
export const articleExtensions = ['.txt', '.md']

/** The operand that names standard input. */
export const stdinOperand = '-'

/**
 * Every input the operands name, in order: files as given, directories
 * walked in name order. A path that cannot be listed or read still yields
 * an input, whose `read` rejects, so that it becomes an error record.
 *
 * @param operands Paths and `-`.
 * @param stdin Standard input.
 */
export async function listArticleInputs(operands: string[], stdin: AsyncIterable<string | Buffer>): Promise<Input[]> {
  const inputs: Input[] = []
  for (const operand of operands) {
    if (operand === stdinOperand) {
      inputs.push({id: stdinOperand, bytes: 0, read: () => readStream(stdin)})
      continue
    }
    let info
    try {
      info = await stat(operand)
    } catch (error) {
      inputs.push(failedInput(operand, describeFsError(error)))
      continue
    }
    if (info.isDirectory()) {
      for await (const entry of walkArticles(operand)) inputs.push(entry)
    } else {
      inputs.push(fileInput(operand, info.size))
    }
  }
  return inputs
}

/**
 * Whether the operands name exactly one article, so that json and html
 * print it alone rather than as one of a collection. Decided by the
 * operands, not by what a directory holds, so scripts get a stable shape.
 *
 * @param operands Paths and `-`.
 */
export async function namesOneArticle(operands: string[]): Promise<boolean> {
  if (operands.length === 0) return true
  if (operands.length > 1) return false
  const [operand = stdinOperand] = operands
  if (operand === stdinOperand) return true
  const info = await stat(operand).catch(() => null)
  return !info?.isDirectory()
}

async function* walkArticles(directory: string): AsyncGenerator<Input> {
  let entries
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    yield failedInput(directory, describeFsError(error))
    return
  }
  // Name order, not the file system's, so runs are reproducible.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    // Hidden files and folders (.git, editor backups) are not articles.
    if (entry.name.startsWith('.')) continue
    const child = path.join(directory, entry.name)
    // Symbolic links to folders are not followed: they can loop.
    if (entry.isDirectory()) {
      yield* walkArticles(child)
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
      const info = await stat(child).catch(() => null)
      if (!info || info.isFile()) yield fileInput(child, info?.size ?? 0)
    }
  }
}

function isArticleName(name: string): boolean {
  return articleExtensions.includes(path.extname(name).toLowerCase())
}

function fileInput(file: string, bytes: number): Input {
  return {
    id: file,
    bytes,
    read: async () => {
      try {
        return stripByteOrderMark(await readFile(file, 'utf8'))
      } catch (error) {
        throw new Error(describeFsError(error))
      }
    },
  }
}

function failedInput(id: string, message: string): Input {
  return {id, bytes: 0, read: () => Promise.reject(new Error(message))}
}

/**
 * All of a stream as UTF-8 text.
 *
 * @param stream Standard input, or any byte stream.
 */
export async function readStream(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const decoder = new StringDecoder('utf8')
  const parts: string[] = []
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? chunk : decoder.write(chunk))
  parts.push(decoder.end())
  return stripByteOrderMark(parts.join(''))
}

// Editors on Windows start UTF-8 files with a BOM; it is not part of the story.
function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
}

/**
 * A file-system error in words, without Node's syscall details.
 *
 * @param error What was thrown.
 */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    default:
      return errorMessage(error)
  }
}
