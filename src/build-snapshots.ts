// Run by the build after tsc: validates the bundled data and writes dist/snapshots (see data-snapshot.ts).
// Invalid bundled data fails the build.
import { writeSnapshot } from './data-snapshot.ts';
import { bundledRegistryDir, readRegistryDir } from './registry/load.ts';
import { bundledBaselineDir, bundledBaselinesForSnapshot } from './baselines/catalogue.ts';

const registry = readRegistryDir(bundledRegistryDir());
const baselines = bundledBaselinesForSnapshot();
const problems = [...registry.problems, ...baselines.issues];
if (problems.length > 0) {
  process.stderr.write(`bundled data is invalid:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
writeSnapshot('registry', bundledRegistryDir(), registry.entries);
writeSnapshot('baselines', bundledBaselineDir(), baselines.baselines);
