// The few extension APIs the browser tests call inside extension contexts (worker.evaluate, page.evaluate).
// They run in the browser, not in Node, so the test code only needs their shape.
declare const chrome: {
  windows: { create(options: { url: string; type?: string; width?: number; height?: number }): Promise<unknown> };
  runtime: { reload(): void; id: string; sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
};
