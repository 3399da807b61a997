import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../db/repository';

/**
 * Per-field validation messages of a form: filled from a repository's
 * ValidationError (translation keys) or set directly for input that could not be parsed.
 */
export function useFieldErrors() {
  const { t } = useTranslation('followup');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const message = useCallback((field: string) => errors[field], [errors]);
  return {
    errors,
    message,
    clear: () => setErrors({}),
    set: (field: string, key: string) => setErrors((prev) => ({ ...prev, [field]: t(`validation.${key}`) })),
    /** Show a ValidationError on its fields; returns false for any other error (the caller notifies). */
    take(error: unknown): boolean {
      const fieldErrors = fieldErrorsOf(error);
      if (!fieldErrors) return false;
      const next: Record<string, string> = {};
      for (const [field, key] of Object.entries(fieldErrors)) {
        next[field] = t(`validation.${key}`, { defaultValue: t('validation.invalid') });
      }
      setErrors(next);
      return true;
    },
  };
}
