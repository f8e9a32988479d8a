import type { Messages } from './en';

export const zhHant: Messages = {
  appName: 'Undertone 語氣助手',
  collapse: '收合 Undertone',
  expand: '展開 Undertone',
  collapseHint: '收合（Alt+Shift+U）',
  connecting: '正在連線…',
  noConsoleTitle: '此頁面上沒有辨識到聊天工作台',
  noConsoleBody: '請在工作台中開啟一個對話，或先試試示範工作台。Undertone 只讀取目前頁面，且只在您的裝置上處理。',
  customerSaid: '客戶說',
  notesHeading: '本對話備註',
  quickNote: '快速備註',
  notePlaceholder: '訂單編號、客戶已嘗試的方法、做出的承諾…',
  saveNote: '儲存備註',
  settings: '設定',
  back: '返回',
  insertFailed: '無法插入：{reason}',
};
