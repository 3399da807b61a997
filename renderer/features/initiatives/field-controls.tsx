import { Combobox, Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceKind } from '../../../shared/domain/reference-lists';
import type { ReferenceLookup } from './use-inventory';

/** How long typing may pause before the text is saved anyway (a crash then loses at most this). */
const SAVE_WHILE_TYPING_MS = 1200;

/**
 * A text field that edits a local draft and saves on leaving the field, or
 * after a pause in typing. A change arriving from elsewhere (sync, history
 * restore) replaces the draft unless the user is typing in it.
 */
export function TextField(props: {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  testId?: string;
}) {
  const [draft, setDraft] = useState(props.value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const committed = useRef(props.value);

  useEffect(() => {
    committed.current = props.value;
    if (!focused.current) setDraft(props.value);
  }, [props.value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function commit(text: string) {
    clearTimeout(timer.current);
    if (text !== committed.current) {
      committed.current = text;
      props.onCommit(text);
    }
  }
  function change(text: string) {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(text), SAVE_WHILE_TYPING_MS);
  }
  const common = {
    value: draft,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      commit(draft);
    },
    'data-testid': props.testId,
  };
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={props.error}
      validationState={props.error ? 'error' : 'none'}
    >
      {props.multiline ? (
        <Textarea {...common} resize="vertical" rows={3} onChange={(_, data) => change(data.value)} />
      ) : (
        <Input {...common} onChange={(_, data) => change(data.value)} />
      )}
    </Field>
  );
}

/** Choose one or several items of a reference list. */
export function ReferenceField(props: {
  label: string;
  kind: ReferenceKind;
  lookup: ReferenceLookup;
  value: string[];
  multiple?: boolean;
  required?: boolean;
  onCommit: (ids: string[]) => void;
  error?: string | undefined;
  testId?: string;
}) {
  const { t } = useTranslation('initiatives');
  const { lookup, kind, value } = props;
  const options = lookup.options(kind);
  // An archived item still in use stays visible and selectable.
  const extra = value.filter((id) => !options.some((o) => o.id === id));
  return (
    <Field
      label={props.label}
      required={props.required}
      validationMessage={props.error}
      validationState={props.error ? 'error' : 'none'}
    >
      <Dropdown
        multiselect={props.multiple}
        placeholder={props.multiple ? t('detail.chooseMany') : t('detail.chooseOne')}
        value={value.map((id) => lookup.label(kind, id)).join(', ')}
        selectedOptions={value}
        onOptionSelect={(_, data) =>
          props.onCommit(props.multiple ? data.selectedOptions : data.optionValue ? [data.optionValue] : [])
        }
        data-testid={props.testId}
      >
        {[...options.map((o) => o.id), ...extra].map((id) => (
          <Option key={id} value={id}>
            {lookup.label(kind, id)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** One of a fixed set of values, or none. */
export function ChoiceField(props: {
  label: string;
  value: string | null;
  choices: readonly { value: string; label: string }[];
  noneLabel: string;
  onCommit: (value: string | null) => void;
  testId?: string;
}) {
  const current = props.choices.find((c) => c.value === props.value);
  return (
    <Field label={props.label}>
      <Dropdown
        value={current?.label ?? props.noneLabel}
        selectedOptions={[props.value ?? '']}
        onOptionSelect={(_, data) => props.onCommit(data.optionValue ? data.optionValue : null)}
        data-testid={props.testId}
      >
        <Option value="">{props.noneLabel}</Option>
        {props.choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Free text with suggestions (the funding source list). */
export function SuggestField(props: {
  label: string;
  value: string;
  suggestions: string[];
  onCommit: (text: string) => void;
  error?: string | undefined;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  return (
    <Field label={props.label} validationMessage={props.error} validationState={props.error ? 'error' : 'none'}>
      <Combobox
        freeform
        value={draft}
        selectedOptions={props.suggestions.includes(draft) ? [draft] : []}
        onChange={(event) => setDraft(event.target.value)}
        onOptionSelect={(_, data) => {
          const text = data.optionText ?? '';
          setDraft(text);
          if (text !== props.value) props.onCommit(text);
        }}
        onBlur={() => draft !== props.value && props.onCommit(draft)}
      >
        {props.suggestions.map((s) => (
          <Option key={s}>{s}</Option>
        ))}
      </Combobox>
    </Field>
  );
}
