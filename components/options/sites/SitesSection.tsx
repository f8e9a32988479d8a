import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { createSitesModel } from '@/utils/state/sites-model';

/** Lets the agent run Undertone on a console it does not know yet; "Pick elements…" in the sidebar then teaches it the page. */
export function SitesSection() {
  const model = useMemo(createSitesModel, []);
  const address = useSignal('');
  useEffect(() => void model.refresh(), []);

  return (
    <section aria-labelledby="sites-heading" class="card" data-testid="sites">
      <h2 id="sites-heading">Other sites</h2>
      <p class="hint">
        Undertone runs on the consoles it knows. To use it on another web console, add its address here and confirm in the browser's prompt; then open the console and,
        if Undertone reads it wrongly, choose “Pick elements…” in the sidebar.
      </p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await model.add(address.value)) address.value = '';
        }}
      >
        <label class="field">
          <span>Console address</span>
          <input type="url" inputMode="url" placeholder="https://support.example.com" value={address.value} onInput={(e) => (address.value = e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!address.value.trim()}>
          Allow Undertone here
        </button>
      </form>
      {model.error.value && (
        <p class="error" role="alert">
          {model.error.value}
        </p>
      )}
      <ul>
        {model.sites.value.map((site) => (
          <li key={site}>
            <code>{site}</code>{' '}
            <button type="button" onClick={() => void model.remove(site)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
