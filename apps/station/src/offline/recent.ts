/** Enterprises looked up or scanned on this phone, so a service can be recorded with no connection. */
export interface KnownEnterprise {
  id: string;
  name: string;
  creditCode: string;
}
const KEY = 'huiqi.station.recent';
export function recentEnterprises(): KnownEnterprise[] {
  return JSON.parse(localStorage.getItem(KEY) ?? '[]') as KnownEnterprise[];
}
export function rememberEnterprise(e: KnownEnterprise) {
  const list = [e, ...recentEnterprises().filter((x) => x.id !== e.id)].slice(0, 30);
  localStorage.setItem(KEY, JSON.stringify(list));
}
/** The portal's enterprise QR code: {"t":"huiqi-enterprise","id":…,"code":…,"name":…}. */
export function parseEnterpriseQr(text: string): KnownEnterprise | null {
  try {
    const v = JSON.parse(text) as { t?: string; id?: string; code?: string; name?: string };
    return v.t === 'huiqi-enterprise' && v.id && v.code && v.name
      ? { id: v.id, creditCode: v.code, name: v.name }
      : null;
  } catch {
    return null;
  }
}
