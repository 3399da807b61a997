import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, screenshot, seriousA11yViolations, serveRenderer, visible } from './harness';

let server: Awaited<ReturnType<typeof serveRenderer>>;

beforeAll(async () => {
  server = await serveRenderer();
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

/** axe on the settled page: toasts fade in with partial opacity, which axe reads as low contrast. */
async function expectAxeClean(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.locator('.fui-Toast').count(), { timeout: 15_000 }).toBe(0);
  expect(await seriousA11yViolations(page), label).toEqual([]);
}

describe('meetings: stakeholders, a meeting with a follow-up action, open actions and search', () => {
  it('logs a meeting with the police and follows up its action', async () => {
    const app = await launchApp(server.url);
    const { page } = app;

    // A staff member of the centre, to take part.
    await page.getByTestId('nav-staffing').click();
    await page.getByRole('tab', { name: 'Medarbejdere' }).click();
    await page.getByRole('button', { name: 'Ny medarbejder' }).click();
    const staffDialog = page.getByRole('dialog');
    await staffDialog.getByLabel('Navn').fill('Per Larsen');
    await staffDialog.getByLabel('Forvaltning').selectOption('ØKF');
    await staffDialog.getByLabel('Timer pr. uge').fill('10');
    await staffDialog.getByRole('button', { name: 'Gem' }).click();
    await staffDialog.waitFor({ state: 'detached' });

    // A milestone of the process, for the meeting to point to.
    await page.getByRole('tab', { name: 'Proces' }).click();
    await page.getByRole('button', { name: 'Ny milepæl' }).click();
    const milestone = page.getByRole('dialog');
    await milestone.getByLabel('Titel').fill('Møde i Økonomiudvalget');
    await milestone.getByLabel('Type').selectOption({ label: 'Udvalgsmøde' });
    await milestone.getByLabel('Dato (eller første dag)').fill('2010-04-13');
    await milestone.getByRole('button', { name: 'Gem' }).click();
    await milestone.waitFor({ state: 'detached' });

    await page.getByTestId('nav-meetings').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Møder' }));
    await visible(page.getByRole('heading', { name: 'Møder og interessenter' }));
    await expectAxeClean(page, 'axe: empty meetings');

    // Organisations and a contact with a role.
    await page.getByRole('tab', { name: 'Organisationer og kontakter' }).click();
    await page.getByRole('button', { name: 'Tilføj de typiske samarbejdspartnere' }).click();
    await visible(page.getByRole('rowheader', { name: 'SSP København' }));
    await page.getByRole('button', { name: 'Ny kontaktperson' }).click();
    const contact = page.getByRole('dialog');
    await contact.getByLabel('Navn').fill('Jens Hansen');
    await contact.getByLabel('Organisation').selectOption({ label: 'Københavns Politi' });
    await contact.getByLabel('Rolle').fill('Politikommissær');
    await contact.getByLabel('E-mail').fill('ikke-en-adresse');
    await contact.getByRole('button', { name: 'Gem' }).click();
    await visible(contact.getByText('E-mailadressen er ikke gyldig.'));
    await contact.getByLabel('E-mail').fill('jens.hansen@politi.dk');
    await contact.getByRole('button', { name: 'Gem' }).click();
    await contact.waitFor({ state: 'detached' });
    await visible(page.getByRole('rowheader', { name: 'Jens Hansen' }));
    // The police keep their contact: removing the organisation is refused, in Danish.
    await page.getByRole('button', { name: 'Fjern Københavns Politi' }).click();
    await visible(page.getByText('Københavns Politi har 1 kontaktperson. Flyt eller fjern den først.'));
    await visible(page.getByRole('rowheader', { name: 'Københavns Politi' }));
    await expectAxeClean(page, 'axe: contacts');

    // A meeting: a bad time range is refused in Danish, then the meeting is created.
    await page.getByRole('tab', { name: 'Alle møder' }).click();
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Titel').fill('Møde med Københavns Politi om Hotspot');
    await create.getByLabel('Dato').fill('2010-02-09');
    await create.getByLabel('Fra kl.').fill('11:30');
    await create.getByLabel('Til kl.').fill('10:00');
    await create.getByRole('button', { name: 'Opret møde' }).click();
    await visible(create.getByText('Mødet slutter, før det begynder.'));
    await create.getByLabel('Fra kl.').fill('10:00');
    await create.getByLabel('Til kl.').fill('11:30');
    await create.getByLabel('Sted').fill('Rådhuset, lokale 12');
    await create.getByRole('button', { name: 'Opret møde' }).click();
    await create.waitFor({ state: 'detached' });

    await visible(
      page.getByRole('heading', { name: /Møde med Københavns Politi om Hotspot – tirsdag 9\. februar 2010/ }),
    );
    await page.getByRole('checkbox', { name: 'Per Larsen' }).check();
    await page.getByRole('checkbox', { name: 'Jens Hansen (Politikommissær)' }).check();
    await page
      .getByRole('textbox', { name: 'Dagsorden', exact: true })
      .fill('1. Hotspot-indsatsen på Nørrebro\n2. Fælles kortlægning');
    await page.getByRole('textbox', { name: 'Noter', exact: true }).fill('Politiet deler data om uro i bydelene.');
    await page.getByRole('textbox', { name: 'Beslutninger', exact: true }).fill('Kortlægningen sendes til politiet.');
    await page.getByRole('checkbox', { name: 'Møde i Økonomiudvalget (13-04-2010)' }).check();
    await page.getByRole('button', { name: 'Gem møde' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Gem møde' }).isDisabled()).toBe(true);

    await page.getByRole('textbox', { name: 'Punkt', exact: true }).fill('Send kortlægning af indsatser til politiet');
    await page.getByRole('combobox', { name: 'Ansvarlig' }).selectOption({ label: 'Jens Hansen' });
    await page.getByLabel('Frist', { exact: true }).fill('2010-02-16');
    await page.getByRole('button', { name: 'Tilføj punkt' }).click();
    const actions = page.getByRole('table', { name: 'Opfølgningspunkter' });
    const action = actions.getByRole('row', { name: /Send kortlægning/ });
    await visible(action);
    expect(await action.textContent()).toContain('Jens Hansen');
    expect(await action.textContent()).toContain('16. februar 2010');
    await expectAxeClean(page, 'axe: meeting');
    await page.getByRole('heading', { name: 'Deltagere' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'meetings-meeting');
    await page.getByRole('heading', { name: 'Opfølgningspunkter' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'meetings-meeting-actions');

    // The meeting survives a reload (IndexedDB), with its participants.
    await app.reload();
    await visible(page.getByRole('checkbox', { name: 'Jens Hansen (Politikommissær)' }));
    expect(await page.getByRole('checkbox', { name: 'Jens Hansen (Politikommissær)' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Beslutninger', exact: true }).inputValue()).toBe(
      'Kortlægningen sendes til politiet.',
    );

    // Every edit went through the change recorder: field operations exist for sync and history.
    const recorded = await page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve, reject) => {
          const open = indexedDB.open('sikker-by-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('ops').objectStore('ops').getAll();
            all.onsuccess = () => {
              const counts: Record<string, number> = {};
              for (const op of all.result as { table: string }[]) counts[op.table] = (counts[op.table] ?? 0) + 1;
              open.result.close();
              resolve(counts);
            };
          };
        }),
    );
    expect(recorded.meetings).toBeGreaterThan(5);
    expect(recorded.meetingActions).toBeGreaterThanOrEqual(4);
    expect(recorded.contacts).toBeGreaterThanOrEqual(5);
    expect(recorded.organisations).toBeGreaterThanOrEqual(5);
    expect(recorded.staff).toBeGreaterThanOrEqual(4);

    // Open actions across meetings, the overdue marked; marking it done empties the list.
    await page.getByRole('tab', { name: 'Åbne opfølgningspunkter' }).click();
    const open = page.getByRole('table', { name: 'Åbne opfølgningspunkter på tværs af møder' });
    const row = open.getByRole('row', { name: /Send kortlægning/ });
    await visible(row);
    expect(await row.textContent()).toContain('Overskredet');
    expect(await row.textContent()).toContain('Møde med Københavns Politi om Hotspot');
    await expectAxeClean(page, 'axe: open actions');
    await screenshot(page, 'meetings-open-actions');
    await row.getByLabel('Status for Send kortlægning af indsatser til politiet').selectOption({ label: 'Udført' });
    await visible(page.getByRole('heading', { name: 'Ingen åbne opfølgningspunkter' }));

    // Search finds the meeting by its notes and by the police contact, not by a stranger's name.
    await page.getByRole('tab', { name: 'Alle møder' }).click();
    const search = page.getByLabel('Søg i møder');
    await search.fill('uro bydelene');
    await visible(page.getByText('1 møde', { exact: true }));
    await search.fill('jens');
    await visible(page.getByRole('rowheader', { name: 'Møde med Københavns Politi om Hotspot' }));
    await search.fill('Aarhus');
    await visible(page.getByText('0 møder', { exact: true }));
    await expectAxeClean(page, 'axe: meeting list');

    // The timeline shows the meeting under its milestone, and leads back to it.
    await page.getByTestId('nav-staffing').click();
    await page.getByRole('tab', { name: 'Proces' }).click();
    await page.getByRole('button', { name: 'Møde: Møde med Københavns Politi om Hotspot (9. februar 2010)' }).click();
    await visible(page.getByRole('heading', { name: /Møde med Københavns Politi om Hotspot – tirsdag/ }));
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
