export function creditCode(seed: number, offset: number): string;
export function beijing(iso: string, o?: { seconds?: boolean }): string;
