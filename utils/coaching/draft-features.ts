import { DRAFT_RULES } from './draft-rules';
import { matchSpans, overlaps } from './spans';
import { isHanPattern } from './text';
import type { Lang, Span } from './types';

const COMPILED = DRAFT_RULES.map((rule, index) => ({ rule, index, han: isHanPattern(rule.pattern), re: new RegExp(rule.pattern, 'g') }));

export interface DraftFindings {
  hits: { rule: (typeof DRAFT_RULES)[number]; span: Span }[];
  named: string[];
}

/** The draft rules that match (one per span), and the named features the escalating head reads; shared with the trainer. */
export function findDraftRules(norm: string, lang: Lang, scripts: { latin: boolean; han: boolean }): DraftFindings {
  const hits: DraftFindings['hits'] = [];
  const named = ['draft', `draft:${lang}`];
  for (const { rule, index, han, re } of COMPILED) {
    // This runs on every keystroke: a draft in one script skips the other script's rules.
    if (han ? !scripts.han : !scripts.latin) continue;
    for (const span of matchSpans(re, norm)) {
      if (hits.some((t) => overlaps(t.span, span))) continue;
      hits.push({ rule, span });
      named.push(`draftrule:${index}`);
    }
  }
  if (hits.length) named.push('draftrule', ...(hits.length > 1 ? ['draftrules'] : []));
  return { hits, named };
}

