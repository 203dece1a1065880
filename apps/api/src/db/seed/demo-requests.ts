import { addDays, REQUEST_KINDS, requestDueOn, type RequestKind } from '@huiqi/domain';
import type { Tx } from '../client.js';
import { serviceRequestAssignments, serviceRequests, type agencies, type enterprises } from '../schema.js';

type Enterprise = typeof enterprises.$inferSelect;
type Agency = typeof agencies.$inferSelect;

/** The demo's default time for a request (the registry's requestHandleWithin as shipped). */
const DAYS = 15;

/**
 * Requests enterprises sent (M8.1 trademark services, M9.2 case leads, M10.1 assistance), dated
 * from today so the console's triage page shows one of each state: open ones to assign, one
 * running, one past its time (overdue), one moved to another agency with the reason. Answers the
 * requests, for the services the agencies recorded against them.
 */
export async function seedServiceRequests(
  tx: Tx,
  o: {
    today: string;
    /** Verified enterprises to ask (trademark services); the Yinchuan ones among them ask the rest. */
    requesters: Enterprise[];
    yinchuan: Enterprise[];
    station: Agency;
    centre: Agency;
    takenDownBy: string;
    assignedBy: string;
  },
) {
  const assigned = (on: string, days = DAYS) => ({
    assignedOn: on,
    handleWorkingDays: days,
    dueOn: requestDueOn(on, days),
  });
  // Handed to an agency `daysAgo` days before today (with the reason when it was moved on).
  const handedTo = (agency: Agency, daysAgo: number, reason?: string) => ({
    agency,
    on: addDays(o.today, daysAgo),
    ...(reason ? { reason } : {}),
  });
  const items: {
    e: Enterprise | undefined;
    kind: RequestKind;
    title: string;
    description: string;
    history?: { agency: Agency; on: string; reason?: string }[];
  }[] = [
    {
      e: o.requesters[0],
      kind: 'trademark',
      title: '商标注册咨询',
      description: '我司新产品拟申请商标注册，希望指导站协助检索与申请。',
      history: [handedTo(o.station, -3)],
    },
    {
      e: o.requesters[1],
      kind: 'trademark',
      title: '商标被抢注如何应对',
      description: '发现他人抢注我司商号相关商标，请求指导异议程序。',
      history: [handedTo(o.station, -6)],
    },
    {
      e: o.requesters[2],
      kind: 'trademark',
      title: '出口产品商标海外布局',
      description: '产品拟出口中亚，希望了解马德里商标国际注册。',
    },
    {
      e: o.yinchuan[0],
      kind: 'case-lead',
      title: '电商平台销售仿冒我司专利产品',
      description: '在某电商平台发现多家店铺销售仿冒我司发明专利的光伏支架连接件，已保存商品链接和截图。',
    },
    {
      e: o.yinchuan[1],
      kind: 'assistance',
      title: '被诉专利侵权请求维权援助',
      description: '我司收到外省企业的专利侵权起诉状，请求维权援助中心协助分析侵权风险并提供应诉指导。',
      // Assigned six weeks ago: its 15 working days have passed.
      history: [handedTo(o.centre, -42)],
    },
    {
      e: o.yinchuan[2],
      kind: 'case-lead',
      title: '展会发现疑似侵权产品',
      description: '在银川举办的行业展会上发现某企业展出的产品与我司外观设计专利高度相似，请求核查。',
      history: [handedTo(o.station, -8), handedTo(o.centre, -2, '涉及专利侵权线索，改由维权援助中心办理')],
    },
  ];
  const rows: (typeof serviceRequests.$inferSelect)[] = [];
  for (const item of items) {
    if (!item.e) continue;
    const last = item.history?.at(-1);
    const [row] = await tx
      .insert(serviceRequests)
      .values({
        enterpriseId: item.e.id,
        kind: item.kind,
        provision: REQUEST_KINDS[item.kind].provision,
        title: item.title,
        description: item.description,
        status: last ? 'assigned' : 'open',
        agencyId: last?.agency.id ?? null,
        ...(last ? assigned(last.on) : {}),
        createdBy: o.takenDownBy, // taken down by the region's hotline on the enterprise's behalf
      })
      .returning();
    rows.push(row!);
    let from: Agency | null = null;
    for (const h of item.history ?? []) {
      await tx.insert(serviceRequestAssignments).values({
        requestId: row!.id,
        agencyId: h.agency.id,
        fromAgencyId: from?.id ?? null,
        assignedOn: h.on,
        workingDays: DAYS,
        dueOn: requestDueOn(h.on, DAYS),
        reason: h.reason ?? null,
        createdBy: o.assignedBy,
      });
      from = h.agency;
    }
  }
  return rows;
}
