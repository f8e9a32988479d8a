import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '@/components/sidebar/SidebarApp';

/** The side panel is not in a tab: it follows the active tab of its window. */
const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
render(<SidebarApp dock="sidepanel" followTab={activeTab} />, document.getElementById('app')!);
