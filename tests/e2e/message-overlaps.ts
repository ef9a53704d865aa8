// Measures a room's messages as laid out: the rectangles of each message's words (a Range's client
// rects over its text: author line, cover, content warning, body, reaction counts) against the
// rectangles of its controls (menu, reactions, show and cover again), and anything wider than the
// screen. Run in the page; returns what is wrong, in words, so a failure says where.
import type { Page } from "@playwright/test";

export interface Layout {
  /** "Ada's message: 'it has been a long' lies under 'Actions for Ada's message at 14:02'". */
  overlaps: string[];
  /** Words or boxes past the screen's edge, and whether the page scrolls sideways. */
  tooWide: string[];
  /** Controls smaller than 44 × 44 px. */
  small: string[];
  /** How much was measured, so that a test cannot pass on an empty page. */
  messages: number;
  textRects: number;
  controls: number;
}

export function measureMessages(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    // Links inside a message or a note are words, read with the rest; controls are what a person presses.
    const controlSelector = 'button, [role="button"], input, textarea, select';
    const screenWidth = document.documentElement.clientWidth;
    const layout = {
      overlaps: [] as string[],
      tooWide: [] as string[],
      small: [] as string[],
      messages: 0,
      textRects: 0,
      controls: 0,
    };
    const shown = (element: Element) =>
      element.checkVisibility() && element.getBoundingClientRect().width > 0 && !element.closest(".sr-only");
    // Overlapping by more than a rounding error: half a pixel either way.
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const outside = (rect: DOMRect) => rect.left < -0.5 || rect.right > screenWidth + 0.5;

    for (const article of document.querySelectorAll('[role="log"] article')) {
      layout.messages += 1;
      const which = article.getAttribute("aria-label") ?? "a message";
      const controls = [...article.querySelectorAll(controlSelector)].filter(shown);
      layout.controls += controls.length;
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        const name = control.getAttribute("aria-label") ?? control.textContent?.trim() ?? "a control";
        if (box.width < 43.5 || box.height < 43.5)
          layout.small.push(`${which}: '${name}' is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
        if (outside(box)) layout.tooWide.push(`${which}: '${name}' goes past the screen's edge`);
      }
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const words = node.textContent?.trim() ?? "";
        if (!parent || !words || !shown(parent)) continue;
        // A control's own label is the control, not words it covers.
        if (parent.closest(controlSelector)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          layout.textRects += 1;
          if (outside(rect))
            layout.tooWide.push(`${which}: '${words.slice(0, 40)}' goes past the screen's edge`);
          for (const control of controls) {
            if (!overlap(rect, control.getBoundingClientRect())) continue;
            const name = control.getAttribute("aria-label") ?? control.textContent?.trim();
            layout.overlaps.push(`${which}: a line of '${words.slice(0, 60)}' lies under '${name}'`);
          }
        }
      }
    }
    // Nothing on the page is wider than the screen, and the page never scrolls sideways.
    if (document.documentElement.scrollWidth > screenWidth)
      layout.tooWide.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const element of document.querySelectorAll("main *")) {
      if (!shown(element)) continue;
      const rect = element.getBoundingClientRect();
      if (outside(rect)) {
        const what = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40);
        layout.tooWide.push(
          `<${element.tagName.toLowerCase()}> '${what}' reaches ${Math.round(rect.left)}–${Math.round(rect.right)} px`,
        );
      }
    }
    return layout;
  });
}
