import type { Catalog } from '@huiqi/locales';
import type { requests as zh } from '../zh-CN/requests.js';

export const requests = {
  title: 'Service requests',
  kind: 'Kind',
  subject: 'Subject',
  description: 'Details',
  send: 'Send',
  sent: "Sent: your city's or the region's IP office will assign an agency.",
  mine: 'My requests',
  none: 'No requests yet.',
  status: 'Status',
  date: 'Date',
  handler: 'Handled by',
  notAssigned: 'No agency assigned yet',
  states: { open: 'Open', assigned: 'Assigned to an agency', 'in-progress': 'In progress', closed: 'Closed' },
} satisfies Catalog<typeof zh>;
