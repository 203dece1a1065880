/**
 * Asks before a step that cannot be taken back (withdraw, approve, reject, clawback): the dialog
 * says what will happen, with the amount where there is one. Resolves true when confirmed.
 * Element Plus's message box and its styles load on first use only (they are in no first load).
 */
export async function confirmStep(o: {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
  danger?: boolean;
}): Promise<boolean> {
  const [{ ElMessageBox }] = await Promise.all([
    import('element-plus/es/components/message-box/index.mjs'),
    import('element-plus/theme-chalk/el-overlay.css'),
    import('element-plus/theme-chalk/el-message-box.css'),
  ]);
  try {
    await ElMessageBox.confirm(o.message, o.title, {
      confirmButtonText: o.confirm,
      cancelButtonText: o.cancel,
      type: o.danger ? 'warning' : 'info',
      // Tests and people find the buttons by these names.
      confirmButtonClass: 'hq-confirm',
      cancelButtonClass: 'hq-cancel',
      autofocus: false,
      distinguishCancelAndClose: false,
    });
    return true;
  } catch {
    return false;
  }
}
