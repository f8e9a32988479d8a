import type { KeptPromise } from '@/utils/db/schema';
import { useT } from '../i18n';

export interface PromiseItemProps {
  promise: KeptPromise;
  now: number;
  format: Intl.DateTimeFormat;
  onClose: (id: string, status: 'kept' | 'dropped') => void;
}

/** One promise: what was said, when it falls due, and the agent's two answers. */
export function PromiseItem({ promise, now, format, onClose }: PromiseItemProps) {
  const t = useT();
  const due = promise.dueAt;
  const overdue = due !== undefined && due <= now;
  return (
    <li class={overdue ? 'promise due' : 'promise'} data-testid="promise">
      <p>{promise.text}</p>
      <p class="muted">
        {promise.customerLabel ? `${promise.customerLabel} · ` : ''}
        {due === undefined ? t('promiseNoTime') : t(overdue ? 'overdueSince' : 'dueAt', { time: format.format(due) })}
        {promise.dueText ? ` (“${promise.dueText}”)` : ''}
      </p>
      <div class="actions">
        <button type="button" data-testid="promise-kept" onClick={() => onClose(promise.id, 'kept')}>
          {t('promiseKept')}
        </button>
        <button type="button" class="link" data-testid="promise-drop" onClick={() => onClose(promise.id, 'dropped')}>
          {t('promiseDrop')}
        </button>
      </div>
    </li>
  );
}
