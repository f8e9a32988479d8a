import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import * as coaching from '../coaching';
import type { NeedQuestion } from '../coaching';
import { createCoachingModel } from './coaching-model';
import { createEngine } from './coaching-engine';

const message = (id: string, author: 'customer' | 'agent', text: string) => ({ id, author, text, at: 0 });

describe('sidebar engine wiring', () => {
  it('raises a card for a new angry message but not for history, and pins a crisis until acknowledged', () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [] });
    model.openConversation('demo:c-1', [message('h1', 'customer', 'This is the third time I am writing. Great. Just great.')]);
    expect(model.card.value).toBeUndefined();
    expect(model.points.value).toHaveLength(1);

    model.receive('demo:c-1', message('m1', 'customer', 'I am furious, this is ridiculous and I want to cancel my account.'));
    const kinds = model.card.value!.insight.signals.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['anger', 'churn_threat']));
    expect(model.card.value!.insight.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(model.card.value!.insight.suggestions[0]!.stage).toBe('acknowledge');

    model.receive('demo:c-1', message('m2', 'customer', "honestly I don't want to live anymore"));
    expect(model.crises.value).toMatchObject([{ tier: 'crisis', danger: 'suicide', conversationKey: 'demo:c-1', message: { id: 'm2' }, lang: 'en' }]);
    expect(model.crisisPinned.value).toBe(true);
    model.receive('demo:c-1', message('m3', 'customer', 'ok what is the refund status'));
    expect(model.crises.value).toHaveLength(1);
    model.acknowledgeCrisis(model.crises.value.find((c) => c.conversationKey === 'demo:c-1')!);
    expect(model.crises.value).toEqual([]);
    expect(model.crisisPinned.value).toBe(false);
  });

  it('pins a crisis found in history or in a conversation not on screen, naming that conversation, and raises nothing else for them', () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [] });
    model.openConversation('demo:c-1', [message('h1', 'customer', 'Where is my parcel?'), message('h2', 'customer', "I can't do this anymore. I'm going to kill myself tonight.")]);
    expect(model.card.value).toBeUndefined();
    expect(model.crises.value).toMatchObject([{ conversationKey: 'demo:c-1', message: { id: 'h2' } }]);
    expect(model.crises.value[0]!.evidence.length).toBeGreaterThan(0);
    model.acknowledgeCrisis(model.crises.value.find((c) => c.conversationKey === 'demo:c-1')!);

    model.receive('demo:c-2', message('b1', 'customer', 'This is ridiculous!!'), { customerName: 'Sam' });
    expect(model.crises.value).toEqual([]);
    model.receive('demo:c-2', message('b2', 'customer', 'My husband just hit me again and I am locked in the bathroom.'));
    expect(model.crises.value).toMatchObject([{ conversationKey: 'demo:c-2', customerName: 'Sam', danger: 'abuse', message: { id: 'b2' } }]);
    expect(model.card.value).toBeUndefined();
    expect(model.conversationKey.value).toBe('demo:c-1');

    // Opened later, its history is read once: what arrived in the background is not coached twice.
    model.acknowledgeCrisis(model.crises.value.find((c) => c.conversationKey === 'demo:c-2')!);
    model.openConversation('demo:c-2', [message('b0', 'customer', 'Hello?'), message('b1', 'customer', 'This is ridiculous!!'), message('b2', 'customer', 'My husband just hit me again and I am locked in the bathroom.')]);
    expect(model.points.value.map((p) => p.id)).toEqual(['b0', 'b1', 'b2']);
    expect(model.crises.value).toEqual([]);
  });

  it('a possible risk is pinned as such, a crisis in the same conversation outranks it, and never the other way round', () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [] });
    model.openConversation('demo:c-1', []);
    model.receive('demo:c-1', message('p1', 'customer', "I won't be around next month, so you can close the account."));
    expect(model.crises.value).toMatchObject([{ tier: 'possible', message: { id: 'p1' } }]);
    expect(model.crisisPinned.value).toBe(false);
    model.receive('demo:c-1', message('c1', 'customer', "I'm going to kill myself tonight."));
    expect(model.crises.value).toMatchObject([{ tier: 'crisis', message: { id: 'c1' } }]);
    model.receive('demo:c-1', message('p2', 'customer', "You can close the account, I won't be around next month."));
    expect(model.crises.value).toMatchObject([{ tier: 'crisis', message: { id: 'c1' } }]);
    expect(model.crisisPinned.value).toBe(true);
  });

  it('keeps one crisis per conversation, each until its own acknowledgement', () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [] });
    model.openConversation('demo:c-1', []);
    model.receive('demo:c-2', message('a', 'customer', "I'm going to kill myself tonight."));
    model.receive('demo:c-3', message('b', 'customer', 'My son swallowed a battery and is not breathing properly.'));
    expect(model.crises.value.map((c) => c.conversationKey)).toEqual(['demo:c-3', 'demo:c-2']);
    model.acknowledgeCrisis(model.crises.value.find((c) => c.conversationKey === 'demo:c-3')!);
    expect(model.crises.value.map((c) => c.conversationKey)).toEqual(['demo:c-2']);
  });

  it("sums up a conversation's earlier messages in one line, and coaches a line from the conversation list once", () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [] });
    model.receive('demo:c-9', message('list-1', 'customer', 'This is the THIRD time I am writing, this is ridiculous!!'), { fromList: true });
    model.openConversation('demo:c-9', [
      message('h1', 'customer', 'This is absolutely ridiculous, I am so angry!!'),
      message('h2', 'customer', 'What a joke, this is ridiculous!!'),
      message('h3', 'customer', 'This is the THIRD time I am writing, this is ridiculous!!'),
    ]);
    expect(model.card.value).toBeUndefined();
    expect(model.crises.value).toEqual([]);
    expect(model.earlier.value[0]).toEqual({ kind: 'anger', count: 3 });
    expect(model.earlier.value.map((e) => e.kind)).toContain('repeat_contact');
    // The list's copy of h3 was coached already: h3 itself is not coached again.
    expect(model.points.value.map((p) => p.id)).toEqual(['h1', 'h2', 'list-1']);
  });

  it('ignores messages from a conversation that is not on screen, and hides the signals the agent turned off', () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => ['anger'] });
    model.openConversation('demo:c-1', []);
    model.receive('demo:c-2', message('x', 'customer', 'This is ridiculous!!'));
    expect(model.card.value).toBeUndefined();
    model.receive('demo:c-1', message('y', 'customer', 'This is absolutely ridiculous, I am so angry right now!!'));
    expect(model.card.value?.insight.signals.map((s) => s.kind)).not.toContain('anger');
  });

  it('warns about the draft, reminds about needs when closing, and ticks a need once the agent asks it', () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [] });
    model.openConversation('demo:c-1', []);
    model.receive('demo:c-1', message('a', 'customer', 'My order never arrived.'));
    model.setDraft("Please calm down, that's our policy.");
    expect(model.draftWarnings.value.map((w) => w.phrase.toLowerCase())).toEqual(expect.arrayContaining(['calm down']));
    model.setDraft('Is there anything else I can help with?');
    expect(model.needsReminder.value).toBe(true);
    expect(model.needs.value.find((n) => n.kind === 'outcome')?.asked).toBe(false);
    model.receive('demo:c-1', message('b', 'agent', 'What would a good result look like for you today?'));
    expect(model.needs.value.find((n) => n.kind === 'outcome')?.asked).toBe(true);
  });

  it('reports each customer message’s heat once, history apart from live messages (the breather counts streaks from it)', () => {
    const heat: [string, boolean][] = [];
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [], onHeat: (key, t, live) => heat.push([key, live]) });
    model.openConversation('demo:c-1', [message('old', 'customer', 'Where is my order?')]);
    for (const [i, text] of ['This is ABSOLUTELY RIDICULOUS!!!', 'You people are useless, what a joke.'].entries()) model.receive('demo:c-1', message(`h${i}`, 'customer', text));
    model.receive('demo:c-1', message('h0', 'customer', 'This is ABSOLUTELY RIDICULOUS!!!'));
    model.receive('demo:c-1', message('a', 'agent', 'I am sorry.'));
    expect(heat).toEqual([['demo:c-1', false], ['demo:c-1', true], ['demo:c-1', true]]);
  });

  it("keeps the needs checklist as the agent left it through later cues; only a new closing reminder opens it again", () => {
    const model = createCoachingModel(createEngine(coaching), { hidden: () => [] });
    model.openConversation('demo:c-1', []);
    model.receive('demo:c-1', message('a', 'customer', 'I want a refund for this order.'));
    expect(model.needsOpen.value).toBe(true); // the engine cues it: the conversation starts with a request

    model.toggleNeeds(false);
    model.receive('demo:c-1', message('b', 'customer', 'I need a replacement, or give me my money back.'));
    expect(model.card.value?.insight.needsCue).toBe(true); // cued again…
    expect(model.needsOpen.value).toBe(false); // …but folded, as the agent left it

    // Another conversation follows its own cues; coming back finds the fold where it was.
    model.openConversation('demo:c-2', []);
    model.receive('demo:c-2', message('c', 'customer', 'I want to cancel.'));
    expect(model.needsOpen.value).toBe(true);
    model.openConversation('demo:c-1', []);
    model.receive('demo:c-1', message('d', 'customer', 'Refund please.'));
    expect(model.needsOpen.value).toBe(false);

    // Starting to close with needs unasked is news: the reminder opens it; folded again, it stays folded while the reminder shows.
    model.setDraft('Is there anything else I can help with?');
    expect(model.needsReminder.value).toBe(true);
    expect(model.needsOpen.value).toBe(true);
    model.toggleNeeds(false);
    model.setDraft('Is there anything else I can help with today?');
    expect(model.needsOpen.value).toBe(false);
    model.setDraft('');
    model.setDraft('Thanks for contacting us, have a great day!');
    expect(model.needsOpen.value).toBe(true);

    // An agent who opened it by hand keeps it open when a message without a cue arrives.
    model.toggleNeeds(true);
    model.receive('demo:c-1', message('e', 'agent', 'Let me look into that for you.'));
    model.receive('demo:c-1', message('f', 'customer', 'ok thanks'));
    expect(model.card.value?.insight.needsCue).toBe(false);
    expect(model.needsOpen.value).toBe(true);
  });

  it("words the checklist with the team's need questions, also when the pack arrives after the conversation opened", () => {
    const team = signal<NeedQuestion[]>([]);
    const engine = createEngine(coaching, { phrasings: () => [], draftChecks: () => [], needQuestions: () => team.value });
    const model = createCoachingModel(engine, { hidden: () => [] });
    model.openConversation('demo:c-1', []);
    model.receive('demo:c-1', message('a', 'customer', 'Where is my parcel?'));
    expect(model.needs.value.find((n) => n.kind === 'deadline')?.question).toBe('Is there a deadline we are working against?');
    team.value = [{ need: 'deadline', lang: 'en', question: 'By when do you need this resolved?' }];
    expect(model.needs.value.find((n) => n.kind === 'deadline')).toMatchObject({ question: 'By when do you need this resolved?', asked: false });
    model.receive('demo:c-1', message('b', 'agent', 'By when do you need this resolved?'));
    expect(model.needs.value.find((n) => n.kind === 'deadline')?.asked).toBe(true);
  });
});

describe('the engine loading after the first paint', () => {
  it('keeps messages that arrive before it and coaches them in order once it is here', async () => {
    let arrive: (engine: ReturnType<typeof createEngine>) => void = () => {};
    const loading = new Promise<ReturnType<typeof createEngine>>((resolve) => (arrive = resolve));
    const model = createCoachingModel(loading, { hidden: () => [] });
    model.openConversation('c1', [message('h1', 'customer', 'Hello')]);
    model.receive('c1', message('m1', 'customer', "I can't do this anymore. I'm going to kill myself tonight."));
    model.setDraft('Calm down, as I already said it is our policy.');
    expect(model.card.value).toBeUndefined();
    expect(model.draftWarnings.value).toEqual([]);
    arrive(createEngine(coaching));
    await loading;
    expect(model.crises.value[0]?.message.id).toBe('m1');
    expect(model.draftWarnings.value.length).toBeGreaterThan(0);
  });
});
