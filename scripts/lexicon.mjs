#!/usr/bin/env node
// The word lists are data: one file per list in data/lexicon/*.txt, generated
// into typed, frozen modules in src/lexicon/data/*.ts by this script.
//
//   node scripts/lexicon.mjs                      write the modules
//   node scripts/lexicon.mjs --check              check the data and that the modules are up to date (run by `npm test`)
//   node scripts/lexicon.mjs --data DIR --out DIR read and write elsewhere (the tests check a copy of the data)
//
// A data file:
//
//   # name: reportingVerbs                  the export's name
//   # about: Reporting verbs, by lemma.     its TSDoc (several `# about:` lines join)
//   # fold: lower                           entries must be lower case, with straight apostrophes (`as-is` keeps case)
//   # example: reportingVerbs.includes('warn') // true
//   # category: Lexicons                    a public export: its TSDoc carries `@category Lexicons` (optional)
//   # disjoint: objectCueVerbs              lists that must share no entry with it (optional)
//   # shape: list                           list (the default), pairs, rows or records (optional)
//   ## Speech: verbs of saying. Example: `“We won,” Ortiz said.`
//   say
//   tell
//
// Lines starting with `##` open a group: a note and an example for the
// entries under it. Blank lines are ignored. Entries are trimmed; an entry
// that must keep white space at its ends is written as a JSON string
// (`"(c) "`). A duplicate, a wrongly cased entry, an empty group or an
// overlap between lists declared disjoint is an error.
//
// Shapes other than a list are tables, one row per line, cells split by
// white space:
//
//   # shape: pairs                          `found founder`: a frozen Record<string, string>
//   # shape: rows                           `go went gone goes`: a frozen array of frozen rows
//   # columns: lemma past participle third? the cells of a row (`?`: may be left out)
//   # shape: records                        `“ double opening`: a frozen record of frozen records, keyed by the first cell
//   # columns: family:double|single shape:opening|closing
//                                           the cells after the key, each maybe with the values it allows
//   # type: Readonly<Record<string, Mark>>  the export's type, when the shape's own is too loose (optional)
//   # import: import type {Mark} from '../marks.js'
//                                           a line the module needs for its type (optional, repeatable)
//
// Duplicates and disjointness are decided on a table's first cell.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

/** The value of a `--flag VALUE` argument, resolved against the working directory. */
function dirArg(flag, fallback) {
  const at = args.indexOf(flag)
  if (at < 0) return fallback
  const value = args[at + 1]
  if (value === undefined || value.startsWith('--')) {
    console.error(`lexicon: \`${flag}\` needs a directory`)
    process.exit(2)
  }
  return path.resolve(value)
}

const known = new Set(['--check', '--data', '--out'])
for (const [index, arg] of args.entries()) {
  if (arg.startsWith('--') && !known.has(arg)) {
    console.error(`lexicon: unknown option \`${arg}\` (expected --check, --data DIR, --out DIR)`)
    process.exit(2)
  }
  if (!arg.startsWith('--') && !['--data', '--out'].includes(args[index - 1] ?? '')) {
    console.error(`lexicon: unexpected argument \`${arg}\``)
    process.exit(2)
  }
}
const dataDir = dirArg('--data', path.join(root, 'data/lexicon'))
const outDir = dirArg('--out', path.join(root, 'src/lexicon/data'))
const check = args.includes('--check')

const shapes = new Set(['list', 'pairs', 'rows', 'records'])
const headers = new Set(['name', 'about', 'fold', 'example', 'disjoint', 'category', 'shape', 'columns', 'type', 'import'])

/** The columns of a `# columns:` header: `name`, `name?` (optional) or `name:a|b` (allowed values). */
function parseColumns(value) {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((spec) => {
      const [head, values] = spec.split(':')
      const optional = head.endsWith('?')
      return {name: optional ? head.slice(0, -1) : head, optional, values: values ? values.split('|') : null}
    })
}

/** One entry of a list: the line, or the JSON string it is written as. */
function listEntry(line, where, problems) {
  if (line.length >= 2 && line.startsWith('"') && line.endsWith('"')) {
    try {
      return JSON.parse(line)
    } catch {
      problems.push(`${where}: \`${line}\` is not a valid JSON string`)
    }
  }
  return line
}

/** Read one data file into its list. */
function read(file) {
  const text = fs.readFileSync(path.join(dataDir, file), 'utf8')
  const list = {file, name: '', about: [], fold: 'lower', examples: [], disjoint: [], category: null, shape: 'list', columns: null, type: null, imports: [], groups: []}
  const problems = []
  let group = null
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    const where = `${file}:${index + 1}`
    if (line === '') return
    if (line.startsWith('## ')) {
      group = {heading: line.slice(3).trim(), entries: [], where}
      if (!/Example:/.test(group.heading)) problems.push(`${where}: a group needs a note and an example ("## Note. Example: …")`)
      list.groups.push(group)
      return
    }
    if (line.startsWith('#')) {
      const match = /^#\s*([a-z]+):\s*(.*)$/.exec(line)
      if (!match) return problems.push(`${where}: a header line is \`# key: value\``)
      const [, key, value] = match
      if (!headers.has(key)) return problems.push(`${where}: unknown header \`${key}\``)
      if (key === 'about') list.about.push(value)
      else if (key === 'example') list.examples.push(value)
      else if (key === 'import') list.imports.push(value)
      else if (key === 'disjoint') list.disjoint.push(...value.split(/[ ,]+/).filter(Boolean))
      else if (key === 'columns') list.columns = parseColumns(value)
      else list[key] = value
      return
    }
    if (!group) return problems.push(`${where}: an entry before any \`##\` group`)
    if (list.shape === 'list') group.entries.push({key: listEntry(line, where, problems), cells: null, where})
    else {
      const cells = line.split(/\s+/)
      group.entries.push({key: cells[0], cells, where})
    }
  })
  if (!/^[a-z][A-Za-z0-9]*$/.test(list.name)) problems.push(`${file}: needs \`# name: camelCaseName\``)
  if (list.about.length === 0) problems.push(`${file}: needs \`# about:\``)
  if (list.examples.length === 0) problems.push(`${file}: needs \`# example:\``)
  if (list.fold !== 'lower' && list.fold !== 'as-is') problems.push(`${file}: fold is \`lower\` or \`as-is\``)
  if (list.category !== null && list.category !== 'Lexicons') problems.push(`${file}: the only category is \`Lexicons\``)
  if (!shapes.has(list.shape)) problems.push(`${file}: shape is one of ${[...shapes].join(', ')}`)
  if ((list.shape === 'rows' || list.shape === 'records') && !list.columns) problems.push(`${file}: a ${list.shape} table needs \`# columns:\``)
  if ((list.shape === 'list' || list.shape === 'pairs') && list.columns) problems.push(`${file}: only rows and records have columns`)
  if (list.imports.length > 0 && !list.type) problems.push(`${file}: \`# import:\` is for the module's \`# type:\``)
  problems.push(...checkEntries(list))
  return {list, problems}
}

/** The comparison key of an entry: lists folded to lower case compare without case; `as-is` lists exactly. */
const keyOf = (list, entry) => (list.fold === 'lower' ? entry.key.toLowerCase() : entry.key)

/** Problems with the entries of a list: case, white space, duplicates, cells of a table. */
function checkEntries(list) {
  const problems = []
  const seen = new Map()
  for (const g of list.groups) {
    if (g.entries.length === 0) problems.push(`${g.where}: an empty group`)
    for (const entry of g.entries) {
      const texts = entry.cells ?? [entry.key]
      for (const value of texts) {
        if (list.fold === 'lower' && value !== value.toLowerCase()) problems.push(`${entry.where}: \`${value}\` must be lower case`)
        if (list.fold === 'lower' && /[‘’]/.test(value)) problems.push(`${entry.where}: \`${value}\` must use the straight apostrophe \`'\` (text is folded to it)`)
        if (/\s{2,}|\t/.test(value)) problems.push(`${entry.where}: \`${value}\` has runs of white space`)
      }
      if (entry.key === '') problems.push(`${entry.where}: an empty entry`)
      problems.push(...checkCells(list, entry))
      const key = keyOf(list, entry)
      if (seen.has(key)) problems.push(`${entry.where}: \`${entry.key}\` is listed twice (first at ${seen.get(key)})`)
      else seen.set(key, entry.where)
    }
  }
  return problems
}

/** Problems with the cells of a table row: their number and their values. */
function checkCells(list, entry) {
  if (list.shape === 'list') return []
  const {cells, where} = entry
  if (list.shape === 'pairs') return cells.length === 2 ? [] : [`${where}: a pair is two cells (\`key value\`), not ${cells.length}`]
  if (!list.columns) return []
  const columns = list.columns
  const values = list.shape === 'records' ? cells.slice(1) : cells
  const least = columns.filter((column) => !column.optional).length
  const problems = []
  if (values.length < least || values.length > columns.length) {
    const expected = least === columns.length ? `${least}` : `${least} to ${columns.length}`
    problems.push(`${where}: expected ${expected} cell${columns.length === 1 ? '' : 's'}${list.shape === 'records' ? ' after the key' : ''}, not ${values.length}`)
  }
  values.forEach((value, index) => {
    const column = columns[index]
    if (column?.values && !column.values.includes(value)) problems.push(`${where}: \`${value}\` is not a ${column.name} (${column.values.join(', ')})`)
  })
  return problems
}

/** A string as a TypeScript literal: single quotes unless it holds one. */
function literal(value) {
  if (value.includes("'")) return JSON.stringify(value)
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"')}'`
}

/** A property key: bare when it is an identifier. */
const propertyKey = (value) => (/^[A-Za-z_$][\w$]*$/.test(value) ? value : literal(value))

/** Items joined into lines of at most 110 characters, indented by two spaces. */
function wrap(items) {
  const lines = []
  let row = ' '
  for (const item of items) {
    if (row.length + item.length + 2 > 110 && row.trim()) {
      lines.push(row)
      row = ' '
    }
    row += ` ${item},`
  }
  if (row.trim()) lines.push(row)
  return lines
}

/** The type of a list's export, by its shape. */
function typeOf(list) {
  if (list.type) return list.type
  if (list.shape === 'pairs') return 'Readonly<Record<string, string>>'
  if (list.shape === 'rows') return 'ReadonlyArray<readonly string[]>'
  if (list.shape === 'records') return `Readonly<Record<string, Readonly<{${list.columns.map((column) => `${column.name}${column.optional ? '?' : ''}: string`).join('; ')}}>>>`
  return 'readonly string[]'
}

/** The value of a list's export: frozen, tables frozen row by row. */
function valueOf(list) {
  const entries = list.groups.flatMap((g) => g.entries)
  if (list.shape === 'list') return ['/* @__PURE__ */ Object.freeze([', ...wrap(entries.map((entry) => literal(entry.key))), '])']
  if (list.shape === 'pairs') {
    return ['/* @__PURE__ */ Object.freeze({', ...wrap(entries.map(({cells}) => `${propertyKey(cells[0])}: ${literal(cells[1])}`)), '})']
  }
  if (list.shape === 'rows') {
    return ['/* @__PURE__ */ Object.freeze([', ...wrap(entries.map(({cells}) => `row(${cells.map(literal).join(', ')})`)), '])']
  }
  const record = ({cells}) => {
    const fields = list.columns.map((column, index) => [column.name, cells[index + 1]]).filter(([, value]) => value !== undefined)
    return `  ${propertyKey(cells[0])}: Object.freeze({${fields.map(([name, value]) => `${propertyKey(name)}: ${literal(value)}`).join(', ')}}),`
  }
  return ['/* @__PURE__ */ Object.freeze({', ...entries.map(record), '})']
}

/** A line of a TSDoc comment, with no trailing space when it is empty. */
const commentLine = (line) => (line ? ` * ${line}` : ' *')

/** The TypeScript module of a list. */
function render(list) {
  const groups = list.groups.map((g) => ` * - ${g.heading.replace(/\*\//g, '* /')}`)
  const lines = [
    `// Generated by scripts/lexicon.mjs from data/lexicon/${list.file}: edit the data file, then run \`node scripts/lexicon.mjs\`.`,
    '',
  ]
  if (list.imports.length > 0) lines.push(...list.imports, '')
  if (list.shape === 'rows') lines.push('/** One row of the table, frozen. */', 'const row = (...cells: string[]): readonly string[] => Object.freeze(cells)', '')
  lines.push(
    '/**',
    ...list.about.map(commentLine),
    ' *',
    ...groups,
    ' *',
    ' * @example',
    ' * ```ts',
    ...list.examples.map(commentLine),
    ' * ```',
  )
  if (list.category) lines.push(' *', ` * @category ${list.category}`)
  const [first, ...rest] = valueOf(list)
  lines.push(' */', `export const ${list.name}: ${typeOf(list)} = ${first}`, ...rest, '')
  return lines.join('\n')
}

/** Problems with the lists' `# disjoint:` declarations. */
function checkDisjoint(lists) {
  const problems = []
  const byName = new Map(lists.map((list) => [list.name, list]))
  if (byName.size !== lists.length) problems.push('two data files share a `# name:`')
  for (const list of lists) {
    const mine = new Set(list.groups.flatMap((g) => g.entries.map((entry) => keyOf(list, entry))))
    for (const other of list.disjoint) {
      const second = byName.get(other)
      if (!second) {
        problems.push(`${list.file}: disjoint with unknown list \`${other}\``)
        continue
      }
      for (const g of second.groups) {
        for (const entry of g.entries) {
          if (mine.has(keyOf(list, entry))) problems.push(`${entry.where}: \`${entry.key}\` is also in ${list.file}, which must be disjoint from it`)
        }
      }
    }
  }
  return problems
}

/** Problems with the generated modules: missing, out of date, or without a data file. */
function checkModules(outputs) {
  const problems = []
  const shown = (file) => path.relative(process.cwd(), file) || file
  for (const [file, content] of outputs) {
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) problems.push(`${shown(file)} is out of date: run \`node scripts/lexicon.mjs\``)
  }
  const expected = new Set(outputs.keys())
  if (fs.existsSync(outDir)) {
    for (const file of fs.readdirSync(outDir)) if (!expected.has(path.join(outDir, file))) problems.push(`${shown(path.join(outDir, file))} has no data file`)
  }
  return problems
}

if (!fs.existsSync(dataDir)) {
  console.error(`lexicon: no data directory ${dataDir}`)
  process.exit(2)
}
const files = fs.readdirSync(dataDir).filter((file) => file.endsWith('.txt')).sort()
const problems = []
const lists = []
for (const file of files) {
  const one = read(file)
  problems.push(...one.problems)
  lists.push(one.list)
}
problems.push(...checkDisjoint(lists))

/** Print the problems found and stop. */
function fail() {
  for (const problem of problems) console.error(problem)
  console.error(`lexicon: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  process.exit(1)
}

// Data with problems is not rendered: its modules would be as wrong as it is.
if (problems.length > 0) fail()
const outputs = new Map(lists.map((list) => [path.join(outDir, `${list.file.replace(/\.txt$/, '')}.ts`), render(list)]))
if (check) problems.push(...checkModules(outputs))
if (problems.length > 0) fail()
if (!check) {
  fs.mkdirSync(outDir, {recursive: true})
  for (const [file, content] of outputs) fs.writeFileSync(file, content)
}
console.log(`lexicon: ${lists.length} lists ${check ? 'checked' : 'written'}`)
