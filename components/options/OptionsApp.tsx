import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { BackupSection } from './backup/BackupSection';
import { NotesSection } from './notes/NotesSection';
import { PacksSection } from './packs/PacksSection';
import { SitesSection } from './sites/SitesSection';
import { SnippetsSection } from './snippets/SnippetsSection';
import '../sidebar/sidebar.css';
import './options.css';

interface Section {
  id: string;
  label: string;
  Component: ComponentType;
}

/** The options page's sections, one line each; the address hash (#notes) opens one directly. */
const sections: Section[] = [
  { id: 'snippets', label: 'Snippets', Component: SnippetsSection },
  { id: 'notes', label: 'Notes', Component: NotesSection },
  { id: 'backup', label: 'Backup', Component: BackupSection },
  { id: 'packs', label: 'Team packs', Component: PacksSection },
  { id: 'sites', label: 'Sites', Component: SitesSection },
];

const fromHash = () => sections.find((s) => `#${s.id}` === location.hash)?.id ?? sections[0]!.id;

export function OptionsApp() {
  const current = useSignal(fromHash());
  useEffect(() => {
    const follow = () => (current.value = fromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const section = sections.find((s) => s.id === current.value)!;

  return (
    <div class="options">
      <header class="options-header">
        <h1>Undertone</h1>
        <nav role="tablist" aria-label="Sections">
          {sections.map((s) => (
            <a key={s.id} role="tab" href={`#${s.id}`} id={`tab-${s.id}`} aria-selected={s.id === current.value} aria-controls="section">
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      <main class="options-main">
        <div id="section" role="tabpanel" aria-labelledby={`tab-${section.id}`} class="options-main">
          <section.Component />
        </div>
      </main>
      <footer class="hint options-footer">Undertone keeps your snippets and notes on this device. Nothing leaves the browser except the team packs you or your administrator subscribe to.</footer>
    </div>
  );
}
