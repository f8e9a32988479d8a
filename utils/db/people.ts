import type { Customer, KeptPromise, Memory, Note, PromiseStatus, UndertoneDb, Visit, Win } from './schema';

/** The queries behind customer memory, promises and the shift summary; only the background calls them. */

export interface VisitReport {
  conversationKey: string;
  at: number;
  /** Present when the report is a customer message: its temperature. */
  temperature?: number;
  /** Present only when customer memory is on and the console names the customer. */
  customer?: { key: string; label: string };
}

export async function recordVisit(db: UndertoneDb, report: VisitReport): Promise<Visit> {
  return db.transaction('rw', db.conversationVisits, db.customers, async () => {
    const old = await db.conversationVisits.get(report.conversationKey);
    const t = report.temperature;
    const visit: Visit = {
      conversationKey: report.conversationKey,
      ...(report.customer ? { customerKey: report.customer.key } : old?.customerKey ? { customerKey: old.customerKey } : {}),
      firstAt: old?.firstAt ?? report.at,
      lastAt: Math.max(old?.lastAt ?? 0, report.at),
      peak: Math.max(old?.peak ?? 0, t ?? 0),
      lastTemperature: t ?? old?.lastTemperature ?? 0,
      customerMessages: (old?.customerMessages ?? 0) + (t === undefined ? 0 : 1),
    };
    await db.conversationVisits.put(visit);
    if (report.customer) {
      const known = await db.customers.get(report.customer.key);
      const customer: Customer = { key: report.customer.key, label: report.customer.label, firstSeenAt: known?.firstSeenAt ?? report.at, lastSeenAt: report.at };
      await db.customers.put(customer);
    }
    return visit;
  });
}

export interface CustomerHistory {
  customer?: Customer;
  /** Earlier conversations with this customer, newest first, each with its notes. */
  earlier: (Visit & { notes: Note[] })[];
  memories: Memory[];
}

export async function customerHistory(db: UndertoneDb, customerKey: string, current: string): Promise<CustomerHistory> {
  return db.transaction('r', db.customers, db.conversationVisits, db.customerMemories, db.notes, async () => {
    const customer = await db.customers.get(customerKey);
    const visits = (await db.conversationVisits.where('customerKey').equals(customerKey).toArray()).filter((visit) => visit.conversationKey !== current);
    visits.sort((a, b) => b.lastAt - a.lastAt);
    const earlier = await Promise.all(visits.slice(0, 20).map(async (visit) => ({ ...visit, notes: await db.notes.where('conversationKey').equals(visit.conversationKey).toArray() })));
    const memories = await db.customerMemories.where('customerKey').equals(customerKey).reverse().sortBy('createdAt');
    return { ...(customer ? { customer } : {}), earlier, memories };
  });
}

export async function addMemory(db: UndertoneDb, memory: Omit<Memory, 'id'>): Promise<Memory> {
  const row: Memory = { id: crypto.randomUUID(), ...memory };
  await db.customerMemories.add(row);
  return row;
}

/** Once per sent message: the sidebar may see a message again (history re-read, a second sidebar). */
export async function addPromise(db: UndertoneDb, promise: Omit<KeptPromise, 'id' | 'status'>): Promise<KeptPromise> {
  return db.transaction('rw', db.promises, async () => {
    const existing = await db.promises.where('[conversationKey+messageId]').equals([promise.conversationKey, promise.messageId]).first();
    if (existing) return existing;
    const row: KeptPromise = { id: crypto.randomUUID(), ...promise, status: 'open' };
    await db.promises.add(row);
    return row;
  });
}

/** Open promises of this conversation and, when the customer is known, of their other conversations. */
export async function openPromisesFor(db: UndertoneDb, conversationKey: string, customerKey?: string): Promise<KeptPromise[]> {
  const open = await db.promises.where('status').equals('open').toArray();
  return open.filter((p) => p.conversationKey === conversationKey || (customerKey !== undefined && p.customerKey === customerKey)).sort(byDue);
}

export async function allOpenPromises(db: UndertoneDb): Promise<KeptPromise[]> {
  return (await db.promises.where('status').equals('open').toArray()).sort(byDue);
}

const byDue = (a: KeptPromise, b: KeptPromise) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.madeAt - b.madeAt;

export async function closePromise(db: UndertoneDb, id: string, status: Exclude<PromiseStatus, 'open'>, at: number): Promise<KeptPromise> {
  return db.transaction('rw', db.promises, async () => {
    const promise = await db.promises.get(id);
    if (!promise) throw new Error('That promise no longer exists');
    const next = { ...promise, status, closedAt: at };
    await db.promises.put(next);
    return next;
  });
}

export async function addWin(db: UndertoneDb, win: Omit<Win, 'id'>): Promise<Win> {
  return db.transaction('rw', db.wins, async () => {
    const existing = await db.wins.where('[conversationKey+messageId]').equals([win.conversationKey, win.messageId]).first();
    if (existing) return existing;
    const row: Win = { id: crypto.randomUUID(), ...win };
    await db.wins.add(row);
    return row;
  });
}

export interface ShiftSummary {
  since: number;
  conversations: number;
  /** Conversations that ran hot and ended cooler than their peak. */
  cooled: number;
  wins: Win[];
  promisesKept: KeptPromise[];
}

/** A visit that reached `heated` and whose last customer message was clearly cooler and below it. */
export const endedCooler = (visit: Visit, heated: number) => visit.peak >= heated && visit.lastTemperature < heated && visit.peak - visit.lastTemperature >= 0.2;

export async function shiftSummary(db: UndertoneDb, since: number, heated: number): Promise<ShiftSummary> {
  return db.transaction('r', db.conversationVisits, db.wins, db.promises, async () => {
    const visits = await db.conversationVisits.where('lastAt').aboveOrEqual(since).toArray();
    const wins = await db.wins.where('at').aboveOrEqual(since).sortBy('at');
    const kept = (await db.promises.where('status').equals('kept').toArray()).filter((p) => (p.closedAt ?? 0) >= since);
    return { since, conversations: visits.length, cooled: visits.filter((visit) => endedCooler(visit, heated)).length, wins, promisesKept: kept };
  });
}

/** A customer as the options page lists them: what is kept about them, so the agent can see it and delete it. */
export interface RememberedCustomer {
  customer: Customer;
  memories: Memory[];
  conversations: number;
  openPromises: number;
}

/** Everyone customer memory holds, most recently seen first. */
export async function rememberedCustomers(db: UndertoneDb): Promise<RememberedCustomer[]> {
  return db.transaction('r', db.customers, db.customerMemories, db.conversationVisits, db.promises, async () => {
    const customers = await db.customers.orderBy('lastSeenAt').reverse().toArray();
    const memories = await db.customerMemories.toArray();
    const visits = await db.conversationVisits.toArray();
    const open = await db.promises.where('status').equals('open').toArray();
    const count = <T>(rows: T[], key: string, of: (row: T) => string | undefined) => rows.filter((row) => of(row) === key).length;
    return customers.map((customer) => ({
      customer,
      memories: memories.filter((m) => m.customerKey === customer.key).sort((a, b) => b.createdAt - a.createdAt),
      conversations: count(visits, customer.key, (visit) => visit.customerKey),
      openPromises: count(open, customer.key, (promise) => promise.customerKey),
    }));
  });
}

/** One customer forgotten: as turning memory off does for everyone, their conversations' heat and promises stay, tied to no one. */
export async function forgetCustomer(db: UndertoneDb, customerKey: string): Promise<void> {
  await db.transaction('rw', [db.customers, db.customerMemories, db.conversationVisits, db.promises, db.wins], async () => {
    const visits = await db.conversationVisits.where('customerKey').equals(customerKey).toArray();
    const theirs = new Set(visits.map((visit) => visit.conversationKey));
    // A win keeps only the name it was heard with: any win under this name goes nameless too (a namesake's as well, which costs nothing).
    const label = (await db.customers.get(customerKey))?.label;
    await db.customers.delete(customerKey);
    await db.customerMemories.where('customerKey').equals(customerKey).delete();
    await db.conversationVisits.where('customerKey').equals(customerKey).modify((visit) => void delete visit.customerKey);
    await db.promises.where('customerKey').equals(customerKey).modify((promise) => {
      delete promise.customerKey;
      delete promise.customerLabel;
    });
    await db.wins.filter((win) => theirs.has(win.conversationKey) || (label !== undefined && win.customerLabel === label)).modify((win) => void delete win.customerLabel);
  });
}

/** Customer memory turned off: the customers and what was remembered go; visits and promises stay, no longer tied to anyone. */
export async function forgetCustomers(db: UndertoneDb): Promise<void> {
  await db.transaction('rw', [db.customers, db.customerMemories, db.conversationVisits, db.promises, db.wins], async () => {
    await db.customers.clear();
    await db.customerMemories.clear();
    await db.conversationVisits.toCollection().modify((visit) => void delete visit.customerKey);
    await db.promises.toCollection().modify((promise) => {
      delete promise.customerKey;
      delete promise.customerLabel;
    });
    await db.wins.toCollection().modify((win) => void delete win.customerLabel);
  });
}
