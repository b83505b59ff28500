// Fills "{name}" placeholders of a localised template.
import type { Lang, Localized } from './types.ts';

export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function localize(msg: Localized, lang: Lang, data?: Record<string, string | number>): string {
  return fill(msg[lang] ?? msg.zh, data);
}
