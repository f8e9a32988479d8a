import type { Translate } from '@/utils/i18n';
import type { PackProblem } from '@/utils/packs/validate';
import type { FieldSpec } from './spec';

/**
 * The validator's problem with a field, said in the UI language: the
 * validator words its problems in English with JSON paths (they stay listed
 * as written), while a lead reads beside each field what it needs.
 */
export function fieldMessage(problem: PackProblem, value: unknown, field: Pick<FieldSpec, 'rule'>, t: Translate): string {
  const blank = value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
  if (blank) return t('formRequired');
  if (problem.type === 'duplicate') return t('formDuplicate');
  if (problem.type === 'max_length' && typeof problem.requirement === 'number') {
    return t(Array.isArray(value) ? 'formTooMany' : 'formTooLong', { max: problem.requirement });
  }
  if (problem.type === 'picklist') return t('formChoose');
  return t(field.rule ?? 'formPlainText');
}

/** Whether a problem's place (`adapters[0].author.attribute`) is the place `base` or inside it. */
export function isWithin(place: string, base: string): boolean {
  return place === base || place.startsWith(`${base}.`) || place.startsWith(`${base}[`);
}
