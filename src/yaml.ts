// YAML data (config, baselines, registry, md2std front matter) read with the YAML 1.2 core schema: dates stay
// strings and no custom tags exist. js-yaml parses the bundled data files about 6× faster than `yaml` did, and
// every run (and every worker) reads them.
import { CORE_SCHEMA, load } from 'js-yaml';

/** Parses one YAML document; throws js-yaml's YAMLException (message with line and column) on a syntax error. */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}
