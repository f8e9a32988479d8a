import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportLibrary, applyImport } from '@/utils/backup/library';
import { parseBackup, serialiseBackup } from '@/utils/backup/format';
import { memoryStore } from '@/utils/backup/memory-store';
import { addNote } from '@/utils/db/notes';
import { UndertoneDb } from '@/utils/db/schema';
import { REQUEST_CHANNEL } from '@/utils/protocol/define';
import { createRequestServer, type Sender } from '@/utils/protocol/server';
import { defaultSettings, type Settings } from '@/utils/storage';
import { registerPeopleHandlers } from './people';

const self = { extensionId: 'undertone-id', extensionOrigin: 'chrome-extension://undertone-id' };
const sidebar: Sender = { id: self.extensionId, url: `${self.extensionOrigin}/sidebar.html`, tab: { id: 3 } };
const contentScript: Sender = { id: self.extensionId, url: 'http://127.0.0.1/', tab: { id: 3 } };
const dana = { key: 'demo:email:dana@example.com', label: 'Dana' };

let db: UndertoneDb;
let settings: Settings;
let server: ReturnType<typeof createRequestServer>;
async function ask(type: string, input: unknown, sender = sidebar): Promise<unknown> {
  const reply = await server.dispatch({ channel: REQUEST_CHANNEL, type, input }, sender);
  if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
  return reply.value;
}

beforeEach(() => {
  db = new UndertoneDb(`people-${crypto.randomUUID()}`);
  settings = { ...defaultSettings, customerMemory: 'on' };
  server = createRequestServer(self);
  registerPeopleHandlers(server, db, async () => settings);
});
afterEach(() => db.delete());

describe('customer memory', () => {
  it('shows a returning customer their earlier conversation with its notes and heat, and what the agent remembered', async () => {
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 1000, customer: dana });
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 2000, temperature: 0.9, customer: dana });
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 3000, temperature: 0.2, customer: dana });
    await addNote(db, 'demo:c-1', 'Wants a call after 5pm');
    await ask('people.remember', { customerKey: dana.key, conversationKey: 'demo:c-1', kind: 'phrase', text: "My daughter's wedding is on the 12th" });
    await ask('people.visit', { conversationKey: 'demo:c-2', at: 9000, customer: dana });

    const history = (await ask('people.customer', { customerKey: dana.key, conversationKey: 'demo:c-2' })) as {
      earlier: { conversationKey: string; peak: number; lastTemperature: number; notes: { text: string }[] }[];
      memories: { text: string }[];
    };
    expect(history.earlier).toMatchObject([{ conversationKey: 'demo:c-1', peak: 0.9, lastTemperature: 0.2, notes: [{ text: 'Wants a call after 5pm' }] }]);
    expect(history.memories.map((m) => m.text)).toEqual(["My daughter's wedding is on the 12th"]);
  });

  it('keeps nothing about a customer while memory is not on, and forgets everything when it is turned off', async () => {
    settings = { ...settings, customerMemory: 'ask' };
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 1000, customer: dana });
    expect(await db.customers.count()).toBe(0);
    expect((await db.conversationVisits.get('demo:c-1'))?.customerKey).toBeUndefined();
    await expect(ask('people.remember', { customerKey: dana.key, conversationKey: 'demo:c-1', kind: 'note', text: 'x' })).rejects.toThrow(/turned off/);

    settings = { ...settings, customerMemory: 'on' };
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 2000, customer: dana });
    await ask('people.remember', { customerKey: dana.key, conversationKey: 'demo:c-1', kind: 'note', text: 'Prefers email' });
    await ask('people.promise', { conversationKey: 'demo:c-1', customer: dana, messageId: 'm-1', text: "I'll call you tomorrow.", madeAt: 2000 });
    await ask('people.forgetCustomers', {});
    expect([await db.customers.count(), await db.customerMemories.count()]).toEqual([0, 0]);
    expect((await db.conversationVisits.get('demo:c-1'))?.customerKey).toBeUndefined();
    expect((await db.promises.toArray()).map((p) => [p.customerKey, p.text])).toEqual([[undefined, "I'll call you tomorrow."]]);
  });

  it('lists the customers it remembers for the options page, and forgets one of them alone', async () => {
    const priya = { key: 'demo:email:priya@example.com', label: 'Priya' };
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 1000, customer: dana });
    await ask('people.visit', { conversationKey: 'demo:c-2', at: 3000, customer: priya });
    await ask('people.remember', { customerKey: dana.key, conversationKey: 'demo:c-1', kind: 'phrase', text: 'Wedding on the 12th' });
    await ask('people.remember', { customerKey: priya.key, conversationKey: 'demo:c-2', kind: 'note', text: 'Prefers mornings' });
    await ask('people.promise', { conversationKey: 'demo:c-1', customer: dana, messageId: 'm-1', text: "I'll call you tomorrow.", madeAt: 1000 });
    await ask('people.win', { conversationKey: 'demo:c-1', messageId: 'm-2', customerLabel: 'Dana', words: 'thanks', text: 'thanks!', at: 1100 });
    // A conversation whose visit was never tied to her (memory came on later), with her name on its win.
    await ask('people.win', { conversationKey: 'demo:c-9', messageId: 'm-1', customerLabel: 'Dana', words: 'ty', text: 'ty!', at: 900 });

    const listed = (await ask('people.customers', {})) as { customer: { label: string }; memories: { text: string }[]; conversations: number; openPromises: number }[];
    expect(listed.map((row) => [row.customer.label, row.memories.map((m) => m.text), row.conversations, row.openPromises])).toEqual([
      ['Priya', ['Prefers mornings'], 1, 0],
      ['Dana', ['Wedding on the 12th'], 1, 1],
    ]);

    await ask('people.forgetCustomer', { customerKey: dana.key });
    expect(((await ask('people.customers', {})) as { customer: { label: string } }[]).map((row) => row.customer.label)).toEqual(['Priya']);
    expect((await db.customerMemories.toArray()).map((m) => m.text)).toEqual(['Prefers mornings']);
    expect((await db.conversationVisits.get('demo:c-1'))?.customerKey).toBeUndefined();
    expect((await db.promises.toArray()).map((p) => [p.customerKey, p.customerLabel, p.text])).toEqual([[undefined, undefined, "I'll call you tomorrow."]]);
    expect((await db.wins.toArray()).map((w) => [w.customerLabel, w.text]).sort()).toEqual([[undefined, 'thanks!'], [undefined, 'ty!']]);

    settings = { ...settings, customerMemory: 'off' };
    expect(await ask('people.customers', {})).toEqual([]);
  });

  it('refuses a customer key that is not one, and writes from a content script', async () => {
    await expect(ask('people.visit', { conversationKey: 'demo:c-1', at: 1, customer: { key: 'Dana', label: 'Dana' } })).rejects.toThrow(/customer key/);
    await expect(ask('people.visit', { conversationKey: 'demo:c-1', at: 1 }, contentScript)).rejects.toThrow(/Undertone's own pages/);
    expect(await db.conversationVisits.count()).toBe(0);
  });
});

describe('promises', () => {
  it('files a promise once per message, lists it for the customer in another conversation, and closes it', async () => {
    const promise = { conversationKey: 'demo:c-1', customer: dana, messageId: 'm-7', text: "I'll call you back tomorrow.", dueText: 'tomorrow', dueAt: 5000, madeAt: 1000 };
    const first = (await ask('people.promise', promise)) as { id: string };
    const again = (await ask('people.promise', promise)) as { id: string };
    expect(again.id).toBe(first.id);
    expect(await ask('people.promisesFor', { conversationKey: 'demo:c-2', customerKey: dana.key })).toMatchObject([{ id: first.id, status: 'open' }]);
    await ask('people.closePromise', { id: first.id, status: 'kept', at: 6000 });
    expect(await ask('people.openPromises', {})).toEqual([]);
    expect(await ask('people.summary', { since: 0 })).toMatchObject({ promisesKept: [{ id: first.id }] });
  });

  it('stores no promise while the list is turned off', async () => {
    settings = { ...settings, promises: false };
    await expect(ask('people.promise', { conversationKey: 'demo:c-1', messageId: 'm-1', text: "I'll call you.", madeAt: 1 })).rejects.toThrow(/turned off/);
    expect(await db.promises.count()).toBe(0);
  });
});

describe('wins and the shift summary', () => {
  it('counts conversations, those that ended cooler, and the thanks received since the shift began', async () => {
    await ask('people.visit', { conversationKey: 'demo:old', at: 10, temperature: 0.9 });
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 1000, temperature: 0.85 });
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 1100, temperature: 0.1 });
    await ask('people.visit', { conversationKey: 'demo:c-2', at: 1200, temperature: 0.8 });
    await ask('people.win', { conversationKey: 'demo:c-1', messageId: 'm-3', words: 'Thank you', text: 'Thank you, that fixed it!', at: 1100 });
    await ask('people.win', { conversationKey: 'demo:c-1', messageId: 'm-3', words: 'Thank you', text: 'Thank you, that fixed it!', at: 1100 });
    expect(await ask('people.summary', { since: 500 })).toMatchObject({ conversations: 2, cooled: 1, wins: [{ text: 'Thank you, that fixed it!' }], promisesKept: [] });
  });

  it('keeps no thanks and no heat while wins are turned off (and no customer is known)', async () => {
    settings = { ...settings, wins: false, customerMemory: 'off' };
    expect(await ask('people.win', { conversationKey: 'demo:c-1', messageId: 'm-3', words: 'Thanks', text: 'Thanks!', at: 1 })).toBeNull();
    expect(await ask('people.visit', { conversationKey: 'demo:c-1', at: 1, temperature: 0.5 })).toBeNull();
    expect([await db.wins.count(), await db.conversationVisits.count()]).toEqual([0, 0]);
  });
});

describe('backup', () => {
  it('carries customers, memories, visits, promises and wins through export and a replace import', async () => {
    await ask('people.visit', { conversationKey: 'demo:c-1', at: 1000, temperature: 0.4, customer: dana });
    await ask('people.remember', { customerKey: dana.key, conversationKey: 'demo:c-1', kind: 'phrase', text: 'Moving house on Friday' });
    await ask('people.promise', { conversationKey: 'demo:c-1', customer: dana, messageId: 'm-1', text: "I'll email you by Friday.", dueText: 'by Friday', dueAt: 9000, madeAt: 1000 });
    await ask('people.win', { conversationKey: 'demo:c-1', messageId: 'm-2', words: 'thanks', text: 'thanks so much', at: 1200 });
    const store = memoryStore({});
    const text = serialiseBackup(await exportLibrary(db, store, 5000));
    const before = await Promise.all(['customers', 'customerMemories', 'conversationVisits', 'promises', 'wins'].map((t) => db.table(t).toArray()));

    const other = new UndertoneDb(`people-restore-${crypto.randomUUID()}`);
    try {
      await applyImport(other, store, parseBackup(text), 'replace');
      const after = await Promise.all(['customers', 'customerMemories', 'conversationVisits', 'promises', 'wins'].map((t) => other.table(t).toArray()));
      expect(after).toEqual(before);
      expect(after.every((rows) => rows.length === 1)).toBe(true);
    } finally {
      await other.delete();
    }
  });

  it('refuses a backup whose promise is malformed, naming where', () => {
    const broken = { format: 'undertone-backup', version: 2, exportedAt: 1, tables: { snippets: [], notes: [], promises: [{ id: 'p1', status: 'maybe' }] }, storage: {} };
    expect(() => parseBackup(JSON.stringify(broken))).toThrow(/promises/);
  });
});
