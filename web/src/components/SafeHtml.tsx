import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/**
 * HTML mail, shown the safe way (spec/messages.md): sanitised with DOMPurify, inside an
 * <iframe srcdoc> sandbox without allow-scripts, under a CSP that forbids everything but inline
 * styles and embedded images. Remote images (tracking pixels) load only when the user allows
 * them for this message.
 */
export function SafeHtml({
  html,
  allowRemoteImages,
  title,
}: {
  html: string;
  allowRemoteImages: boolean;
  title: string;
}) {
  const srcdoc = useMemo(() => {
    const clean = DOMPurify.sanitize(html, {
      WHOLE_DOCUMENT: false,
      FORBID_TAGS: [
        'style',
        'form',
        'input',
        'button',
        'textarea',
        'select',
        'meta',
        'link',
        'base',
      ],
      FORBID_ATTR: ['srcset', 'ping', 'action', 'formaction', 'background'],
    });
    const img = allowRemoteImages ? 'data: https: http:' : 'data:';
    const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src ${img}; font-src 'none'; form-action 'none'`;
    return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><base target="_blank"></head><body>${clean}</body></html>`;
  }, [html, allowRemoteImages]);
  return (
    <iframe
      className="mail-frame"
      title={title}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      srcDoc={srcdoc}
      referrerPolicy="no-referrer"
    />
  );
}
