/**
 * The ARIA feed pattern on the list (`role="feed"`, inside `root`): PageDown and PageUp move
 * between posts; Ctrl+End and Ctrl+Home leave the feed for what follows it ("Load more") and what
 * precedes it. Text fields keep their keys. Part of the chunk fetched with the view
 * (`view-parts.ts`).
 */
export function listKeyed(event: KeyboardEvent, root: ParentNode): void {
  const { key } = event;
  const leave = event.ctrlKey && (key === 'End' || key === 'Home');
  if ((!leave && key !== 'PageDown' && key !== 'PageUp') || (event.target as Element).matches('input, textarea')) {
    return;
  }
  const current = event
    .composedPath()
    .find((node): node is HTMLElement => node instanceof HTMLElement && node.matches('article.post'));
  if (!current) return;
  let target: HTMLElement | undefined;
  if (leave) {
    const list = event.currentTarget as HTMLElement;
    // Following (4) or preceding (2) the list, and not inside it (16).
    const outside = [...root.querySelectorAll<HTMLElement>('a[href],button,input,textarea')].filter(
      (node) => (list.compareDocumentPosition(node) & 22) === (key === 'End' ? 4 : 2) && node.checkVisibility(),
    );
    target = key === 'End' ? outside[0] : outside.at(-1);
  } else {
    const articles = [...root.querySelectorAll<HTMLElement>('[role="feed"] > article.post')];
    target = articles[articles.indexOf(current) + (key === 'PageDown' ? 1 : -1)];
  }
  if (!target) return;
  event.preventDefault();
  target.focus();
}
