import { createHash } from 'node:crypto';
import { allowInlineScripts } from './web-delivery';

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = "default-src 'self';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'";

describe('allowInlineScripts', () => {
  it("should allow each inline script of the page by its hash, and nothing else's", () => {
    const html =
      '<head><script type="text/javascript" id="contract">var a=1;</script></head>' +
      '<body><script>boot(document.body);</script><script src="main.js" type="module"></script>' +
      '<script id="ng-state" type="application/json">{"x":1}</script>' +
      '<script type="application/ld+json">{"@type":"JobPosting"}</script></body>';
    const policy = allowInlineScripts(POLICY, html);
    expect(policy).toBe(
      `default-src 'self';script-src 'self' ${sha('var a=1;')} ${sha('boot(document.body);')};` +
        "script-src-attr 'none';style-src 'self' 'unsafe-inline'",
    );
    expect(policy).not.toContain(sha('{"x":1}'));
  });

  it('should leave the policy as it is for a page without inline scripts', () => {
    expect(allowInlineScripts(POLICY, '<script src="main.js"></script><p>hi</p>')).toBe(POLICY);
  });
});
