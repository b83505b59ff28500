// Builds the committed binary reader fixtures that need LibreOffice, so tests never do:
//   test/fixtures/readers/template.doc  — the docx-package template document saved as Word 97-2003
// Run: npx tsx scripts/make-reader-fixtures.ts   (needs soffice on PATH)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeTemplateDocx } from '../test/fixtures/readers/template-docx.ts';

const outDir = path.resolve(import.meta.dirname, '../test/fixtures/readers');
const work = mkdtempSync(path.join(tmpdir(), 'reader-fixtures-'));
try {
  const docx = path.join(work, 'template.docx');
  writeFileSync(docx, await makeTemplateDocx());
  // own profile per run: two soffice processes sharing one profile silently write nothing
  execFileSync('soffice', [
    '--headless', `-env:UserInstallation=file://${path.join(work, 'profile')}`,
    '--convert-to', 'doc:MS Word 97', '--outdir', work, docx,
  ], { stdio: 'inherit', timeout: 120_000 });
  copyFileSync(path.join(work, 'template.doc'), path.join(outDir, 'template.doc'));
  console.log(`wrote ${path.join(outDir, 'template.doc')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
