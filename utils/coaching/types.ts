/** Languages the engine tells apart, per message. */
export type Lang = 'en' | 'zh-Hans' | 'zh-Hant';

/** What a customer message can signal. */
export type CustomerKind = 'anger' | 'distress' | 'confusion' | 'urgency' | 'repeat_contact' | 'churn_threat' | 'crisis';
/** Every kind the engine reports; `escalating` is for agent drafts only. */
export type SignalKind = CustomerKind | 'escalating';

export const CUSTOMER_KINDS: readonly CustomerKind[] = ['anger', 'distress', 'confusion', 'urgency', 'repeat_contact', 'churn_threat', 'crisis'];

/** A half-open range [start, end) of UTF-16 offsets into the original text. */
export type Span = [start: number, end: number];

/** `crisis`: clear risk now, the protocol is pinned; `possible`: a veiled or ambiguous sign, a gentle check-in. */
export type CrisisTier = 'crisis' | 'possible';
/** The kind of danger a crisis is about, which picks its protocol. */
export type CrisisDanger = 'suicide' | 'self_harm' | 'violence' | 'abuse' | 'medical' | 'danger';

export interface Signal {
  kind: SignalKind;
  /** 0..1; the signal is only listed when it fires. */
  score: number;
  evidence: Span[];
  /** Crisis signals only. */
  tier?: CrisisTier;
  /** Crisis signals only: what the danger is, when a rule could tell (else suicide, the protocol that also covers the unknown). */
  danger?: CrisisDanger;
}

export interface Analysis {
  lang: Lang;
  signals: Signal[];
  /** 0..1, one per customer message, for the temperature timeline. */
  temperature: number;
}

export interface DraftWarning {
  start: number;
  end: number;
  /** The matched text as the agent typed it. */
  phrase: string;
  why: string;
  /** A better phrasing in the draft's language. */
  alternative: string;
}

export type Stage = 'acknowledge' | 'solve';

/** A phrasing the agent may insert; `state` is the customer kind it answers. */
export interface Phrasing {
  state: CustomerKind;
  stage: Stage;
  lang: Lang;
  text: string;
}

export interface Suggestion {
  state: CustomerKind;
  stage: Stage;
  text: string;
}

export type NeedKind = 'outcome' | 'stakes' | 'deadline' | 'tried' | 'reflect';

export interface Need {
  kind: NeedKind;
  label: string;
  question: string;
  /** True once the agent has asked it in a sent message. */
  asked: boolean;
}

/** A team's own wording of a need's question (from a pack), in one language. */
export interface NeedQuestion {
  need: NeedKind;
  lang: Lang;
  question: string;
}

/** What a coaching update says of a crisis; the protocol and the numbers are the sidebar's, which knows the customer's region. */
export interface CrisisFlag {
  tier: CrisisTier;
  danger?: CrisisDanger;
}
