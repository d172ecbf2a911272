/**
 * The seed document's chapter 2 as the English guide must show it: typed by hand from the
 * translation (independently of the catalogue), row for row in the seed's order, so that a
 * change to the catalogue's English shows up as a failing test.
 */

/** One section of the English guide. */
export interface EnglishSection {
  number: string;
  title: string;
  firstColumn: 'Monitored events' | 'Description';
  /** [event text, priority badge, response time] */
  rows: [string, string, string][];
}

/** Chapter 2 of the English guide. */
export const ENGLISH_SECTIONS: EnglishSection[] = [
  {
    number: '2.1',
    title: 'Service degradation',
    firstColumn: 'Monitored events',
    rows: [
      ['VoIP stack crash', 'P1 CRITICAL', '< 1 hour'],
      ['Application crash', 'P1 CRITICAL', '< 1 hour'],
      ['High availability encountering a problem in the replication process', 'P3 MEDIUM', '< 4 hours'],
    ],
  },
  {
    number: '2.2',
    title: 'Service anomalies and malfunctions',
    firstColumn: 'Monitored events',
    rows: [
      ['Recordings not saved because of database problems (Call Recording)', 'P2 HIGH', '< 2 hours'],
      ['Webex CDR not downloaded', 'P1 CRITICAL', '< 1 hour'],
      ['Webex presence failure', 'P2 HIGH', '< 2 hours'],
      ['Webex XSI authorization failure', 'P2 HIGH', '< 2 hours'],
      ['Token/integration problems downloading Webex CDR (Call Analytics)', 'P2 HIGH', '< 2 hours'],
      ['Webex user synchronization failure', 'P2 HIGH', '< 2 hours'],
    ],
  },
  {
    number: '2.3',
    title: 'Space saturation',
    firstColumn: 'Monitored events',
    rows: [
      ['Available disk space running low', 'P4 LOW', '< 8 hours'],
      ['Available disk space nearly full', 'P3 MEDIUM', '< 4 hours'],
      ['Available database space running low', 'P4 LOW', '< 8 hours'],
      ['Available database space nearly full', 'P3 MEDIUM', '< 4 hours'],
    ],
  },
  {
    number: '2.3.1',
    title: 'Capacity saturation',
    firstColumn: 'Description',
    rows: [
      ['Channels exhausted (Call Recording)', 'P3 MEDIUM', '< 4 hours'],
      ['Licenses exhausted (Advanced Queueing)', 'P3 MEDIUM', '< 4 hours'],
      ['Licenses exhausted (Auto Attendant)', 'P3 MEDIUM', '< 4 hours'],
      ['Recording too long (Call Recording)', 'P3 MEDIUM', '< 4 hours'],
    ],
  },
  {
    number: '2.3.2',
    title: 'Cloud connection error',
    firstColumn: 'Description',
    rows: [['The UCX Suite cannot communicate with api.imagicle.com.', 'P1 CRITICAL', '< 1 hour']],
  },
];
