import { defineBackground } from 'wxt/utils/define-background';
import { setupAdapters } from './adapters';
import { setupBackup } from './backup';
import { setupBrowserUi } from './browser-ui';
import { setupCrisisBadge } from './crisis-badge';
import { setupDock } from './dock';
import { setupFirstRun } from './first-run';
import { setupHub } from './hub';
import { setupNotes } from './notes';
import { setupOutcomes } from './outcomes';
import { setupPacks } from './packs';
import { setupPeople } from './people';
import { setupReattach } from './reattach';
import { setupRequests } from './requests';
import { setupSnippets } from './snippets';

export default defineBackground({
  type: 'module',
  main() {
    const server = setupRequests();
    const hub = setupHub();
    setupNotes(server);
    setupOutcomes(server);
    setupSnippets(server);
    setupBackup(server);
    setupPacks(server);
    setupAdapters(server);
    setupBrowserUi(server);
    setupPeople(server);
    setupCrisisBadge(server);
    setupDock(hub);
    setupReattach(hub);
    setupFirstRun();
  },
});
