/**
 * Waits until an expression is true in the page, by asking it again and again. Not `waitForFunction`: that
 * evaluates the text inside the page, which the portal's Content-Security-Policy (no eval) refuses; a
 * driver's own evaluate is not the page's script and is allowed.
 */
export async function waitUntil(
  page: { evaluate(expression: string): Promise<unknown> },
  expression: string,
  { timeoutMs = 30_000, everyMs = 20 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
