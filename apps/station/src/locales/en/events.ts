import type { Catalog } from '@huiqi/locales';
import type { events as zh } from '../zh-CN/events.js';

export const events = {
  title: 'Events',
  add: 'Record an event',
  kind: 'Kind',
  name: 'Title',
  date: 'Date',
  place: 'Place',
  attendees: 'Attending enterprises',
  addAttendee: 'Add an enterprise',
  empty: 'No events yet.',
  save: 'Save event',
} satisfies Catalog<typeof zh>;
