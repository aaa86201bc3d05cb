/**
 * How a person operates the page. `keyboardOnly` never touches the mouse: it reaches every
 * control with Tab (and arrow keys inside a radio group), activates with Enter or Space, and
 * checks that each element focused on the way shows where the focus is. `pointer` clicks, or
 * taps on a touch screen.
 */
import type { Locator, Page } from "playwright-core";

export interface Hands {
  /** Follow a link or press a button. */
  activate(target: Locator): Promise<void>;
  /** Replace the text of a field. */
  type(target: Locator, text: string): Promise<void>;
  /** Choose a radio button or tick a checkbox. */
  choose(target: Locator): Promise<void>;
}

const MAX_TABS = 150;

/** What has the focus, and whether it is visibly marked (outline or shadow, on screen). */
function describeFocus() {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return { label: "body", visible: false };
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  const shadowed = style.boxShadow !== "none";
  const onScreen = rect.width > 0 && rect.height > 0;
  const text = (element.getAttribute("aria-label") || element.textContent || "").trim().slice(0, 40);
  const label = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}> ${text}`;
  return { label, visible: (outlined || shadowed) && onScreen };
}

export function keyboardOnly(page: Page, problems: string[]): Hands {
  /**
   * Presses `key` until `target` has the focus; every stop on the way must show the focus. Tab
   * goes backwards (Shift+Tab) when the target comes before the focus, as a person would do.
   */
  async function focusBy(key: "Tab" | "ArrowDown", target: Locator, max = MAX_TABS) {
    const backwards =
      key === "Tab" &&
      (await target.first().evaluate((element) => {
        const focused = document.activeElement;
        if (!focused || focused === document.body) return false;
        return Boolean(focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
      }));
    const press = backwards ? "Shift+Tab" : key;
    for (let presses = 0; presses < max; presses++) {
      await page.keyboard.press(press);
      const focus = await page.evaluate(describeFocus);
      if (!focus.visible) problems.push(`keyboard: focus not visible on ${page.url()}: ${focus.label}`);
      const reached = await target.evaluateAll((elements) => elements.includes(document.activeElement as HTMLElement));
      if (reached) return;
    }
    throw new Error(`${press} did not reach ${target.toString()} on ${page.url()} within ${max} presses`);
  }
  const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement);
  return {
    async activate(target) {
      await focusBy("Tab", target);
      await page.keyboard.press("Enter");
    },
    async type(target, text) {
      await focusBy("Tab", target);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("Delete");
      await page.keyboard.type(text);
    },
    async choose(target) {
      const name = await target.getAttribute("name");
      if ((await target.getAttribute("type")) === "radio" && name) {
        // Tab enters a radio group once; the arrow keys move (and select) within it.
        const group = target.page().locator(`input[type="radio"][name="${name}"]`);
        await focusBy("Tab", group);
        if (!(await hasFocus(target))) await focusBy("ArrowDown", target, await group.count());
      } else {
        await focusBy("Tab", target);
      }
      if (!(await target.isChecked())) await page.keyboard.press("Space");
    },
  };
}

export function pointer(page: Page, { touch }: { touch: boolean }): Hands {
  const press = (target: Locator) => (touch ? target.tap() : target.click());
  return {
    activate: press,
    async type(target, text) {
      await press(target);
      await target.fill(text);
    },
    async choose(target) {
      await press(target);
    },
  };
}
