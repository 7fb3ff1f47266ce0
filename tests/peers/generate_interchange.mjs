// Writes ../data/interchange_node.jsonl: the strings that JavaScript writes
// for instants, wall-clock date-times and dates, with Date and with Temporal
// (@js-temporal/polyfill), and what each one means, for tests/interchange.rs.
// Run by hand (never in CI), with the polyfill installed beside it:
//   npm install @js-temporal/polyfill@0.5.1 && node generate_interchange.mjs
// Every line: {"system", "method", "kind", "text", and the meaning:
// "unix_ns" (a string) for an instant, "iso" (YYYY-MM-DDTHH:MM:SS.fffffffff)
// for a wall-clock date-time, "date" (YYYY-MM-DD) for a date}.
import { writeFileSync } from 'node:fs';
import { Temporal } from '@js-temporal/polyfill';

// A fixed sample: edges and a seeded spread over 1600..2200.
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x1402_1106);
const ms = [
  0, -1, 1706266800000, 1706266800123, 1711045800000, 1679338800000, 1663790400000,
  Date.UTC(1, 0, 1), Date.UTC(1599, 11, 31, 23, 59, 59), Date.UTC(1700, 0, 1),
  Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(-1, 5, 15), Date.UTC(10000, 0, 1),
];
ms[7] = new Date('0001-01-01T00:00:00Z').getTime();
const lo = Date.UTC(1600, 0, 1), hi = Date.UTC(2200, 0, 1);
for (let i = 0; i < 40; i++) ms.push(Math.floor(lo + rand() * (hi - lo)));

const zones = ['UTC', 'Asia/Tehran', 'Asia/Kabul', 'America/New_York', 'Europe/London', '+03:30', '-05:00'];
const lines = [];
// An instant's meaning is what Temporal itself reads back from the string:
// `Instant.toString({timeZone})` rounds a mean-time offset to the minute
// (+03:25:44 as +03:26), so that string names another instant than the one
// written, and a reader must take it as it says; a zone annotation lets
// `ZonedDateTime.from` recover the exact one.
const instant = (method, text) => {
  const zoned = /\[!?[^\]=]+\]/.test(text);
  const n = zoned
    ? Temporal.ZonedDateTime.from(text).epochNanoseconds
    : Temporal.Instant.from(text).epochNanoseconds;
  lines.push({ system: 'node', method, kind: 'instant', text, unix_ns: n.toString() });
};
const civil = (method, text, pdt) => lines.push({ system: 'node', method, kind: 'civil', text, iso: pdt.withCalendar('iso8601').toString({ fractionalSecondDigits: 9, calendarName: 'never' }) });
const date = (method, text, pd) => lines.push({ system: 'node', method, kind: 'date', text, date: pd.withCalendar('iso8601').toString({ calendarName: 'never' }) });

for (const m of ms) {
  const d = new Date(m);
  if (Number.isNaN(d.getTime())) continue;
  instant('Date.toISOString', d.toISOString());
  instant('Date.toJSON', d.toJSON());
  const inst = Temporal.Instant.fromEpochMilliseconds(m);
  instant('Temporal.Instant.toString', inst.toString());
  for (const zone of zones) {
    instant(`Temporal.Instant.toString({timeZone:${zone}})`, inst.toString({ timeZone: zone }));
    const z = inst.toZonedDateTimeISO(zone);
    instant(`Temporal.ZonedDateTime.toString (${zone})`, z.toString());
    const p = z.withCalendar('persian');
    instant(`Temporal.ZonedDateTime.toString (${zone}, persian)`, p.toString());
    instant(`Temporal.ZonedDateTime.toString (${zone}, persian, critical)`, p.toString({ calendarName: 'critical' }));
    civil(`Temporal.PlainDateTime.toString (${zone})`, z.toPlainDateTime().toString(), z.toPlainDateTime());
    civil(`Temporal.PlainDateTime.toString (${zone}, persian)`, p.toPlainDateTime().toString(), p.toPlainDateTime());
    date(`Temporal.PlainDate.toString (${zone})`, z.toPlainDate().toString(), z.toPlainDate());
    date(`Temporal.PlainDate.toString (${zone}, persian)`, p.toPlainDate().toString(), p.toPlainDate());
  }
}
// Sorted and without repeats, so that a rerun writes the same bytes.
const seen = new Set();
const out = [];
for (const l of lines) {
  const key = `${l.method}\t${l.text}`;
  if (!seen.has(key)) { seen.add(key); out.push(JSON.stringify(l)); }
}
const version = `node ${process.version}, @js-temporal/polyfill 0.5.1`;
out.unshift(JSON.stringify({ system: 'node', version }));
writeFileSync(new URL('../data/interchange_node.jsonl', import.meta.url), out.join('\n') + '\n');
console.log(`${out.length - 1} strings`);
