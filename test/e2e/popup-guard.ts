// Opens every popup of a page by clicking (comboboxes, menus, popovers, disclosures) and checks that
// nothing but the popup itself covers the page: each heading on screen must still be the topmost
// element at its own position (document.elementFromPoint) while the popup is open — except where the
// popup's own surface lies over it — and must still take a real click once the popup is closed.
import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";

/** Whatever opens a popup or a disclosure; native <select>s open the browser's own list, not ours. */
export const POPUP_TRIGGERS = '[role="combobox"]:not(select), [aria-haspopup]:not(select):not([aria-haspopup="false"]), [aria-expanded]:not(select)';

interface HeadingCheck {
  checked: number;
  covered: string[];
}

/** Headings in the viewport that something else covers (outside the open popups' own surfaces). */
async function coveredHeadings(page: Page, within: string | null): Promise<HeadingCheck> {
  return page.evaluate((scopeSelector) => {
    const scope = scopeSelector ? document.querySelector(scopeSelector) : document.body;
    if (!scope) return { checked: 0, covered: [`no ${scopeSelector} on the page`] };
    // The popups' own surfaces: what a portal layer holds, not the layer itself.
    const overlays: DOMRect[] = [];
    for (const layer of document.querySelectorAll("[data-portal-node]")) {
      for (const el of layer.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden") overlays.push(r);
      }
    }
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const result = { checked: 0, covered: [] as string[] };
    // What of an element its scrolling or clipping ancestors let show: a heading scrolled out of its
    // pane is not on screen even where its box lies inside the window.
    const shownPart = (el: Element): DOMRect => {
      let { left, top, right, bottom } = el.getBoundingClientRect();
      for (let a = el.parentElement; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (!/(auto|scroll|hidden|clip)/.test(`${cs.overflowX} ${cs.overflowY}`)) continue;
        const ar = a.getBoundingClientRect();
        left = Math.max(left, ar.left);
        top = Math.max(top, ar.top);
        right = Math.min(right, ar.right);
        bottom = Math.min(bottom, ar.bottom);
      }
      return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    };
    for (const h of scope.querySelectorAll("h1, h2, h3, h4, h5, h6, [role='heading']")) {
      const r = shownPart(h);
      if (r.width < 2 || r.height < 2) continue;
      if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
      if (overlays.some((o) => overlaps(o, r))) continue;
      const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 20), 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      result.checked++;
      if (!top || !(h === top || h.contains(top))) {
        const what = top ? `${top.tagName.toLowerCase()}${top.getAttribute("data-portal-node") ? "[data-portal-node]" : ""}.${String(top.className).slice(0, 60)}` : "nothing";
        result.covered.push(`"${(h.textContent ?? "").trim().slice(0, 40)}" is under ${what}`);
      }
    }
    return result;
  }, within);
}

/** A real mouse click on the first heading on screen must reach that heading. */
async function headingTakesClick(page: Page, within: string | null): Promise<string | null> {
  const target = await page.evaluate((scopeSelector) => {
    const scope = scopeSelector ? document.querySelector(scopeSelector) : document.body;
    for (const h of scope?.querySelectorAll("h1, h2, h3, h4, h5, h6") ?? []) {
      const r = h.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) continue;
      const w = window as unknown as { __headingClicks: string[] };
      w.__headingClicks = [];
      h.setAttribute("data-click-probe", "true");
      document.addEventListener("click", (e) => w.__headingClicks.push(e.target instanceof Element && e.target.closest("[data-click-probe]") ? "heading" : "elsewhere"), { once: true, capture: true });
      return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, text: (h.textContent ?? "").trim().slice(0, 40) };
    }
    return null;
  }, within);
  if (!target) return null;
  await page.mouse.click(target.x, target.y);
  const clicks = await page.evaluate(() => {
    document.querySelector("[data-click-probe]")?.removeAttribute("data-click-probe");
    return (window as unknown as { __headingClicks: string[] }).__headingClicks;
  });
  return clicks[0] === "heading" ? null : `a click on "${target.text}" reached ${clicks[0] ?? "nothing"}`;
}

async function isOpen(trigger: Locator): Promise<boolean> {
  return (await trigger.getAttribute("aria-expanded").catch(() => null)) === "true";
}

export interface PopupGuardResult {
  /** How many visible, enabled triggers the page offered when the guard started. */
  found: number;
  /** What was clicked, as "label (role)". */
  clicked: string[];
  problems: string[];
}

/**
 * Clicks every popup trigger inside `within` (a CSS selector; the whole page when null), one at a
 * time, checks the headings while it is open and after it is closed again with Escape.
 */
export async function clickEveryPopup(page: Page, within: string | null = null): Promise<PopupGuardResult> {
  const triggers = page.locator(within ? `${within} :is(${POPUP_TRIGGERS})` : POPUP_TRIGGERS);
  const result: PopupGuardResult = { found: 0, clicked: [], problems: [] };
  const count = await triggers.count();
  for (let i = 0; i < count; i++) {
    const trigger = triggers.nth(i);
    if ((await trigger.isVisible()) && !(await trigger.isDisabled().catch(() => true))) result.found++;
  }
  for (let i = 0; i < count; i++) {
    const trigger = triggers.nth(i);
    if (!(await trigger.isVisible()) || (await trigger.isDisabled().catch(() => true))) continue;
    const label = `${(await trigger.getAttribute("aria-label")) ?? (await trigger.textContent())?.trim().slice(0, 30) ?? "?"} (${(await trigger.getAttribute("role")) ?? (await trigger.evaluate((e) => e.tagName.toLowerCase()))})`;
    const wasOpen = await isOpen(trigger);
    await trigger.click();
    // A popup opens on the click; a disclosure toggles. Either way, wait for the state to settle.
    await expect.poll(async () => (await isOpen(trigger)) !== wasOpen || (await page.locator("[data-portal-node] *").count()) > 0, { timeout: 3000 }).toBe(true).catch(() => undefined);
    result.clicked.push(label);
    // Disclosures animate open and shut: judge the page once the motion is over (or still covered).
    const settled = () => expect.poll(async () => (await coveredHeadings(page, within)).covered.length, { timeout: 2000 }).toBe(0).catch(() => undefined);
    await settled();
    const open = await coveredHeadings(page, within);
    result.problems.push(...open.covered.map((c) => `with ${label} open: ${c}`));
    if (await isOpen(trigger)) {
      await page.keyboard.press("Escape");
      // A disclosure stays open on Escape: close it the way it was opened.
      if ((await isOpen(trigger)) && !wasOpen && (await page.locator("[data-portal-node] *").count()) === 0) await trigger.click();
    }
    await expect.poll(() => page.locator("[data-portal-node] *").count(), { timeout: 3000 }).toBe(0).catch(() => undefined);
    await settled();
    const after = await coveredHeadings(page, within);
    result.problems.push(...after.covered.map((c) => `after ${label} closed: ${c}`));
    const click = await headingTakesClick(page, within);
    if (click) result.problems.push(`after ${label} closed: ${click}`);
  }
  return result;
}
