import type { ItemKind } from '@/utils/packs/schema';
import { adapterForm } from './adapter-form';
import { coachingForm } from './coaching-form';
import { draftCheckForm } from './draft-check-form';
import { hotlineForm } from './hotline-form';
import { needQuestionForm } from './need-question-form';
import { snippetForm } from './snippet-form';
import type { KindForm } from './spec';

/** One form per kind of item the pack format has; a kind added to the format fails to type-check here until it has one. */
export const KIND_FORMS: Record<ItemKind, KindForm> = {
  snippets: snippetForm,
  coaching: coachingForm,
  needQuestions: needQuestionForm,
  draftChecks: draftCheckForm,
  adapters: adapterForm,
  hotlines: hotlineForm,
};
