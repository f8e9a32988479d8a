import { defineBackground } from 'wxt/utils/define-background';
import { setupDock } from './dock';
import { setupHub } from './hub';
import { setupNotes } from './notes';
import { setupReattach } from './reattach';
import { setupRequests } from './requests';

export default defineBackground({
  type: 'module',
  main() {
    const server = setupRequests();
    const hub = setupHub();
    setupNotes(server);
    setupDock(hub);
    setupReattach(hub);
  },
});
