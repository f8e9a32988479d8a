import type { DueMatch } from './due';
import type { Span } from './text';

/**
 * English commitments. Agents join an explanation, a promise and a hedge in
 * one sentence ("I'll refund the charge and it should be back with you in
 * 2-3 days"), so the guards are read per clause: the hedge only voids its own
 * clause. A clause promises when the agent's side commits to an action
 * ("I'll…", "we're going to…", "our engineer will…", "your refund will be…",
 * "you'll receive…") that is not done now, in the past, hedged, refused or
 * the customer's to do. An offer or a question voids the sentence, and a
 * condition ("if…", "once you…") voids its clause and the ones after it.
 */

const FIRST_COMMIT =
  /\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall|\s+(?:am|are)\s+(?:going\s+to|gonna)|'m\s+(?:going\s+to|gonna)|’m\s+(?:going\s+to|gonna)|'re\s+(?:going\s+to|gonna)|’re\s+(?:going\s+to|gonna)|\s+promise(?:\s+to)?|\s+guarantee|\s+commit\s+to)\b|^\s*(?:ill|gonna|will\s+do|leave\s+(?:it|this(?:\s+one)?)\s+with\s+me)\b|\bi\s+promise\b|,\s*promise\s*[.!]*$/i;
/** Someone on the company's side, or something of this customer's, that "will" happen; a capitalised plural ("Orders will…") is policy, not a name. */
const THIRD_WILL =
  /\b(?:^\s*|(?:your|the|a|an|our|my|this|that)\s+(?:\S+\s+){0,4}?|someone\s+(?:from\s+(?:[\w-]+\s+){1,3})?|somebody\s+|they\s*|she\s*|he\s*|it\s*|[A-Z][a-z]+(?<!s)\s+)(?:'ll|’ll|will)\s+(?!not\b|never\b|need\b|have\s+to\b|be\s+able\b|only\b|automatically\b)/i;
/** What a third party does must be for this customer: said to them, or by someone or about something on their case. */
const FOR_CUSTOMER =
  /\b(?:you|your|u|ur|courier|driver|engineer|technician|plumber|installer|surveyor|contractor|team|colleague|manager|supervisor|specialist|department|agent|advis[eo]r|someone|somebody|they|she|he|it|refund|replacement|parcel|package|order|item|credit|payment|cheque|voucher|label|invoice|unit|device|card|money|account|booking|ticket|case|claim|complaint|request)\b/i;
const YOU_RECEIVE = /\byou(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:get|receive|have|hear|be\s+(?:contacted|called|emailed|notified|refunded|credited|sent|updated|reimbursed|issued))\b/i;
/** Actions that by their nature happen after this chat: contact the customer again. */
const CONTACT =
  /\b(?:call(?:ing)?\s+(?:you|u)(?:\s+back)?|call\s*back|ring\s+(?:you|u)|phone\s+you|give\s+(?:you|u)\s+a\s+(?:call|ring|bell|buzz)|get\s+back\s+to\s+(?:you|u)|come\s+back\s+to\s+(?:you|u)|be\s+back\s+in\s+touch|follow(?:ing)?[\s-]up|e-?mail\s+(?:you|u)|text\s+(?:you|u)|message\s+(?:you|u)|drop\s+(?:you|u)\s+(?:an?\s+)?(?:email|message|line|note|text)|write\s+to\s+you|revert|update\s+(?:you|u)|keep\s+(?:you|u)\s+(?:posted|updated|informed|in\s+the\s+loop)|let\s+(?:you|u)\s+know|reach\s+out|contact\s+(?:you|u)|be\s+in\s+touch|get\s+in\s+touch|circle\s+back|check\s+back|check\s+in\s+with\s+you|report\s+back|hear\s+(?:back\s+)?from\s+(?:me|us)|send\s+(?:you\s+)?(?:an?\s+)?(?:email|confirmation|update))\b/i;
/** Things done for the customer that promise only when not now, not past and not the customer's to do. */
const ACTION =
  /\b(?:refund(?:ed|ing)?|reimburse[ds]?|credit(?:ed)?|ship(?:ped)?|re-?ship|dispatch(?:ed)?|deliver(?:ed)?|re-?deliver(?:ed)?|replace(?:d)?|swap|waive(?:d)?|arrange(?:d)?|schedule(?:d)?|book(?:ed)?|issue(?:d)?|send|sent|resend|post(?:ed)?|courier(?:ed)?|collect(?:ed)?|pick(?:ed)?\s+up|visit|attend|come\s+(?:out|round|by)|be\s+(?:out|round|with\s+you|in\s+your|back|there)|arrive|reach|land|transfer(?:red)?|cancel(?:led)?|close[ds]?|remove[ds]?|add(?:ed)?|honou?r|hold|stop|reverse[ds]?|reprint|fit(?:ted)?|install(?:ed)?|repair(?:ed)?|return(?:ed)?|inspect|process(?:ed)?|remote\s+into|read\s+the\s+meter|restore[ds]?|reactivate[ds]?|reset|unblock|upgrade[ds]?|apply|applied|investigate[ds]?|escalate[ds]?|chase|review|check|confirm|sort(?:ed)?(?:\s+out)?|fix(?:ed)?|resolve[ds]?|look\s+into|take\s+care|handle[ds]?|make\s+sure|ensure|get\s+(?:it|this|that|the|your|a|an)\b|get\s+(?:\S+\s+){0,3}(?:switched|sent|sorted|fixed|changed|cancelled|booked|replaced|refunded|processed|done|moved|updated|issued|reinstated|added|removed)\b|have\s+(?:it|this|that|the|your)\b)/i;
const NOW =
  /\b(?:now|right\s+now|right\s+away|straight\s+away|immediately|at\s+the\s+moment|in\s+a\s+(?:moment|sec(?:ond)?|minute)|one\s+moment|a\s+sec(?:ond)?|one\s+sec|real\s+quick|while\s+you\s+wait|on\s+the\s+line|bear\s+with\s+me|stay\s+on|hold\s+on|today\s+(?:with|in\s+this)|helping\s+you|assist(?:ing)?\s+you|transfer\s+you|put\s+you\s+through)\b/i;
const HEDGE =
  /\b(?:usually|typically|normally|generally|in\s+general|on\s+average|tends?\s+to|may|might|could|should|would|hopefully|i\s+think|i\s+hope|probably|possibly|try\s+to|trying\s+to|aim\s+to|ideally|(?:our|the)\s+policy\s+(?:is|says)|standard|can\s+take|expect\s+to|most\s+customers|depending)\b|(?:^|\s)(?:i'd|we'd|i’d|we’d)\b/i;
const REFUSE = /\b(?:can't|cannot|can\s+not|won't|will\s+not|unable|not\s+able|no\s+longer|never|don't|do\s+not|afraid|unfortunately|sorry,?\s+(?:but|i|we))\b/i;
const PAST = /\b(?:i|we)\s*(?:'ve|’ve|\s+have|\s+had)\s+(?:just\s+|already\s+|now\s+)?\w+|\b(?:ive|weve)\b|\balready\b|\b(?:was|were|has\s+been|have\s+been)\s+\w+ed\b|\b(?:yesterday|last\s+(?:week|night|month))\b/i;
const REQUEST =
  /\b(?:i|we)(?:'ll|’ll|\s+will)\s+(?:just\s+)?(?:need|require|have\s+to\s+ask)\b|^\s*(?:(?:and|so|then|just|but)\s+)?(?:please|pls|plz|kindly|just\s+(?!to\b)\w+|make\s+sure\s+you|you(?:'ll|’ll|\s+will)?\s+(?:need|have|must|should|can|may)|you\s+(?:need|must|should|can|may)|could\s+you|can\s+you|remember\s+to|don't\s+forget)\b/i;
const OFFER = /\b(?:would\s+you\s+like|would\s+it\s+help|do\s+you\s+want|did\s+you\s+want|shall\s+i|should\s+i|want\s+me\s+to|happy\s+to|would\s+you\s+rather|(?:i|we)\s+(?:can|could)(?!\s+confirm))\b/i;
/** A condition opens its clause (or sits inside it): the promise waits on something not yet true. */
const CONDITION = /\b(?:if|unless|provided|as\s+long\s+as)\b|\b(?:once|when|whenever|as\s+soon\s+as|after)\s+(?:you|your)\b/i;
const TAG_QUESTION = /,?\s*(?:ok|okay|alright|right|yeah|yes|is\s+that\s+ok(?:ay)?|does\s+that\s+work|sound\s+good)(?:\s+\w+)?\s*\?\s*$/i;

const CLAUSE = /,\s+|\s+[–—-]\s+|\s*;\s*|\s*:\s+|\s+(?:and|but|so|while|as|because|although)\s+(?=(?:[Ii]|[Ww]e|[Yy]ou|[Tt]hey|[Ss]he|[Hh]e|[Ii]t|[Oo]ur|[Aa]n?|[Tt]he|[Mm]y|[Yy]our|[Ss]ome(?:one|body)|[A-Z][a-z]+)\b)/;

function clausePromises(clause: string, timed: boolean, dated: boolean, soon: boolean): boolean {
  if (CONDITION.test(clause) || HEDGE.test(clause) || REFUSE.test(clause) || REQUEST.test(clause)) return false;
  const contact = CONTACT.test(clause);
  if (NOW.test(clause) && !timed && !(contact && /\b(?:once|when|as\s+soon\s+as|after)\b/i.test(clause))) return false;
  const first = FIRST_COMMIT.test(clause);
  if (PAST.test(clause) && !first && !timed) return false;
  if (first) return contact || ACTION.test(clause);
  if (YOU_RECEIVE.test(clause)) return timed || dated || soon || /\bhear\s+(?:back\s+)?from\s+(?:me|us)\b/i.test(clause);
  if (THIRD_WILL.test(clause)) return contact || (ACTION.test(clause) && FOR_CUSTOMER.test(clause) && (timed || soon || /\b(?:for\s+you|to\s+you|with\s+you|your)\b/i.test(clause)));
  return false;
}

/** Whether an English sentence commits the agent's side to a later action; `dues` are its stated times. */
export function englishPromise(sentence: string, dues: readonly DueMatch[], soon: boolean, isLater: (due: DueMatch) => boolean): Span | undefined {
  if (OFFER.test(sentence) || (/\?\s*$/.test(sentence) && !TAG_QUESTION.test(sentence))) return undefined;
  let offset = 0;
  for (const clause of sentence.replace(TAG_QUESTION, '').split(CLAUSE)) {
    const start = sentence.indexOf(clause, offset);
    offset = start + clause.length;
    if (!clause.trim()) continue;
    if (/^\s*(?:if|unless|provided|once\s+you|when\s+you|as\s+soon\s+as\s+you|after\s+you)\b/i.test(clause)) return undefined;
    const here = dues.filter((d) => d.start < offset && d.end > start);
    const timed = here.some(isLater) || (here.length > 0 && CONTACT.test(clause));
    if (clausePromises(clause, timed, here.length > 0, soon)) return { start, end: offset };
  }
  return undefined;
}
