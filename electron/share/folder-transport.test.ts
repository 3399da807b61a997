import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShareFileExistsError, ShareUnavailableError } from '../../shared/sync/transport';
import { folderTransport, SYNC_DIR } from './folder-transport';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('folder transport', () => {
  it('writes a name once, leaves no temporary file and gives the server time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csb-folder-'));
    const share = folderTransport(dir);
    expect(await share.list('log')).toEqual([]);
    const before = Date.now();
    const { serverTimeMs } = await share.writeOnce('log', 'a.seg', bytes('first'));
    expect(serverTimeMs).toBeGreaterThan(before - 5_000);
    await expect(share.writeOnce('log', 'a.seg', bytes('second'))).rejects.toBeInstanceOf(ShareFileExistsError);
    expect(new TextDecoder().decode(await share.read('log', 'a.seg'))).toBe('first');
    expect(readdirSync(join(dir, SYNC_DIR, 'log'))).toEqual(['a.seg']);
  });

  it('tells an unreachable share from an empty one, and refuses names that leave the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csb-folder-'));
    rmSync(dir, { recursive: true });
    const share = folderTransport(dir);
    await expect(share.list('log')).rejects.toBeInstanceOf(ShareUnavailableError);
    await expect(share.writeOnce('log', 'a.seg', bytes('x'))).rejects.toBeInstanceOf(ShareUnavailableError);
    const here = folderTransport(mkdtempSync(join(tmpdir(), 'csb-folder-')));
    await expect(here.read('log', '../../etc/passwd')).rejects.toThrow(/Unsafe/);
    await expect(here.writeOnce('log', '.hidden', bytes('x'))).rejects.toThrow(/Unsafe/);
  });
});
