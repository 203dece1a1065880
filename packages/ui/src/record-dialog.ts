import type { HuiqiClient } from '@huiqi/api-client';
import type { RecordKind } from '@huiqi/domain';
import { useSharedLocale } from '@huiqi/locales/vue-i18n';
import { reactive } from 'vue';
import { checkRecord, fieldErrors } from './record-errors.js';
import { useAction } from './use-action.js';

export type RecordDialogMode = 'new' | 'amend' | 'close';

/** What the dialog reads of a listed record. */
export interface RecordDialogRow {
  id: string;
  data: Record<string, unknown>;
  closedAt?: string | null;
  enterpriseId?: string | null;
}

/** The dialog's state when it opens on that record (or empty, for a new one). */
export function recordDialogState(mode: RecordDialogMode, r?: RecordDialogRow) {
  return {
    open: true,
    mode,
    id: r?.id ?? '',
    /** Amending a closed record: its closing fields stay required, as the API checks them. */
    closed: Boolean(r?.closedAt),
    enterpriseId: r?.enterpriseId ?? '',
    data: { ...(r?.data ?? {}) },
    errors: {} as Record<string, string>,
  };
}

/**
 * The form of a record kept under a provision, as the portal's and the console's records pages
 * show it: a new record, an amendment or closing. It is checked with the domain's validator first
 * (the one the API enforces), and an API refusal is shown at its fields; `saved` runs after.
 */
export function useRecordDialog(
  api: HuiqiClient,
  kind: () => RecordKind | null | undefined,
  saved: () => Promise<unknown>,
) {
  const { locale } = useSharedLocale();
  const dialog = reactive({ ...recordDialogState('new'), open: false });
  const open = (mode: RecordDialogMode, r?: RecordDialogRow) =>
    Object.assign(dialog, recordDialogState(mode, r));
  const { busy, error, run } = useAction();
  const save = () =>
    run(async () => {
      const k = kind();
      if (!k) return;
      const checked = checkRecord(k, dialog.data, locale.value, dialog.mode === 'close' || dialog.closed);
      dialog.errors = checked.errors ?? {};
      if (!checked.data) return;
      try {
        if (dialog.mode === 'new')
          await api.records.create({
            kind: k.id,
            // An official records an enterprise's fact for the enterprise chosen; an enterprise, its own.
            ...(k.subject === 'enterprise' && dialog.enterpriseId
              ? { enterpriseId: dialog.enterpriseId }
              : {}),
            clientId: crypto.randomUUID(),
            data: checked.data,
          });
        else if (dialog.mode === 'close') await api.records.close(dialog.id, { data: checked.data });
        else await api.records.amend(dialog.id, { data: checked.data });
      } catch (e) {
        dialog.errors = fieldErrors(e, locale.value) ?? {};
        throw e;
      }
      dialog.open = false;
      await saved();
    });
  return { dialog, open, save, busy, error };
}
