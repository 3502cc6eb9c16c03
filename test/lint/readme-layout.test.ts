/**
 * @jest-environment node
 */
// The README's "Layout" map is the newcomer's first view of the tree: every folder it names exists,
// every folder of the mini-program is named in it, and every file it names is where it says. Paths
// the README names elsewhere in backticks exist too.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** Lines indented this far continue the description of the entry above them. */
const DESCRIPTION_INDENT = 20;

interface MapEntry {
  /** Relative to the repository root, ending in '/', with `<name>` for "each folder here". */
  readonly folder: string;
  readonly description: string;
}

/** The code block under "## Layout", one entry per folder line (continuation lines joined). */
function layoutMap(readme: string): MapEntry[] {
  const section = readme.slice(readme.indexOf('\n## Layout\n'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const entries: { folder: string; description: string }[] = [];
  const parents: string[] = [];
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const [token = '', ...rest] = line.trim().split(/\s+/);
    const last = entries.at(-1);
    if (indent >= DESCRIPTION_INDENT || !token.endsWith('/')) {
      if (last) last.description += ` ${line.trim()}`;
      continue;
    }
    const depth = indent / 2;
    parents.length = depth;
    const folder = `${parents.join('')}${token}`;
    parents.push(token);
    entries.push({ folder, description: rest.join(' ') });
  }
  return entries;
}

/** Folders holding a file git tracks under miniprogram/ (the npm build output left out). */
function trackedFolders(): string[] {
  const files = execFileSync('git', ['ls-files', 'miniprogram'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !file.includes('miniprogram_npm/'));
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth += 1) {
      folders.add(`${parts.slice(0, depth).join('/')}/`);
    }
  }
  return [...folders].sort();
}

const isDir = (relative: string): boolean =>
  fs.existsSync(path.join(ROOT, relative)) && fs.statSync(path.join(ROOT, relative)).isDirectory();

const map = layoutMap(README);

test('the map names the mini-program, its three subpackages and the repository folders', () => {
  const folders = map.map((entry) => entry.folder);
  for (const folder of [
    'miniprogram/',
    'miniprogram/guide/',
    'miniprogram/helper/',
    'miniprogram/tools/',
    'test/',
    'scripts/',
  ]) {
    expect(folders).toContain(folder);
  }
});

test('every folder the map names exists (each <name> one folder per page or component)', () => {
  const missing = map
    .map((entry) => entry.folder)
    .filter((folder) => {
      if (!folder.endsWith('<name>/')) return !isDir(folder);
      const parent = folder.slice(0, -'<name>/'.length);
      return !isDir(parent) || fs.readdirSync(path.join(ROOT, parent)).length === 0;
    });
  expect(missing).toEqual([]);
});

test('every folder of the mini-program is in the map', () => {
  const named = new Set(map.map((entry) => entry.folder));
  const covered = (folder: string): boolean => {
    if (named.has(folder) || named.has(`${folder}<name>/`)) return true;
    const parent = folder.replace(/[^/]+\/$/, '');
    return named.has(`${parent}<name>/`);
  };
  expect(trackedFolders().filter((folder) => !covered(folder))).toEqual([]);
});

/** The folders an entry stands for: itself, or for `<name>/` each folder beside it. */
function foldersOf(folder: string): string[] {
  if (!folder.endsWith('<name>/')) return [folder];
  const parent = folder.slice(0, -'<name>/'.length);
  if (!isDir(parent)) return [];
  return fs
    .readdirSync(path.join(ROOT, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}${entry.name}/`);
}

test('every file the map names is in the folder it is listed under', () => {
  const misplaced = map.flatMap((entry) =>
    (entry.description.match(/[\w.-]+\.(?:ts|json|wxss)\b/g) ?? [])
      .filter(
        (file) =>
          !foldersOf(entry.folder).some((folder) => fs.existsSync(path.join(ROOT, folder, file))),
      )
      .map((file) => `${entry.folder}${file}`),
  );
  expect(misplaced).toEqual([]);
});

/** The mini-program's own top folders: a README path starting with one is relative to it. */
const APP_FOLDERS = fs
  .readdirSync(path.join(ROOT, 'miniprogram'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'miniprogram_npm')
  .map((entry) => entry.name);
const REPO_FOLDERS = ['miniprogram', 'scripts', 'test', 'docs', 'typings'];

/** A backticked path that should exist: a file or folder (a page route names its index.ts). */
function exists(relative: string): boolean {
  const candidates = [relative, `${relative}.ts`];
  return candidates.some((candidate) => fs.existsSync(path.join(ROOT, candidate)));
}

test('every path the README names in backticks exists', () => {
  const named = [...README.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] ?? '');
  const paths = named
    // Globs, brace lists and placeholders stand for many paths; queries and anchors are not paths.
    .filter((text) => text.includes('/') && !/[*{}<>]/.test(text))
    .map((text) => text.replace(/[?#].*$/, '').replace(/^\//, ''))
    .flatMap((text) => {
      const first = text.split('/')[0] ?? '';
      if (REPO_FOLDERS.includes(first)) return [text];
      if (APP_FOLDERS.includes(first)) return [`miniprogram/${text}`];
      return [];
    });
  expect(paths.length).toBeGreaterThan(100);
  expect(paths.filter((relative) => !exists(relative))).toEqual([]);
});
