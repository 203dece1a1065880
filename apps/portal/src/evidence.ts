import { EVIDENCE_MAX_MB, evidenceFault } from '@huiqi/ui/evidence';
import type { Ref } from 'vue';
import { useLocale } from './locales/index.js';

/**
 * The evidence upload of a portal page (el-upload's hooks): a file of the wrong type or size is
 * refused before it is sent, and the server's refusal of one is shown in the reader's language,
 * both in the page's one message (`error`).
 */
export function useEvidenceUpload(error: Ref<string>) {
  const { t, L } = useLocale();
  function beforeUpload(file: File) {
    error.value = '';
    const fault = evidenceFault(file);
    if (fault === 'type') error.value = t('claims.badType');
    if (fault === 'size') error.value = t('claims.tooBig', { mb: EVIDENCE_MAX_MB });
    return !fault;
  }
  function uploadFailed(e: Error) {
    try {
      error.value = L(JSON.parse(e.message).error);
    } catch {
      error.value = e.message;
    }
  }
  return { beforeUpload, uploadFailed };
}
