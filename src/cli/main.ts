// Command-line entry: commander wiring only. Commands live in their own modules.
// Command modules are imported when their command runs: `check` then loads only what it needs before it starts
// the workers, and `--version` or `rules` do not load the reading pipeline at all.
import { Command, Option } from 'commander';
import type { CheckFlags } from './check.ts';
import type { InspectFlags } from './inspect.ts';
import type { MergeFlags } from './merge.ts';
import { registerBaselineCommands } from './baselines.ts';
import { EXIT } from './exit.ts';
import { VERSION } from './version.ts';

/** Errors that are the user's to fix (bad flags, config, data files, inputs to merge): message only, no stack. */
const USAGE_ERRORS = new Set(['UsageError', 'ConfigError', 'MergeError', 'RegistryError', 'CatalogueError']);

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

function langOf(opts: { lang?: string }): 'zh' | 'en' {
  return opts.lang === 'en' ? 'en' : 'zh';
}

export function buildProgram(): Command {
  const program = new Command('std-audit')
    .description('企业标准审查工具：按 GB/T 1.1—2020 检查格式，按强制性标准核查技术指标\nAudits Chinese enterprise standards (企业标准) for GB/T 1.1—2020 format and mandatory-standard indicators')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('check')
    .description('audit documents (.docx .pdf .doc .txt .md), directories or globs')
    .argument('[paths...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github', 'html', 'docx', 'xlsx', 'csv', 'markdown']))
    .option('-o, --output <file>', 'write the main report to a file instead of stdout')
    .option('--report <format:file>', 'also write a report (repeatable), e.g. --report docx:review.docx', collect)
    .option('--lang <zh|en>', 'language of messages (default zh)')
    .option('--audit-date <YYYY-MM-DD>', 'date the audit is made for (default today)')
    .option('--profile <name>', 'auto | enterprise-product | enterprise-service | national')
    .option('-c, --config <file>', 'config file (default: discovered from the working directory upwards)')
    .option('--no-config', 'ignore config files')
    .option('--print-config', 'print the effective configuration and exit')
    .option('--baseline <id>', 'apply this baseline to every document (repeatable)', collect)
    .option('--baselines <dir>', 'extra baseline directory (repeatable)', collect)
    .option('--registry <dir>', 'extra standards-status registry directory (repeatable)', collect)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)')
    .option('--timeout <seconds>', 'per-document time limit (default 60)')
    .option('--max-size <MB>', 'per-document size limit (default 50)')
    .option('--no-progress', 'no progress line on stderr')
    .option('--cache', 'reuse results of unchanged documents (same content, settings, tool and data version)')
    .option('--cache-location <file>', 'cache file (default .std-audit-cache/results.json)')
    .option('--shard <i/n>', 'audit only shard i of n (stable by path hash); combine shards with `merge`')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .action(async (paths: string[], opts: CheckFlags) => {
      process.exitCode = await (await import('./check.ts')).runCheck(paths, opts);
    });

  program
    .command('inspect')
    .description('print the parsed document model (what the tool saw) as JSON')
    .argument('<file>')
    .option('--text', 'print the normalised text rendition with line numbers (the lines findings point at)')
    .option('--raw', 'print the reader output (blocks) instead of the model')
    .option('--lines', 'include the text lines in the JSON')
    .action(async (file: string, opts: InspectFlags) => {
      process.exitCode = await (await import('./inspect.ts')).runInspect(file, opts);
    });

  program
    .command('rules')
    .description('list every rule: id, default severity, basis, description')
    .option('--lang <zh|en>')
    .option('--json', 'as JSON')
    .action(async (opts: { lang?: string; json?: boolean }) => {
      process.stdout.write((await import('./rules.ts')).renderRules(langOf(opts), Boolean(opts.json)));
    });

  program
    .command('explain')
    .description("print a rule's rationale with a good and a bad example")
    .argument('<id>')
    .option('--lang <zh|en>')
    .action(async (id: string, opts: { lang?: string }) => {
      process.stdout.write((await import('./rules.ts')).renderExplain(id, langOf(opts)));
    });

  registerBaselineCommands(program);

  program
    .command('merge')
    .description('combine JSON results (e.g. from --shard runs) into one result and render it')
    .argument('<files...>', 'JSON result files written with -f json')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github', 'html', 'docx', 'xlsx', 'csv', 'markdown']))
    .option('-o, --output <file>')
    .option('--report <format:file>', 'also write a report (repeatable)', collect)
    .option('--lang <zh|en>')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .action(async (files: string[], opts: MergeFlags) => {
      process.exitCode = await (await import('./merge.ts')).runMerge(files, opts);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    if (e.code?.startsWith('commander.')) return EXIT.usage; // commander already printed the problem
    if (err instanceof Error && USAGE_ERRORS.has(err.name)) {
      process.stderr.write(`std-audit: ${err.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`std-audit: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.usage;
  }
}
