import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, isAppUrl, restoreBounds } from './window-options';

describe('isAppUrl', () => {
  it('allows only the packaged page or the dev server', () => {
    expect(isAppUrl('file:///opt/Sikker%20By%20Desk/resources/app.asar/out/renderer/index.html', undefined)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/initiatives', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('https://evil.example/index.html', undefined)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', undefined)).toBe(false);
  });
});

describe('restoreBounds', () => {
  const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('keeps a window on a screen that still exists', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: false }, laptop)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
  it('drops the position of a window left on an unplugged monitor', () => {
    const restored = restoreBounds({ x: 2500, y: 100, width: 1200, height: 800, maximized: true }, laptop);
    expect(restored).toEqual({ width: 1200, height: 800, maximized: true });
  });
  it('uses defaults on first start and clamps absurd sizes', () => {
    expect(restoreBounds(undefined, laptop)).toBe(DEFAULT_BOUNDS);
    expect(restoreBounds({ width: 10, height: 99999, maximized: false }, laptop)).toMatchObject({
      width: 800,
      height: 3000,
    });
  });
});
