import { addDays, AGENCY_KIND_SERVICES, policyRegistry, type PolicyVersion } from '@huiqi/domain';
import type { Tx } from '../client.js';
import { serviceRecords, type agencies, type enterprises, type serviceRequests } from '../schema.js';

type Enterprise = typeof enterprises.$inferSelect;
type Agency = typeof agencies.$inferSelect;
type Request = typeof serviceRequests.$inferSelect;

/**
 * Agencies' service records of every service type the provisions declare (the registry's
 * `serviceTypes`, not a list of our own), so each provision's services figure on the scorecard
 * shows work: a few enterprises per type, recorded by the agency whose kind offers the type. The
 * requests an agency holds (M9.2 case leads, M10.1 assistance, M8.1 trademark help) get the
 * agency's services against them, on or after the day it was given the request — the progress the
 * console's triage page and the enterprise's portal show.
 */
export async function seedServiceRecords(
  tx: Tx,
  o: {
    version: PolicyVersion<unknown>;
    today: string;
    /** Verified enterprises to serve, past the ones the earlier demo services went to. */
    enterprises: Enterprise[];
    agencies: Agency[];
    requests: Request[];
    recordedBy: string;
  },
) {
  const offers = (a: Agency, type: string) => (AGENCY_KIND_SERVICES[a.kind] ?? []).includes(type as never);
  const byType = Object.entries(policyRegistry(o.version).serviceTypes);
  const rows: (typeof serviceRecords.$inferInsert)[] = byType.flatMap(([type, { provision }], t) => {
    const agency = o.agencies.find((a) => offers(a, type)) ?? o.agencies[0]!;
    return [0, 1, 2].flatMap((j) => {
      const e = o.enterprises[(t * 3 + j) % o.enterprises.length];
      if (!e) return [];
      return [
        {
          agencyId: agency.id,
          enterpriseId: e.id,
          serviceType: type,
          provision,
          // Within the year and before today (the demo's year starts 1 January in China).
          servedOn: maxDay(addDays(o.today, -(7 + t * 5 + j * 11)), `${o.today.slice(0, 4)}-01-02`),
          durationMinutes: 60 + j * 30,
          participants: 1 + j,
          notes: '上门服务',
          createdBy: o.recordedBy,
        },
      ];
    });
  });
  // A held request's services: its agency's type under the request's provision, after assignment.
  for (const r of o.requests) {
    const agency = o.agencies.find((a) => a.id === r.agencyId);
    if (!agency || !r.assignedOn) continue;
    const [type] =
      byType.find(([id, s]) => s.provision === r.provision && offers(agency, id)) ??
      byType.find(([, s]) => s.provision === r.provision) ??
      [];
    if (!type) continue;
    const steps = r.assignedOn < addDays(o.today, -10) ? [2, 20] : [1];
    for (const [i, after] of steps.entries())
      rows.push({
        agencyId: agency.id,
        enterpriseId: r.enterpriseId,
        serviceType: type,
        provision: r.provision,
        requestId: r.id,
        servedOn: minDay(addDays(r.assignedOn, after), o.today),
        durationMinutes: 90,
        participants: 2,
        notes: i === 0 ? '受理请求，了解情况并收集证据材料' : '出具分析意见，指导企业后续维权',
        createdBy: o.recordedBy,
      });
  }
  if (rows.length) await tx.insert(serviceRecords).values(rows);
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);
