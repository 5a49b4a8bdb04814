// Calendar days as the server keeps them: the days of Czechia (Europe/Prague), whatever this machine's time zone
// (often UTC, which between midnight and 1 or 2 a.m. in Prague is still on the day before).
const PRAGUE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Prague',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Prague as YYYY-MM-DD, or the day `offsetDays` days from it (negative: before). */
export function pragueDate(offsetDays = 0, now = new Date()) {
  const d = new Date(`${PRAGUE.format(now)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}
