// Turns the command line's files, directories and globs into a sorted, de-duplicated list of documents.
import { statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';

export const DOCUMENT_EXTENSIONS = ['docx', 'doc', 'pdf', 'txt', 'md', 'markdown', 'wps', 'docm'];

export interface Discovered {
  /** Paths as they should be displayed (relative to cwd where possible, '/' separators). */
  files: string[];
  /** Explicit paths that do not exist (they become per-file ENOENT results). */
  missing: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const REPO_DOCS = 'README,readme,Readme,CHANGELOG,CONTRIBUTING,LICENSE,CODE_OF_CONDUCT,SECURITY';

function display(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

function globOptions(cwd: string): fg.Options {
  return {
    cwd, absolute: true, onlyFiles: true, dot: false, unique: true,
    caseSensitiveMatch: false,
    // Symlinked directories are not followed: a symlink loop must never hang a batch.
    followSymbolicLinks: false,
    suppressErrors: true,
    // Word lock files, and the usual repository documents found beside Markdown drafts.
    ignore: ['**/~$*', '**/node_modules/**', '**/.git/**', `**/{${REPO_DOCS}}.{md,markdown,txt}`],
  };
}

export async function discoverFiles(inputs: string[], cwd: string, ignores: string[] = []): Promise<Discovered> {
  const found = new Set<string>();
  const missing: string[] = [];
  const extGlob = `**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`;
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      for (const f of await fg(extGlob, globOptions(abs))) found.add(f);
    } else if (stat) {
      found.add(abs); // an explicit file is audited whatever its extension: readers sniff the content
    } else if (GLOB_CHARS.test(input)) {
      const pattern = input.split(path.sep).join('/');
      for (const f of await fg(pattern, globOptions(cwd))) found.add(f);
    } else {
      missing.push(input);
    }
  }
  // Ignore globs apply to paths as displayed (relative to the working directory).
  const ignored = ignores.length ? picomatch(ignores, { dot: true }) : () => false;
  const files = [...found].map((f) => display(f, cwd)).filter((f) => !ignored(f));
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, missing: missing.sort() };
}
