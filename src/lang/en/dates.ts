import type { DateLexicon } from '../../analyse/dates/lexicon.js';

export const dates: DateLexicon = {
  dayFirst: false,
  ordinals: ['st', 'nd', 'rd', 'th'],
  // Wire datelines drop the abbreviation's dot ("Feb 14"); "Jan" and "Mar" alone are also names.
  months: {
    January: 1, 'Jan.': 1, February: 2, 'Feb.': 2, March: 3, 'Mar.': 3, April: 4, 'Apr.': 4, May: 5, June: 6, July: 7,
    August: 8, 'Aug.': 8, September: 9, 'Sept.': 9, 'Sep.': 9, October: 10, 'Oct.': 10, November: 11, 'Nov.': 11,
    December: 12, 'Dec.': 12, Feb: 2, Apr: 4, Aug: 8, Sept: 9, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
  },
  capitalisedMonths: true,
  weekdays: { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 },
  dayParts: ['morning', 'afternoon', 'evening', 'night', 'overnight'],
  relativeDays: {
    today: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, tonight: 0, yesterday: -1, 'last night': -1,
    'the day before yesterday': -2, tomorrow: 1, 'the day after tomorrow': 2,
  },
  relativePeriods: {
    'this year': { unit: 'year', offset: 0 }, 'last year': { unit: 'year', offset: -1 }, 'next year': { unit: 'year', offset: 1 },
    'this month': { unit: 'month', offset: 0 }, 'last month': { unit: 'month', offset: -1 }, 'next month': { unit: 'month', offset: 1 },
    'this week': { unit: 'week', offset: 0 }, 'last week': { unit: 'week', offset: -1 }, 'next week': { unit: 'week', offset: 1 },
    'earlier this week': { unit: 'week', offset: 0 }, 'later this week': { unit: 'week', offset: 0 },
  },
  past: ['last', 'past', 'this past'],
  future: ['next', 'coming', 'this coming'],
  futureCues: ['will', "'ll", 'would', 'is due to', 'are due to', 'is set to', 'are set to', 'is expected to', 'are expected to', 'plans to', 'plan to', 'is scheduled to', 'are scheduled to', 'is to', 'are to', 'due on', 'scheduled for', 'expected on',
    // A plan or a promise reported in the past still looks ahead: "planned to convene a jirga on Saturday".
    'planned to', 'planning to', 'intends to', 'intend to', 'intended to', 'aims to', 'pledged to', 'vowed to', 'promised to', 'preparing to', 'prepares to',
    // Talks that "resume" on a weekday, as a headline's "to resume talks on Thursday", are scheduled: the coming one.
    'resume', 'resumes', 'to resume', 'reconvene', 'reconvenes', 'to reconvene'],
  leads: ['on', 'in', 'early', 'late', 'mid', 'since'],
  durationLeads: ['for', 'for more than', 'for nearly', 'for almost', 'for about', 'over', 'during', 'within', 'after'],
  units: {
    hour: 'H', hours: 'H', day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y',
  },
  agoBefore: [],
  agoAfter: ['ago', 'earlier'],
};
