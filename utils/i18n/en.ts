/** English UI strings: the source of truth for keys. {name} marks a value filled in at run time. */
export const en = {
  appName: 'Undertone',
  collapse: 'Collapse Undertone',
  expand: 'Expand Undertone',
  collapseHint: 'Collapse (Alt+Shift+U)',
  connecting: 'Connecting…',
  noConsoleTitle: 'No chat console recognised here',
  noConsoleBody: 'Open a conversation in your console, or try the demo console. Undertone reads only the page you are on, and only on your device.',
  customerSaid: 'Customer said',
  notesHeading: 'Notes for this conversation',
  quickNote: 'Quick note',
  notePlaceholder: 'Order number, what they tried, promises made…',
  saveNote: 'Save note',
  settings: 'Settings',
  back: 'Back',
  insertFailed: 'Could not insert: {reason}',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
