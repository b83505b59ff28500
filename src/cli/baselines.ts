// `std-audit baselines list|show <id>`: prints the indicator-baseline catalogue.
// The catalogue modules are imported when a command runs (registering the commands must stay cheap).
import type { Command } from 'commander';
import { UsageError } from './usage-error.ts';

interface BaselineFlags {
  lang?: string;
  baselines?: string[];
  json?: boolean;
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function registerBaselineCommands(program: Command): void {
  const cmd = program.command('baselines').description('the indicator-baseline catalogue (mandatory standards as data)');
  cmd
    .command('list')
    .description('list every baseline: id, title, type, status, indicator counts')
    .option('--lang <zh|en>')
    .option('--baselines <dir>', 'extra baseline directory (repeatable)', collect)
    .action(async (opts: BaselineFlags) => {
      const { loadCatalogue } = await import('../baselines/index.ts');
      const { formatBaselineList } = await import('../baselines/format.ts');
      const cat = loadCatalogue(opts.baselines ?? []);
      process.stdout.write(formatBaselineList(cat, opts.lang === 'en' ? 'en' : 'zh'));
    });
  cmd
    .command('show')
    .description('show one baseline: scope, classes, indicators with limits, sources and confidence')
    .argument('<id>', 'e.g. "GB 18401-2010"')
    .option('--lang <zh|en>')
    .option('--baselines <dir>', 'extra baseline directory (repeatable)', collect)
    .action(async (id: string, opts: BaselineFlags) => {
      const { loadCatalogue } = await import('../baselines/index.ts');
      const { baselineNotFound, formatBaselineShow } = await import('../baselines/format.ts');
      const cat = loadCatalogue(opts.baselines ?? []);
      const lang = opts.lang === 'en' ? 'en' : 'zh';
      const text = formatBaselineShow(cat, id, lang);
      if (text === null) throw new UsageError(baselineNotFound(id, lang));
      process.stdout.write(text);
    });
}
