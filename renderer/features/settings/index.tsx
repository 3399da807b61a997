import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceLabel } from '../../../shared/domain/reference-lists';
import type { SettingsPatch } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { call } from '../../ipc';
import { useNotify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { SyncSettings } from '../sync/index';
import { ReferenceListsEditor } from './ReferenceListsEditor';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '640px' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

type ShareCheck = { reachable: boolean; writable: boolean; reason?: string | undefined } | null;

export function SettingsSection() {
  const { t, i18n } = useTranslation('settings');
  const styles = useStyles();
  const { settings, updateSettings, db } = useServices();
  const notify = useNotify();
  const [name, setName] = useState(settings.userName);
  const [shareCheck, setShareCheck] = useState<ShareCheck>(null);
  const [version, setVersion] = useState('');
  const language = i18n.language === 'en' ? 'en' : 'da';
  const departments =
    useLiveQuery(() => db.referenceItems.where('kind').equals('department').sortBy('sortOrder'), [db]) ?? [];

  useEffect(() => {
    void call('appInfo').then((info) => setVersion(info.version));
  }, []);
  useEffect(() => {
    if (!settings.shareFolder) return setShareCheck(null);
    void call('checkShareFolder', { path: settings.shareFolder }).then(setShareCheck, () => setShareCheck(null));
  }, [settings.shareFolder]);

  async function save(patch: SettingsPatch) {
    try {
      await updateSettings(patch);
      // Read the text after the update: a language change must confirm in the new language.
      notify.success(i18n.t('settings:saved'));
    } catch (error) {
      notify.failure(i18n.t('settings:saveFailed'), error);
    }
  }

  async function chooseFolder() {
    const { path } = await call('chooseShareFolder');
    if (path) await save({ shareFolder: path });
  }

  const selectedDepartment = departments.find((d) => d.id === settings.homeDepartment);
  return (
    <>
      <PageHeader title={t('title')} />
      <div className={styles.form}>
        <fieldset className={styles.group}>
          <Subtitle2 as="h2">{t('user.heading')}</Subtitle2>
          <Field label={t('user.name')} hint={t('user.nameHint')}>
            <Input
              value={name}
              onChange={(_, data) => setName(data.value)}
              onBlur={() => name !== settings.userName && void save({ userName: name.trim() })}
              autoComplete="name"
            />
          </Field>
          <Field label={t('user.department')}>
            <Dropdown
              placeholder={t('user.departmentPlaceholder')}
              value={selectedDepartment ? referenceLabel(selectedDepartment, language) : ''}
              selectedOptions={settings.homeDepartment ? [settings.homeDepartment] : []}
              onOptionSelect={(_, data) => data.optionValue && void save({ homeDepartment: data.optionValue })}
            >
              {departments.map((d) => (
                <Option key={d.id} value={d.id} text={referenceLabel(d, language)}>
                  {`${d.code} · ${referenceLabel(d, language)}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t('user.language')}>
            <RadioGroup
              value={settings.language}
              layout="horizontal"
              onChange={(_, data) => void save({ language: data.value as 'da' | 'en' })}
            >
              <Radio value="da" label={t('user.languages.da')} lang="da" />
              <Radio value="en" label={t('user.languages.en')} lang="en" />
            </RadioGroup>
          </Field>
        </fieldset>

        <fieldset className={styles.group}>
          <Subtitle2 as="h2">{t('share.heading')}</Subtitle2>
          <Field label={t('share.folder')}>
            {settings.shareFolder ? (
              <span className={styles.path} data-testid="share-folder">
                {settings.shareFolder}
              </span>
            ) : (
              <span>{t('share.none')}</span>
            )}
          </Field>
          {shareCheck && (
            <MessageBar intent={shareCheck.writable ? 'success' : 'warning'}>
              <MessageBarBody>
                {shareCheck.writable
                  ? t('share.reachable')
                  : shareCheck.reason === 'read-only'
                    ? t('share.readOnly')
                    : shareCheck.reason === 'not-a-folder'
                      ? t('share.notAFolder')
                      : t('share.unreachable')}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button icon={<FolderOpenRegular />} onClick={() => void chooseFolder()}>
              {t('share.choose')}
            </Button>
            {settings.shareFolder && <Button onClick={() => void save({ shareFolder: '' })}>{t('share.clear')}</Button>}
          </div>
        </fieldset>

        <SyncSettings />
        <fieldset className={styles.group}>
          <Subtitle2 as="h2">{t('centre.heading')}</Subtitle2>
          <Field label={t('centre.desks')}>
            <SpinButton
              value={settings.deskCount}
              min={0}
              max={500}
              onChange={(_, data) => {
                const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
                if (Number.isInteger(value) && value !== settings.deskCount) void save({ deskCount: value });
              }}
            />
          </Field>
        </fieldset>

        <fieldset className={styles.group}>
          <Subtitle2 as="h2">{t('device.heading')}</Subtitle2>
          <Field label={t('device.id')}>
            <span className={styles.path}>{settings.deviceId}</span>
          </Field>
          <Field label={t('device.version')}>
            <span>{version}</span>
          </Field>
        </fieldset>
      </div>
      <ReferenceListsEditor />
    </>
  );
}
