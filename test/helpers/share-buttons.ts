// The share buttons (open-type="share") a student can tap on a rendered page, with the dataset
// WeChat hands to onShareAppMessage as `target.dataset`. miniprogram-simulate does not copy
// open-type onto the DOM element, so the buttons are found in the rendered component tree it
// keeps (each node's template attributes and dataset), then tied to their DOM element.
import type { Node, Rendered } from './render';

interface TreeNode {
  readonly childNodes?: readonly TreeNode[];
  readonly shadowRoot?: TreeNode;
  readonly dataset?: Record<string, unknown>;
  readonly __domElement?: Element;
  readonly _vt?: { readonly attrs?: readonly { readonly name: string; readonly value: unknown }[] };
}

export interface ShareButton {
  /** What WeChat passes as target.dataset when the button is tapped. */
  readonly dataset: Readonly<Record<string, unknown>>;
  /** The button on the page (for its position and words). */
  readonly element: Element | undefined;
}

function treeOf(rendered: Rendered | Node): TreeNode | undefined {
  return (rendered as unknown as { _exparserNode?: TreeNode })._exparserNode;
}

function isShareButton(node: TreeNode): boolean {
  return (node._vt?.attrs ?? []).some(
    (attribute) =>
      (attribute.name === 'openType' || attribute.name === 'open-type') &&
      attribute.value === 'share',
  );
}

/** Every share button under the rendered page or component, in document order. */
export function shareButtonsOf(rendered: Rendered | Node): ShareButton[] {
  const found: ShareButton[] = [];
  const visit = (node: TreeNode | undefined): void => {
    if (!node) return;
    if (isShareButton(node)) {
      found.push({ dataset: { ...(node.dataset ?? {}) }, element: node.__domElement });
    }
    visit(node.shadowRoot);
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(treeOf(rendered));
  return found;
}
