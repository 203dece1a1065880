import { ref, watch } from 'vue';

/**
 * The header's unread count: asked when someone signs in and every minute while
 * the page is visible (a message written by someone else shows within that minute); the centre
 * sets it from its own answers.
 */
export function createUnread(
  ask: () => Promise<{ unread: number }>,
  session: { me: { user: { id: string } } | null },
  everyMs = 60_000,
) {
  const count = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  async function refresh() {
    try {
      count.value = (await ask()).unread;
    } catch {
      // Signed out, or offline: the badge keeps what it showed; the next ask corrects it.
    }
  }
  // refresh never rejects: a failed ask keeps the badge as it was.
  function start() {
    void refresh();
    timer ??= setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, everyMs);
  }
  function stop() {
    clearInterval(timer);
    timer = undefined;
    count.value = 0;
  }
  watch(
    () => session.me?.user.id,
    (id) => (id ? start() : stop()),
    { immediate: true },
  );
  /** What the centre learnt from its own answer. */
  const set = (n: number) => (count.value = n);
  return { count, refresh, set };
}
