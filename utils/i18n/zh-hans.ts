import type { Messages } from './en';

export const zhHans: Messages = {
  appName: 'Undertone 语气助手',
  collapse: '收起 Undertone',
  expand: '展开 Undertone',
  collapseHint: '收起（Alt+Shift+U）',
  connecting: '正在连接…',
  noConsoleTitle: '此页面上没有识别到聊天工作台',
  noConsoleBody: '请在工作台中打开一个会话，或先试试演示工作台。Undertone 只读取当前页面，且只在您的设备上处理。',
  customerSaid: '客户说',
  notesHeading: '本会话备注',
  quickNote: '快速备注',
  notePlaceholder: '订单号、客户已尝试的办法、做出的承诺…',
  saveNote: '保存备注',
  settings: '设置',
  back: '返回',
  insertFailed: '无法插入：{reason}',
};
