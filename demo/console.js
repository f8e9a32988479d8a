// The Undertone demo console: a small, realistic web chat inbox whose
// customers write over time. Plain DOM, no framework, text only.
// ?pace=0 stops scripted arrivals (tests drive it through window.demoConsole);
// ?pace=N speeds them up N times; ?clock=09:41 freezes the shown time (for screenshots).

const params = new URLSearchParams(location.search);

const conversations = [
  {
    id: 'c-1042',
    name: 'Dana Whitfield',
    email: 'dana.whitfield@example.com',
    script: [
      [0, 'Hi! Could you tell me when my order #40211 will ship?'],
      [20, 'No rush at all, just planning a weekend trip. Thanks!'],
    ],
  },
  {
    id: 'c-1043',
    name: 'Marcus Obi',
    email: 'marcus.obi@example.com',
    script: [
      [0, 'This is the THIRD time I am writing about the same broken charger.'],
      [8, 'I already told your colleague yesterday and nothing happened. Great. Just great.'],
      [16, 'If this is not fixed today I am cancelling and disputing the charge with my bank.'],
    ],
  },
  {
    id: 'c-1044',
    name: 'Priya Raman',
    // The console knows where this customer is: the crisis card shows that country's numbers.
    country: 'GB',
    email: 'priya.raman@example.com',
    script: [
      [0, "I'm confused, the app says my plan renewed but I thought I had cancelled it?"],
      [14, "I don't understand which button I was supposed to press. I'm lost."],
    ],
  },
  {
    id: 'c-1045',
    name: '林晓',
    email: 'linxiao@example.cn',
    script: [
      [0, '你好，我的订单一直没有发货，我真的很着急。'],
      [10, '明天就是我妈妈的生日，礼物到不了我都不知道怎么办了，好难过。'],
      [22, '已经第三次联系你们了，还是没解决，我很担心。'],
    ],
  },
];

const pace = Number(params.get('pace') ?? '1');

// ?conversations=N adds N quiet synthetic customers (for soak tests and benchmarks).
const extra = Math.min(Number(params.get('conversations') ?? '0') || 0, 1000);
for (let i = 0; i < extra; i++) conversations.push({ id: `s-${i + 1}`, name: `Customer ${i + 1}`, script: [[0, `Hello, this is customer ${i + 1}.`]] });
const list = document.querySelector('[data-testid="conversation-list"]');
const pane = document.querySelector('[data-testid="conversation"]');
const log = document.querySelector('[data-testid="message-log"]');
const nameEl = document.querySelector('[data-testid="customer-name"]');
const countryEl = document.querySelector('[data-testid="customer-country"]');
const emailEl = document.querySelector('[data-testid="customer-email"]');
const form = document.querySelector('[data-testid="reply-form"]');
const composer = document.querySelector('[data-testid="composer"]');
const send = document.querySelector('[data-testid="send"]');

const state = new Map(conversations.map((c) => [c.id, { ...c, messages: [], unread: false }]));
let currentId = conversations[0].id;
let counter = 0;

function clock() {
  return params.get('clock') ?? new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

const inboxItems = new Map();

function inboxItem(c) {
  let item = inboxItems.get(c.id);
  if (!item) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.conversation = c.id;
    const name = document.createElement('span');
    const preview = document.createElement('span');
    preview.className = 'preview';
    button.append(name, preview);
    button.addEventListener('click', () => open(c.id));
    li.append(button);
    list.append(li);
    item = { button, name, preview };
    inboxItems.set(c.id, item);
  }
  return item;
}

/** Updates the inbox entries of the given conversations (all when none are named). */
function renderInbox(...ids) {
  for (const c of ids.length ? ids.map((id) => state.get(id)) : state.values()) {
    const item = inboxItem(c);
    item.button.setAttribute('aria-current', String(c.id === currentId));
    item.name.className = `name${c.unread ? ' unread' : ''}`;
    item.name.textContent = c.name;
    item.preview.textContent = c.messages.at(-1)?.text ?? '';
  }
}

function messageNode(message) {
  const node = document.createElement('div');
  node.className = 'message';
  node.dataset.messageId = message.id;
  node.dataset.author = message.author;
  const text = document.createElement('span');
  text.dataset.testid = 'message-text';
  text.textContent = message.text;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = message.time;
  node.append(text, meta);
  return node;
}

function open(id) {
  const previous = currentId;
  currentId = id;
  const c = state.get(id);
  c.unread = false;
  pane.dataset.conversationId = id;
  nameEl.textContent = c.name;
  countryEl.textContent = c.country ?? '';
  emailEl.textContent = c.email ?? '';
  log.replaceChildren(...c.messages.map(messageNode));
  log.scrollTop = log.scrollHeight;
  renderInbox(previous, id);
}

// Like real consoles, older messages scroll out of the page's memory (they would be paged in on demand).
// ?keep=N keeps fewer, so a soak run's host page reaches a steady size early and any growth left is Undertone's.
const KEPT_PER_CONVERSATION = Math.max(1, Number(params.get('keep') ?? '200') || 200);

function append(id, author, text) {
  const c = state.get(id);
  const message = { id: `m-${++counter}`, author, text, time: clock() };
  c.messages.push(message);
  // Conversations in the background keep only their latest line (for the inbox preview) when a window is set.
  const kept = id === currentId || !params.has('keep') ? KEPT_PER_CONVERSATION : 1;
  while (c.messages.length > kept) c.messages.shift();
  if (id === currentId) {
    log.append(messageNode(message));
    if (log.childElementCount > KEPT_PER_CONVERSATION) log.firstElementChild.remove();
    log.scrollTop = log.scrollHeight;
  } else if (author === 'customer') {
    c.unread = true;
  }
  renderInbox(id);
  return message.id;
}

composer.addEventListener('input', () => (send.disabled = composer.value.trim() === ''));
composer.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = composer.value.trim();
  if (!text) return;
  append(currentId, 'agent', text);
  composer.value = '';
  send.disabled = true;
});

for (const c of conversations) {
  const [first, ...rest] = c.script;
  state.get(c.id).messages.push({ id: `m-${++counter}`, author: 'customer', text: first[1], time: clock() });
  inboxItem(c);
  if (pace > 0) for (const [at, text] of rest) setTimeout(() => append(c.id, 'customer', text), (at * 1000) / pace);
}
renderInbox();
open(currentId);

/** For tests and demos: deliver a message as if the customer (or the system) wrote it. */
window.demoConsole = {
  receive: (text, { conversation = currentId, author = 'customer' } = {}) => append(conversation, author, text),
  open,
  conversations: () => conversations.map((c) => c.id),
  /** A new conversation, e.g. a returning customer writing again: `{ id, name, email, text }`. */
  start: ({ id, name, email, text }) => {
    if (state.has(id)) throw new Error(`conversation ${id} exists`);
    state.set(id, { id, name, email, script: [], messages: [{ id: `m-${++counter}`, author: 'customer', text, time: clock() }], unread: true });
    renderInbox(id);
  },
};
