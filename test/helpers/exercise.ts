// Drives a rendered page the way a curious student would, without knowing the page: types into
// every input and text area, then taps every element. Used by the privacy scan to run the app's
// flows generically, so pages added later are exercised too.
import { simulate, type Node, type Rendered } from './render';

interface WxDomElement extends Element {
  __wxElement?: unknown;
}

type NodeConstructor = new (exparserNode: unknown) => Node;

/** j-component's node wrapper class, taken from the rendered page (it is not exported). */
function nodeClass(page: Rendered): NodeConstructor {
  const rootClass = Object.getPrototypeOf(page) as object;
  return (Object.getPrototypeOf(rootClass) as { constructor: NodeConstructor }).constructor;
}

function wrap(page: Rendered, element: Element): Node | undefined {
  const wxElement = (element as WxDomElement).__wxElement;
  if (wxElement === undefined) return undefined;
  const Wrapper = nodeClass(page);
  return new Wrapper(wxElement);
}

/** Types `value` into every input and text area on the page (inside components too). */
export async function typeEverywhere(page: Rendered, value: string): Promise<number> {
  const fields: Element[] = Array.from(page.dom?.querySelectorAll('wx-input, wx-textarea') ?? []);
  for (const field of fields) {
    const node = wrap(page, field);
    if (!node) continue;
    for (const event of ['focus', 'input', 'change', 'blur', 'confirm']) {
      node.dispatchEvent(event, { detail: { value, cursor: value.length, keyCode: 0 } });
    }
    await simulate.sleep(0);
  }
  return fields.length;
}

/** Taps every element on the page once, in document order. */
export async function tapEverything(page: Rendered): Promise<number> {
  const elements: Element[] = Array.from(page.dom?.querySelectorAll('*') ?? []);
  let tapped = 0;
  for (const element of elements) {
    if (!page.dom?.contains(element)) continue;
    const node = wrap(page, element);
    if (!node) continue;
    node.dispatchEvent('tap');
    tapped += 1;
  }
  await simulate.sleep(0);
  return tapped;
}
