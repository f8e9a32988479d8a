import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '@/utils/i18n';
import { validatePackText } from '@/utils/packs/validate';
import { withField } from './authoring-items';
import { createAuthoringModel } from './authoring-model';
import { fieldMessage } from './forms/field-message';
import { KIND_FORMS } from './forms';

const essentials = readFileSync('packs/undertone-essentials-en.json', 'utf8');
const crisp = JSON.parse(readFileSync('utils/adapters/consoles/crisp.json', 'utf8')) as Record<string, unknown>;

function opened() {
  const saved: { name: string; text: string }[] = [];
  const model = createAuthoringModel((name, text) => saved.push({ name, text }), { name: 'Support team pack', changes: 'First release' });
  model.openFile(essentials);
  return { model, saved };
}

async function exported(model: ReturnType<typeof opened>['model'], saved: ReturnType<typeof opened>['saved']) {
  await model.exportPack();
  const result = validatePackText(saved.at(-1)!.text);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.pack;
}

describe('the authoring forms model', () => {
  it('edits one field of every kind through the same setter the forms use, and the exported pack carries each change', async () => {
    const { model, saved } = opened();
    model.setField('snippets', 0, ['title'], 'Warm greeting');
    model.setField('snippets', 0, ['states'], ['anger', 'distress']);
    model.setField('coaching', 0, ['text'], 'I understand, and I am on it now.');
    model.setField('coaching', 0, ['stage'], 'solve');
    model.setField('needQuestions', 0, ['need'], 'deadline');
    model.setField('draftChecks', 0, ['suggest'], 'Let me see what I can do.');
    model.setField('hotlines', 0, ['text'], true);
    model.setField('hotlines', 0, ['kind'], 'suicide');
    model.addItem('adapters');
    for (const [key, value] of Object.entries(crisp)) {
      if (key !== 'author') model.setField('adapters', 0, [key], value as string | string[]);
    }
    model.setField('adapters', 0, ['id'], 'team-crisp');
    model.setField('adapters', 0, ['author', 'attribute'], 'data-from');
    model.setField('adapters', 0, ['author', 'customerValues'], ['visitor']);
    model.setMeta('changes', 'Warmer');
    model.bump('minor');
    expect(model.problems.value).toEqual([]);
    expect(model.phrasings.value[0]).toMatchObject({ text: 'I understand, and I am on it now.', stage: 'solve' });

    const pack = await exported(model, saved);
    expect(saved.at(-1)!.name).toBe('dev.undertone.essentials-en-1.1.0.json');
    expect(pack.snippets![0]).toMatchObject({ title: 'Warm greeting', states: ['anger', 'distress'] });
    expect(pack.needQuestions![0]!.need).toBe('deadline');
    expect(pack.draftChecks![0]!.suggest).toBe('Let me see what I can do.');
    expect(pack.hotlines![0]).toMatchObject({ text: true, kind: 'suicide' });
    expect(pack.adapters![0]).toMatchObject({ id: 'team-crisp', name: crisp.name, author: { attribute: 'data-from', customerValues: ['visitor'] } });
    expect(pack.changelog.map((entry) => entry.version)).toEqual(['1.1.0', '1.0.0']);
  });

  it('shows an invalid field’s problem at its place, in the UI language, and exports nothing while it stands', async () => {
    const { model, saved } = opened();
    model.setField('coaching', 2, ['text'], 'Let me check ……');
    model.setField('hotlines', 1, ['number'], 'call us');
    expect([...model.fieldProblems.value.keys()]).toEqual(['coaching[2].text', 'hotlines[1].number']);
    expect(model.problems.value.some((problem) => problem.startsWith('at coaching[2].text: a phrasing must be a whole sentence'))).toBe(true);

    const en = translator('en');
    const message = (place: string, field: { rule?: Parameters<typeof fieldMessage>[2]['rule'] }, value: unknown, t = en) => fieldMessage(model.fieldProblems.value.get(place)!, value, field, t);
    expect(message('coaching[2].text', { rule: 'formRulePhrasing' }, 'Let me check ……')).toBe(en('formRulePhrasing'));
    expect(message('hotlines[1].number', { rule: 'formRuleNumber' }, 'call us', translator('zh-Hans'))).toBe('只能有数字、空格、+、- 和括号。');

    await model.exportPack();
    expect(saved).toEqual([]);
    expect(model.error.value!(en)).toContain('at coaching[2].text');

    model.setField('coaching', 2, ['text'], 'Let me check that for you now.');
    model.setField('hotlines', 1, ['number'], '+1 800 273 8255');
    // Rules across items run once every item passes on its own, as in an import.
    model.setField('snippets', 1, ['id'], model.items.value.snippets[0]!.id as string);
    expect([...model.fieldProblems.value.keys()]).toEqual(['snippets[1].id']);
    expect(message('snippets[1].id', { rule: 'formRuleId' }, 'x')).toBe('Another item of this kind already uses this.');
    model.setField('snippets', 1, ['id'], 'second');
    model.bump('patch');
    expect(model.fieldProblems.value.size).toBe(0);
    await model.exportPack();
    expect(saved).toHaveLength(1);
  });

  it('calls an emptied required field required, and a too-long one too long', () => {
    const { model } = opened();
    model.setField('draftChecks', 0, ['avoid'], '');
    model.setField('needQuestions', 0, ['question'], 'x'.repeat(501));
    const t = translator('en');
    const draftAvoid = model.fieldProblems.value.get('draftChecks[0].avoid')!;
    expect(model.items.value.draftChecks[0]).not.toHaveProperty('avoid');
    expect(fieldMessage(draftAvoid, undefined, {}, t)).toBe('Required.');
    expect(fieldMessage(model.fieldProblems.value.get('needQuestions[0].question')!, 'x'.repeat(501), {}, t)).toBe('Too long: at most 500 characters.');
  });

  it('exports an opened pack only as a newer version than the one opened', async () => {
    const { model, saved } = opened();
    const t = translator('en');
    expect(model.versionProblem.value!(t)).toBe('Must be newer than 1.0.0, the version you opened: bump it.');
    await model.exportPack();
    expect(saved).toEqual([]);
    expect(model.error.value!(t)).toBe('Must be newer than 1.0.0, the version you opened: bump it.');
    model.setMeta('version', '0.9.0');
    expect(model.versionProblem.value).toBeDefined();
    model.setMeta('version', '1.0.0-beta.1');
    expect(model.versionProblem.value).toBeDefined();
    model.bump('patch');
    expect(model.versionProblem.value).toBeUndefined();
    await model.exportPack();
    expect(saved.map((file) => file.name)).toEqual(['dev.undertone.essentials-en-1.0.1.json']);
  });

  it('adds and removes items and list entries; an empty entry is refused at its own place', () => {
    const { model } = opened();
    const snippets = model.items.value.snippets.length;
    model.addItem('snippets');
    expect(model.items.value.snippets).toHaveLength(snippets + 1);
    expect(model.fieldProblems.value.has(`snippets[${snippets}].title`)).toBe(true);
    model.removeItem('snippets', snippets);
    expect(model.items.value.snippets).toHaveLength(snippets);
    // Each item keeps its key when one before it goes, so an open form stays on its own item.
    const keys = model.itemKeys.value.snippets;
    model.removeItem('snippets', 0);
    expect(model.itemKeys.value.snippets).toEqual(keys.slice(1));
    expect(new Set(model.itemKeys.value.snippets).size).toBe(snippets - 1);

    model.addItem('adapters');
    model.setField('adapters', 0, ['matches'], ['https://app.example.com/*', '']);
    expect(model.fieldProblems.value.has('adapters[0].matches[1]')).toBe(true);
    expect(model.fieldProblems.value.has('adapters[0].matches[0]')).toBe(false);
    model.setField('adapters', 0, ['matches'], ['https://app.example.com/*']);
    expect(model.fieldProblems.value.has('adapters[0].matches[1]')).toBe(false);
    model.setField('adapters', 0, ['matches'], []);
    expect(model.items.value.adapters[0]).not.toHaveProperty('matches');
    expect(model.fieldProblems.value.has('adapters[0].matches')).toBe(true);

    model.setField('snippets', 0, ['tags'], ['refunds', 'billing']);
    model.setField('snippets', 0, ['tags'], ['billing']);
    expect(model.items.value.snippets[0]!.tags).toEqual(['billing']);
    model.removeItem('adapters', 0);
    expect(model.items.value.adapters).toEqual([]);
  });
});

describe('setting one field', () => {
  it('drops an emptied optional group, keeps a required one even empty, and stores a checkbox only when ticked', () => {
    const adapter = { id: 'a', selectedConversation: { selector: '.row', attribute: 'data-id' }, author: { attribute: 'data-from' } };
    const once = withField('adapters', adapter, ['selectedConversation', 'selector'], '');
    expect(once.selectedConversation).toEqual({ attribute: 'data-id' });
    expect(withField('adapters', once, ['selectedConversation', 'attribute'], '')).not.toHaveProperty('selectedConversation');
    expect(withField('adapters', adapter, ['author', 'attribute'], '')).toMatchObject({ author: {} });
    expect(withField('hotlines', { id: 'h' }, ['text'], true)).toEqual({ id: 'h', text: true });
    expect(withField('hotlines', { id: 'h', text: true }, ['text'], false)).toEqual({ id: 'h' });
  });
});

describe('the forms', () => {
  it('give every field the pack format has for each kind a form field, and no field the format lacks', async () => {
    const { itemKinds } = await import('@/utils/packs/schema');
    for (const [kind, form] of Object.entries(KIND_FORMS)) {
      const schema = itemKinds[kind as keyof typeof itemKinds] as unknown as { entries: Record<string, { type: string; wrapped?: { entries?: object }; entries?: object }> };
      const expected = Object.entries(schema.entries).flatMap(([key, entry]) => {
        const nested = entry.entries ?? entry.wrapped?.entries;
        return nested ? Object.keys(nested).map((inner) => `${key}.${inner}`) : [key];
      });
      const covered = form.flatMap((group) => group.fields.map((field) => field.path.join('.')));
      expect(covered.sort(), kind).toEqual(expected.sort());
    }
  });
});
