import { DEFAULT_LANGUAGE } from '@huiqi/locales';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { shallowRef, watch, type Ref } from 'vue';

type Language = typeof zhCn;

/**
 * Element Plus's own words (pagination, selects, dates, empty tables) in the page's language, for
 * `<el-config-provider :locale>`. Chinese is there from the start; English loads when chosen.
 */
export function useElementLocale(locale: Ref<string>) {
  const current = shallowRef<Language>(zhCn);
  watch(
    locale,
    async (l) => {
      current.value =
        l === DEFAULT_LANGUAGE ? zhCn : (await import('element-plus/es/locale/lang/en')).default;
    },
    { immediate: true },
  );
  return current;
}
