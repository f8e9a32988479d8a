import { useSignal, useSignalEffect } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { htmlLang, type MessageKey } from '@/utils/i18n';
import { createSettingsModel, type SettingsModel } from '@/utils/state/settings-model';
import { LanguageContext, TranslateContext } from '../i18n';
import { BackupSection } from './backup/BackupSection';
import { LanguageSetting } from '../LanguageSetting';
import { InsightsSection } from './insights/InsightsSection';
import { NotesSection } from './notes/NotesSection';
import { PacksSection } from './packs/PacksSection';
import { PeopleSection } from './people/PeopleSection';
import { SitesSection } from './sites/SitesSection';
import { SnippetsSection } from './snippets/SnippetsSection';
import { WhatsNew } from './WhatsNew';
import '../sidebar/sidebar.css';
import './options.css';

interface Section {
  id: string;
  label: MessageKey;
  /** The page's one settings model, for the sections that show settings. */
  Component: ComponentType<{ settings: SettingsModel }>;
}

/** The options page's sections, one line each; the address hash (#notes) opens one directly. */
const sections: Section[] = [
  { id: 'snippets', label: 'sectionSnippets', Component: SnippetsSection },
  { id: 'notes', label: 'sectionNotes', Component: NotesSection },
  { id: 'backup', label: 'sectionBackup', Component: BackupSection },
  { id: 'packs', label: 'sectionPacks', Component: PacksSection },
  { id: 'insights', label: 'sectionInsights', Component: InsightsSection },
  { id: 'people', label: 'sectionPeople', Component: PeopleSection },
  { id: 'sites', label: 'sectionSites', Component: SitesSection },
];

const fromHash = () => sections.find((s) => `#${s.id}` === location.hash)?.id ?? sections[0]!.id;

export function OptionsApp() {
  // The sidebar's settings model: one UI-language setting for both pages, and a change in either shows in the other.
  const settingsModel = useMemo(() => createSettingsModel(), []);
  const current = useSignal(fromHash());
  useEffect(() => settingsModel.start(), []);
  useEffect(() => {
    const follow = () => (current.value = fromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useSignalEffect(() => {
    document.documentElement.lang = htmlLang[settingsModel.language.value];
    document.title = settingsModel.t.value('optionsTitle');
  });
  const t = settingsModel.t.value;
  const section = sections.find((s) => s.id === current.value)!;

  return (
    <TranslateContext.Provider value={t}>
      <LanguageContext.Provider value={settingsModel.language.value}>
        <div class="options">
          <header class="options-header">
            <h1>{t('appName')}</h1>
            <nav role="tablist" aria-label={t('optionsSections')}>
              {sections.map((s) => (
                <a key={s.id} role="tab" href={`#${s.id}`} id={`tab-${s.id}`} aria-selected={s.id === current.value} aria-controls="section">
                  {t(s.label)}
                </a>
              ))}
            </nav>
            <LanguageSetting model={settingsModel} />
          </header>
          <main class="options-main">
            <WhatsNew />
            <div id="section" role="tabpanel" aria-labelledby={`tab-${section.id}`} class="options-main">
              <section.Component settings={settingsModel} />
            </div>
          </main>
          <footer class="hint options-footer">
            {t('optionsFooter')} <a href="/welcome.html" data-testid="welcome-link">{t('optionsWelcomeLink')}</a>
          </footer>
        </div>
      </LanguageContext.Provider>
    </TranslateContext.Provider>
  );
}
