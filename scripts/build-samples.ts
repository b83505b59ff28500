// Builds samples/ from the sample standards in scripts/samples/standards/*.ts:
//   .md (project conventions), .txt (GB18030/GBK, CRLF, typed numbers), .docx (official-template look, Word
//   automatic numbering), .pdf (LibreOffice from the .docx), .doc (LibreOffice from a typed-number .docx),
// plus samples/expected.json (intended audit outcome per file) and samples/README.md.
// Usage: npm run samples [-- --only md,txt,docx] [--out dir]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileNameFor, type Format, type StandardSpec } from './samples/model.ts';
import { renderMarkdown } from './samples/render-md.ts';
import { renderText, renderTextGbk } from './samples/render-txt.ts';
import { renderDocx, type NumberingMode } from './samples/render-docx.ts';
import { nonGbkChars } from './samples/gb18030.ts';
import { convert, sofficeVersion } from './samples/libreoffice.ts';
import { measureTocPages } from './samples/toc-pages.ts';
import { allStandards } from './samples/standards/index.ts';
import { expectedJson, readme } from './samples/manifest.ts';

const ALL_FORMATS: Format[] = ['md', 'txt', 'docx', 'pdf', 'doc'];

function parseArgs(argv: string[]): { formats: Set<Format>; outDir: string } {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  let formats = new Set<Format>(ALL_FORMATS);
  let outDir = path.join(root, 'samples');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--only') {
      const list = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const bad = list.filter((f) => !ALL_FORMATS.includes(f as Format));
      if (bad.length || list.length === 0) throw new Error(`--only expects a list of ${ALL_FORMATS.join(',')}; got "${argv[i] ?? ''}"`);
      formats = new Set(list as Format[]);
    } else if (a === '--out') {
      outDir = path.resolve(argv[++i] ?? '');
    } else {
      throw new Error(`unknown argument ${a}`);
    }
  }
  return { formats, outDir };
}

/** The 目次 page numbers are data; when LibreOffice is at hand they are checked against a rendering of every numbering
 *  mode the selected outputs use (auto for docx/pdf, typed for doc). */
function planTocChecks(formats: Set<Format>, work: string): { spec: StandardSpec; mode: NumberingMode; src: string }[] {
  return allStandards.filter((s) => s.toc).flatMap((spec) => {
    const modes = new Set<NumberingMode>();
    for (const o of spec.outputs) {
      if (!formats.has(o.format)) continue;
      if (o.format === 'doc') modes.add('typed');
      else if (o.format === 'docx' || o.format === 'pdf') modes.add('auto');
    }
    return [...modes].map((mode) => ({ spec, mode, src: path.join(work, `toc-${mode}`, `${spec.id}.docx`) }));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const { formats, outDir } = parseArgs(process.argv.slice(2));
  const needsOffice = formats.has('pdf') || formats.has('doc');
  if (needsOffice && !sofficeVersion()) {
    throw new Error('soffice (LibreOffice) not found, but .pdf/.doc outputs were requested.\n'
      + 'Install it (apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-wqy-microhei) '
      + 'or build only the other formats: npm run samples -- --only md,txt,docx');
  }
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'std-samples-'));
  const written: string[] = [];
  const toPdf: { src: string; dest: string | null }[] = [];
  const toDoc: { src: string; dest: string | null }[] = [];
  try {
    mkdirSync(path.join(work, 'auto'));
    mkdirSync(path.join(work, 'typed'));
    for (const spec of allStandards) {
      for (const out of spec.outputs) {
        if (!formats.has(out.format)) continue;
        const dest = path.join(outDir, fileNameFor(spec, out));
        switch (out.format) {
          case 'md':
            writeFileSync(dest, renderMarkdown(spec));
            written.push(dest);
            break;
          case 'txt': {
            const extra = nonGbkChars(renderText(spec));
            if (extra.length) console.warn(`${path.basename(dest)}: characters outside GBK (4-byte GB18030): ${extra.join(' ')}`);
            writeFileSync(dest, renderTextGbk(spec));
            written.push(dest);
            break;
          }
          case 'docx':
            writeFileSync(dest, await renderDocx(spec, 'auto'));
            written.push(dest);
            break;
          case 'pdf': {
            const src = path.join(work, 'auto', `${spec.id}.docx`);
            writeFileSync(src, await renderDocx(spec, 'auto'));
            toPdf.push({ src, dest });
            break;
          }
          case 'doc': {
            // Legacy .doc files carry typed numbers; LibreOffice's .doc export does not keep style-linked numbering.
            const src = path.join(work, 'typed', `${spec.id}.docx`);
            writeFileSync(src, await renderDocx(spec, 'typed'));
            toDoc.push({ src, dest });
            break;
          }
        }
      }
    }
    const tocChecks = (needsOffice || sofficeVersion()) ? planTocChecks(formats, work) : [];
    for (const c of tocChecks) {
      mkdirSync(path.dirname(c.src), { recursive: true });
      writeFileSync(c.src, await renderDocx(c.spec, c.mode));
    }
    const conversions = [
      { jobs: toPdf, target: 'pdf', dir: path.join(work, 'pdf') },
      { jobs: toDoc, target: 'doc', dir: path.join(work, 'doc') },
      ...(['auto', 'typed'] as const).map((mode) => ({
        jobs: tocChecks.filter((c) => c.mode === mode).map((c) => ({ src: c.src, dest: null })), target: 'pdf', dir: path.join(work, `toc-pdf-${mode}`) })),
    ];
    const converted = await Promise.all(conversions.map(async ({ jobs, target, dir }) => {
      mkdirSync(dir);
      const outputs = await convert(jobs.map((j) => j.src), target, dir);
      return outputs.map((o, i) => ({ output: o, dest: jobs[i]!.dest }));
    }));
    const drift = tocChecks.flatMap(({ spec, mode }) => {
      const measured = measureTocPages(path.join(work, `toc-pdf-${mode}`, `${spec.id}.pdf`), spec);
      const same = Object.keys(measured).length === Object.keys(spec.toc!).length && Object.entries(measured).every(([k, v]) => spec.toc![k] === v);
      return same ? [] : [`${spec.id} (${mode} numbering): toc should be ${JSON.stringify(measured)}`];
    });
    if (drift.length) throw new Error(`目次 page numbers in the specs do not match the rendering:\n${drift.join('\n')}`);
    for (const { output, dest } of converted.flat()) {
      if (dest === null) continue;
      copyFileSync(output, dest);
      written.push(dest);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(path.join(outDir, 'expected.json'), expectedJson(allStandards));
  writeFileSync(path.join(outDir, 'README.md'), readme(allStandards));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${written.length} sample files + expected.json + README.md in ${path.relative(process.cwd(), outDir) || '.'} (${seconds} s)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

