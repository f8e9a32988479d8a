/**
 * Undertone's coaching engine: pure TypeScript, no DOM or browser API, no
 * network; runs in the content script, the sidebar and Node. Deterministic and
 * linear in the message length. See docs/coaching.md.
 *
 *   analyzeMessage(text, { lang? }) → { lang, signals: { kind, score 0..1, evidence: [start, end][] }[], temperature }
 *     Customer signals: anger, distress, confusion, urgency, repeat_contact,
 *     churn_threat, crisis; listed only when they fire. Evidence offsets are
 *     UTF-16 offsets into `text` exactly as given.
 *
 *   checkDraft(text, lang?) → { start, end, phrase, why, alternative }[]
 *     Escalating phrasing in an agent's draft, with a better line in the same language.
 *
 *   createConversationCoach({ extraPhrasings?, needQuestions? }) → {
 *     observe({ author: 'customer' | 'agent' | 'system', text }) → CoachingUpdate | undefined,
 *     needs() → Need[], reset() }
 *     Customer messages return the analysis plus suggestions ({ state, stage:
 *     'acknowledge' | 'solve', text }, acknowledgement first until the agent has
 *     acknowledged), the underlying-need checklist (asked: true once an agent
 *     message asks it), needsCue, and for a crisis its tier and danger (the
 *     sidebar shows the protocol; nothing is inserted). Agent messages update
 *     that memory and return undefined.
 */
export { analyzeMessage, THRESHOLDS, type AnalyzeOptions } from './analyze';
export { checkDraft } from './draft';
export { createConversationCoach, type ChatTurn, type CoachOptions, type CoachingUpdate, type ConversationCoach } from './coach';
export * from './types';
