import { authorFallbacks, editorKinds } from '@/utils/adapters/schema';
import type { MessageKey } from '@/utils/i18n';
import { byKey, longText, text, type FieldSpec, type KindForm } from './spec';

const selector = (path: string[], label: MessageKey): FieldSpec => ({ path, label, control: { type: 'text' }, rule: 'formRuleSelector' });
const attribute = (path: string[], label: MessageKey): FieldSpec => ({ path, label, control: { type: 'text' }, rule: 'formRuleAttribute' });
const pattern = (path: string[], label: MessageKey): FieldSpec => ({ path, label, control: { type: 'text' }, rule: 'formRulePattern' });
const values = (path: string[], label: MessageKey): FieldSpec => ({ path, label, control: { type: 'list', entry: 'formValue' } });

/**
 * A console adapter has many fields; they are grouped by what they find on
 * the console, and the ones only some consoles need start folded away.
 */
export const adapterForm: KindForm = [
  {
    legend: 'formGroupConsole',
    fields: [
      text('id', 'formId', 'formRuleAdapterId'),
      text('name', 'formConsoleName'),
      { path: ['matches'], label: 'formMatches', control: { type: 'list', entry: 'formMatch' }, rule: 'formRuleMatch' },
      longText('evidence', 'formEvidence'),
    ],
  },
  {
    legend: 'formGroupMessages',
    hint: 'formSelectorsHint',
    fields: [
      selector(['messageList'], 'formMessageList'),
      selector(['message'], 'formMessage'),
      selector(['messageText'], 'formMessageText'),
      attribute(['messageIdAttribute'], 'formMessageIdAttribute'),
      attribute(['author', 'attribute'], 'formAuthorAttribute'),
      values(['author', 'customerValues'], 'formCustomerValues'),
      values(['author', 'agentValues'], 'formAgentValues'),
      values(['author', 'systemValues'], 'formSystemValues'),
      selector(['author', 'customerSelector'], 'formCustomerSelector'),
      selector(['author', 'agentSelector'], 'formAgentSelector'),
      selector(['author', 'systemSelector'], 'formSystemSelector'),
      { path: ['author', 'fallback'], label: 'formAuthorFallback', control: { type: 'select', options: authorFallbacks, label: byKey('formFallback_'), unset: 'formNotSet' } },
    ],
  },
  {
    legend: 'formGroupComposer',
    fields: [
      selector(['composer'], 'formComposer'),
      selector(['sendButton'], 'formSendButton'),
      {
        path: ['editor'],
        label: 'formEditor',
        // Editor names are product names (Lexical, Slate…), the same in every language.
        // Absent means 'auto', so that is the blank choice; an explicit 'auto' in a pack shows as it is.
        control: { type: 'select', options: editorKinds, unset: 'formEditorAuto' },
      },
    ],
  },
  {
    legend: 'formGroupCustomer',
    fields: [
      selector(['customerName'], 'formCustomerName'),
      selector(['customerCountry'], 'formCustomerCountry'),
      selector(['customerId'], 'formCustomerId'),
      selector(['customerEmail'], 'formCustomerEmail'),
      selector(['customerHandle'], 'formCustomerHandle'),
    ],
  },
  {
    legend: 'formGroupConversation',
    collapsed: true,
    fields: [
      selector(['conversationRoot'], 'formConversationRoot'),
      attribute(['conversationIdAttribute'], 'formConversationIdAttribute'),
      pattern(['conversationIdPattern'], 'formConversationIdPattern'),
      selector(['selectedConversation', 'selector'], 'formSelectedSelector'),
      attribute(['selectedConversation', 'attribute'], 'formSelectedAttribute'),
      pattern(['selectedConversation', 'pattern'], 'formSelectedPattern'),
    ],
  },
  {
    legend: 'formGroupConversationList',
    collapsed: true,
    fields: [
      selector(['conversationList'], 'formConversationList'),
      selector(['conversationListItem'], 'formConversationListItem'),
      attribute(['conversationListItemId'], 'formConversationListItemId'),
      selector(['conversationListPreview'], 'formConversationListPreview'),
      selector(['conversationListName'], 'formConversationListName'),
    ],
  },
];
