// The Content Security Policy of the renderer: only the app's own files, no
// inline scripts, inline <style> only with the per-load nonce (Mantine injects
// its CSS variables that way), nothing remote, no framing, no plugins.
import { randomBytes } from 'node:crypto';

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const placeholder = '__CSP_NONCE__';

/** Puts the nonce into index.html (a meta tag the renderer reads for Mantine). */
export function injectNonce(html: string, nonce: string): string {
  return html.split(placeholder).join(nonce);
}
