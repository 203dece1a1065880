import { useSharedLocale } from '@huiqi/locales/vue-i18n';
import { createAction } from './action.js';
import { errorText } from './session.js';

/**
 * The busy flag and the error message of a user action, in one place: `run(fn)` clears the error,
 * sets busy while fn runs, and shows an API error in the reader's language.
 */
export function useAction() {
  const { locale } = useSharedLocale();
  return createAction((e) => errorText(e, locale.value));
}
