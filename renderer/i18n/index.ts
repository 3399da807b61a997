import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/settings';

/**
 * Translations live beside what they translate: renderer/ui/locales/{da,en}.json
 * is the "common" namespace, and each feature's locales/{da,en}.json is the
 * namespace named after its folder.
 */
const files = import.meta.glob<Record<string, unknown>>(['../ui/locales/*.json', '../features/*/locales/*.json'], {
  eager: true,
  import: 'default',
});

export function collectResources(): Record<Language, Record<string, Record<string, unknown>>> {
  const resources: Record<Language, Record<string, Record<string, unknown>>> = { da: {}, en: {} };
  for (const [path, messages] of Object.entries(files)) {
    const match = /\/(?:features\/([^/]+)|ui)\/locales\/(da|en)\.json$/.exec(path);
    if (!match) continue;
    const namespace = match[1] ?? 'common';
    resources[match[2] as Language][namespace] = messages;
  }
  return resources;
}

export async function initI18n(language: Language): Promise<I18n> {
  const resources = collectResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'da',
    defaultNS: 'common',
    ns: Object.keys(resources.da),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
