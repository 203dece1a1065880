import type { Directive } from 'vue';

type Binding = { selector: string; label: string };
function apply(el: HTMLElement, { value }: { value: Binding }) {
  for (const input of el.querySelectorAll(value.selector)) input.setAttribute('aria-label', value.label);
}

/**
 * Names a control that a widget draws inside itself and gives no prop for, e.g. Element Plus's
 * page-size select inside el-pagination: `v-label-inside="{ selector: '.el-pagination__sizes input', label }"`.
 */
export const vLabelInside: Directive<HTMLElement, Binding> = { mounted: apply, updated: apply };
