// What Chromium's accessibility tree holds: the tree a screen reader is given, read through the
// DevTools protocol. Does not: assert anything.

/** The names of the accessibility tree's nodes of `role` (not those it marks ignored). */
export async function accessibleNames(page, role) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value);
}
