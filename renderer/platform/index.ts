/** Pick the platform: the desktop bridge when the preload exposed it, the browser otherwise. */
import { createBrowserPlatform } from './browser.ts';
import { createDesktopPlatform, hasDesktopBridge } from './desktop.ts';
import type { Platform } from './types.ts';

export function detectPlatform(): Platform {
  return hasDesktopBridge() ? createDesktopPlatform(window.touchline!) : createBrowserPlatform();
}
