/**
 * Who the customer is, as far as the console says: its own customer id, an
 * email address or a handle, in that order of trust. A name alone is not an
 * identity (two customers may share one), so a console that shows only a name
 * gets no customer memory, just its per-conversation notes.
 */
export interface ShownIdentity {
  adapterId: string;
  customerId?: string;
  customerEmail?: string;
  customerHandle?: string;
  customerName?: string;
}

export interface CustomerRef {
  key: string;
  /** What the panel calls them: their name if shown, else the identity itself. */
  label: string;
}

const clean = (value: string | undefined) => value?.normalize('NFKC').trim().replace(/\s+/g, ' ') || undefined;

export function customerOf(shown: ShownIdentity): CustomerRef | undefined {
  const id = clean(shown.customerId);
  const email = clean(shown.customerEmail)?.toLowerCase();
  const handle = clean(shown.customerHandle)?.replace(/^@/, '').toLowerCase();
  const [kind, value] = id ? ['id', id] : email && /^[^@\s]+@[^@\s]+$/.test(email) ? ['email', email] : handle ? ['handle', handle] : [];
  if (!kind || !value || !/^[a-z0-9-]{1,40}$/.test(shown.adapterId)) return undefined;
  return { key: `${shown.adapterId}:${kind}:${value}`.slice(0, 400), label: (clean(shown.customerName) ?? value).slice(0, 256) };
}
