/**
 * Builds an element from properties and children. Text goes in as text nodes or `textContent`, never as
 * markup: pasted and indexed text cannot become HTML on any page.
 */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
