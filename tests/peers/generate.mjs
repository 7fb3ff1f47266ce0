// Records what the popular JavaScript Jalali libraries print, for shamsi's
// lenient-reader tests. Run by hand (never in CI):
//
//     cd tests/peers && npm install && node generate.mjs
//
// then `python3 generate.py`, which adds the Python libraries and drops any
// date on which those disagree.
//
// Writes:
//   tests/peers/sample.json        the fixed-seed Gregorian sample (read by generate.py)
//   tests/data/peer_dates.jsonl    one {"library","version","locale","format","text","jalali","gregorian"} a line
//   tests/data/peer_datetimes.jsonl the same for date-times (wall-clock, no zone conversion)
//
// Every library runs in its own child process (`node generate.mjs --worker LIB
// [VARIANT]`) with TZ=UTC, because moment-jalaali and jalali-moment both patch
// the one shared `moment` module and moment's locale table is global.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA = resolve(HERE, '..', 'data');
const SAMPLE = join(HERE, 'sample.json');
const require = createRequire(import.meta.url);

function pkgVersion(name) {
  return JSON.parse(readFileSync(join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;
}

// ---------------------------------------------------------------------------
// Sample: about 60 Gregorian dates whose Jalali year is in 1300..1450, drawn
// with a fixed seed, each with a deterministic wall-clock time of day.

const SEED = 0x5a3e1403;
const N_SAMPLE = 60;
// 1921-03-21 (1 Farvardin 1300) .. 2072-03-19 (last day of 1450), as days since 1970-01-01.
const FIRST_DAY = Date.UTC(1921, 2, 21) / 86400000;
const LAST_DAY = Date.UTC(2072, 2, 19) / 86400000;

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

function makeSample() {
  const rand = mulberry32(SEED);
  const days = new Set();
  while (days.size < N_SAMPLE) {
    days.add(FIRST_DAY + Math.floor(rand() * (LAST_DAY - FIRST_DAY + 1)));
  }
  return [...days].sort((a, b) => a - b).map((day, i) => {
    const d = new Date(day * 86400000);
    // hour cycles 0..23 (so 00:xx and 12:xx occur); a few seconds are 0, most are not.
    const hour = i % 24, minute = (i * 7 + 3) % 60, second = (i * 13 + 5) % 60;
    return {
      gregorian: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
      time: `${pad(hour)}:${pad(minute)}:${pad(second)}`,
    };
  });
}

// ---------------------------------------------------------------------------
// Libraries. Each worker gets the sample and returns records
//   {kind: 'date'|'datetime', library, version, locale, format, text, gregorian}
// and conversions {library, gregorian, ymd: [y, m, d]} (the library's own
// Jalali year/month/day for that date, for the agreement check).

const DATE_STYLES = ['full', 'long', 'medium', 'short'];
const TIME_STYLES = ['full', 'long', 'medium', 'short'];

// Local (TZ=UTC in the workers) wall-clock Date for a sample entry.
function localDate(s, withTime) {
  const [y, m, d] = s.gregorian.split('-').map(Number);
  const [hh, mi, ss] = withTime ? s.time.split(':').map(Number) : [0, 0, 0];
  const dt = new Date(2000, 0, 1, hh, mi, ss);
  dt.setFullYear(y, m - 1, d);
  return dt;
}
// UTC instant whose UTC fields are the wall-clock time (for Intl with timeZone 'UTC').
function utcDate(s, withTime) {
  const [y, m, d] = s.gregorian.split('-').map(Number);
  const [hh, mi, ss] = withTime ? s.time.split(':').map(Number) : [0, 0, 0];
  const dt = new Date(Date.UTC(2000, 0, 1, hh, mi, ss));
  dt.setUTCFullYear(y, m - 1, d);
  return dt;
}

const WORKERS = {
  intl() {
    const library = 'Intl.DateTimeFormat';
    const version = `node ${process.version}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}`;
    const locales = [
      'fa-IR-u-ca-persian', 'fa-AF-u-ca-persian', 'ps-AF-u-ca-persian', 'en-u-ca-persian',
      // extra: Persian with Latin digits, as many Iranian sites configure it
      'fa-IR-u-ca-persian-nu-latn',
    ];
    const dateOpts = DATE_STYLES.map((dateStyle) => ({ dateStyle, timeZone: 'UTC' }));
    const dtOpts = [];
    for (const dateStyle of DATE_STYLES)
      for (const timeStyle of TIME_STYLES)
        for (const hour12 of [true, false]) dtOpts.push({ dateStyle, timeStyle, hour12, timeZone: 'UTC' });
    const check = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    return (emit, sample) => {
      for (const s of sample) {
        const parts = Object.fromEntries(check.formatToParts(utcDate(s, false)).map((p) => [p.type, p.value]));
        emit.ymd(library, s.gregorian, [+parts.year, +parts.month, +parts.day]);
      }
      for (const locale of locales) {
        for (const [kind, optsList] of [['date', dateOpts], ['datetime', dtOpts]]) {
          for (const opts of optsList) {
            const fmt = new Intl.DateTimeFormat(locale, opts);
            for (const s of sample) {
              emit.rec({ kind, library, version, locale, format: JSON.stringify(opts),
                text: fmt.format(utcDate(s, kind === 'datetime')), gregorian: s.gregorian });
            }
          }
        }
      }
    };
  },

  async 'date-fns-jalali'() {
    const library = 'date-fns-jalali', version = pkgVersion(library);
    const dfj = await import('date-fns-jalali');
    const { faIR, enUS } = await import('date-fns-jalali/locale');
    const dateFormats = ['P', 'PP', 'PPP', 'PPPP', 'yyyy/MM/dd', 'd MMMM yyyy', 'EEEE d MMMM yyyy', 'do MMMM yyyy', 'MMM do, yyyy'];
    const dtFormats = ['Pp', 'PPpp', 'PPPPpppp'];
    return (emit, sample) => {
      for (const s of sample) {
        const d = localDate(s, false);
        emit.ymd(library, s.gregorian, [dfj.getYear(d), dfj.getMonth(d) + 1, dfj.getDate(d)]);
      }
      for (const loc of [faIR, enUS]) {
        for (const [kind, formats] of [['date', dateFormats], ['datetime', dtFormats]]) {
          for (const f of formats) {
            emit.guard({ library, locale: loc.code, format: f }, () => {
              for (const s of sample) {
                emit.rec({ kind, library, version, locale: loc.code, format: f,
                  text: dfj.format(localDate(s, kind === 'datetime'), f, { locale: loc }), gregorian: s.gregorian });
              }
            });
          }
        }
      }
    };
  },

  // variant: 'en' (no loadPersian), a JSON options object for loadPersian, 'dari' or 'pashto'
  'moment-jalaali'(variant) {
    const library = 'moment-jalaali', version = pkgVersion(library);
    const moment = require('moment-jalaali');
    let locale = 'en';
    if (variant !== 'en') {
      require('moment/locale/fa'); // as moment-jalaali's README says
      if (variant === 'dari') { moment.loadPersian_dari(); locale = 'fa-af (loadPersian_dari)'; }
      else if (variant === 'pashto') { moment.loadPashto(); locale = 'ps-af (loadPashto)'; }
      else { moment.loadPersian(JSON.parse(variant)); locale = `fa (loadPersian ${variant})`; }
    }
    const dateFormats = ['jYYYY/jMM/jDD', 'jD jMMMM jYYYY', 'dddd jD jMMMM jYYYY', 'jDo jMMMM jYYYY'];
    const dtFormats = ['jYYYY/jMM/jDD HH:mm', 'jYYYY/jMM/jDD HH:mm:ss', 'jYYYY/jMM/jDD hh:mm A'];
    return (emit, sample) => {
      for (const s of sample) {
        const m = moment(localDate(s, false));
        emit.ymd(library, s.gregorian, [m.jYear(), m.jMonth() + 1, m.jDate()]);
      }
      for (const [kind, formats] of [['date', dateFormats], ['datetime', dtFormats]]) {
        for (const f of formats) {
          emit.guard({ library, locale, format: f }, () => {
            for (const s of sample) {
              emit.rec({ kind, library, version, locale, format: f,
                text: moment(localDate(s, kind === 'datetime')).format(f), gregorian: s.gregorian });
            }
          });
        }
      }
    };
  },

  'jalali-moment'() {
    const library = 'jalali-moment', version = pkgVersion(library);
    const moment = require('jalali-moment');
    // 'fa' switches the instance to the Jalali calendar; for 'en' the calendar is
    // switched explicitly with doAsJalali(). en's LL/LLL/LLLL are left out: they
    // print Gregorian month names around the Jalali day and year ("January 1, 1403").
    const variants = [
      { locale: 'fa', make: (d) => moment(d).locale('fa'),
        dateFormats: ['YYYY/MM/DD', 'D MMMM YYYY', 'dddd D MMMM YYYY', 'Do MMMM YYYY', 'LL'],
        dtFormats: ['LLL', 'LLLL', 'YYYY/MM/DD HH:mm', 'YYYY/MM/DD hh:mm A'] },
      { locale: 'en (doAsJalali)', make: (d) => moment(d).locale('en').doAsJalali(),
        dateFormats: ['YYYY/MM/DD', 'D MMMM YYYY', 'dddd D MMMM YYYY', 'Do MMMM YYYY'],
        dtFormats: ['YYYY/MM/DD HH:mm', 'YYYY/MM/DD hh:mm A'] },
    ];
    return (emit, sample) => {
      for (const s of sample) {
        const m = moment(localDate(s, false));
        emit.ymd(library, s.gregorian, [m.jYear(), m.jMonth() + 1, m.jDate()]);
      }
      for (const v of variants) {
        for (const [kind, formats] of [['date', v.dateFormats], ['datetime', v.dtFormats]]) {
          for (const f of formats) {
            emit.guard({ library, locale: v.locale, format: f }, () => {
              for (const s of sample) {
                emit.rec({ kind, library, version, locale: v.locale, format: f,
                  text: v.make(localDate(s, kind === 'datetime')).format(f), gregorian: s.gregorian });
              }
            });
          }
        }
      }
    };
  },

  async jalaliday() {
    const library = 'jalaliday', version = pkgVersion(library);
    const dayjs = (await import('dayjs')).default;
    const jalaliday = (await import('jalaliday/dayjs')).default;
    await import('dayjs/locale/fa.js');
    dayjs.extend(jalaliday);
    const dateFormats = ['YYYY/MM/DD', 'D MMMM YYYY', 'dddd D MMMM YYYY'];
    const dtFormats = ['YYYY/MM/DD HH:mm', 'YYYY/MM/DD HH:mm:ss', 'YYYY/MM/DD hh:mm A'];
    return (emit, sample) => {
      for (const s of sample) {
        const j = dayjs(localDate(s, false)).calendar('jalali');
        emit.ymd(library, s.gregorian, [j.year(), j.month() + 1, j.date()]);
      }
      for (const locale of ['fa', 'en']) {
        for (const [kind, formats] of [['date', dateFormats], ['datetime', dtFormats]]) {
          for (const f of formats) {
            emit.guard({ library, locale, format: f }, () => {
              for (const s of sample) {
                emit.rec({ kind, library, version, locale, format: f,
                  text: dayjs(localDate(s, kind === 'datetime')).calendar('jalali').locale(locale).format(f),
                  gregorian: s.gregorian });
              }
            });
          }
        }
      }
    };
  },
};

const JOBS = [
  ['intl'],
  ['date-fns-jalali'],
  ['moment-jalaali', 'en'],
  ['moment-jalaali', '{}'],
  ['moment-jalaali', '{"usePersianDigits":true}'],
  ['moment-jalaali', '{"dialect":"persian-modern"}'],
  ['moment-jalaali', '{"usePersianDigits":true,"dialect":"persian-modern"}'],
  ['moment-jalaali', 'dari'],   // undocumented loader, kept for its Dari month names
  ['moment-jalaali', 'pashto'], // undocumented loader, kept for its Pashto month names
  ['jalali-moment'],
  ['jalaliday'],
];

// ---------------------------------------------------------------------------

async function worker(name, variant) {
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  const out = { recs: [], ymd: [], skipped: [] };
  const emit = {
    rec: (r) => out.recs.push(r),
    ymd: (library, gregorian, ymd) => out.ymd.push({ library, gregorian, ymd }),
    // a format that raises for any date is skipped whole
    guard(what, fn) {
      const before = out.recs.length;
      try {
        fn();
        const bad = out.recs.slice(before).find((r) => typeof r.text !== 'string' || /undefined|NaN|Invalid/.test(r.text));
        if (bad) throw new Error(`printed ${JSON.stringify(bad.text)}`);
      } catch (e) {
        out.recs.length = before;
        out.skipped.push({ ...what, reason: String(e && e.message ? e.message : e).split('\n')[0] });
      }
    },
  };
  const run = await WORKERS[name](variant);
  run(emit, sample);
  process.stdout.write(JSON.stringify(out));
}

async function main() {
  const sample = makeSample();
  writeFileSync(SAMPLE, '[\n' + sample.map((s) => '  ' + JSON.stringify(s)).join(',\n') + '\n]\n');

  const recs = [], ymd = [], skipped = [];
  for (const [name, variant] of JOBS) {
    const args = [fileURLToPath(import.meta.url), '--worker', name];
    if (variant !== undefined) args.push(variant);
    const r = spawnSync(process.execPath, args, {
      env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8', maxBuffer: 1 << 30,
    });
    if (r.status !== 0) {
      console.error(`skipped ${name} ${variant ?? ''}: ${(r.stderr || '').trim().split('\n').slice(0, 6).join(' | ')}`);
      skipped.push({ library: name, locale: variant ?? '', format: '*', reason: 'worker failed' });
      continue;
    }
    const o = JSON.parse(r.stdout);
    recs.push(...o.recs); ymd.push(...o.ymd); skipped.push(...o.skipped);
  }

  // Agreement: every library's own Jalali y/m/d for a date must be the same.
  const byDate = new Map();
  for (const { library, gregorian, ymd: v } of ymd) {
    if (!byDate.has(gregorian)) byDate.set(gregorian, new Map());
    byDate.get(gregorian).set(library, v.map((x, i) => pad(x, i ? 2 : 4)).join('-'));
  }
  const agreed = new Map();
  const dropped = [];
  for (const s of sample) {
    const seen = byDate.get(s.gregorian) || new Map();
    const values = new Set(seen.values());
    const [only] = values;
    const year = only ? +only.slice(0, 4) : 0;
    if (values.size === 1 && year >= 1300 && year <= 1450) agreed.set(s.gregorian, { jalali: only, time: s.time });
    else dropped.push(`${s.gregorian}: ${[...seen].map(([l, v]) => `${l}=${v}`).join(', ')}`);
  }

  const lines = { date: [], datetime: [] };
  for (const r of recs) {
    const a = agreed.get(r.gregorian);
    if (!a) continue;
    const t = r.kind === 'datetime' ? `T${a.time}` : '';
    lines[r.kind].push(JSON.stringify({
      library: r.library, version: r.version, locale: r.locale, format: r.format, text: r.text,
      jalali: a.jalali + t, gregorian: r.gregorian + t,
    }));
  }
  writeFileSync(join(DATA, 'peer_dates.jsonl'), lines.date.join('\n') + '\n');
  writeFileSync(join(DATA, 'peer_datetimes.jsonl'), lines.datetime.join('\n') + '\n');

  console.log(`sample ${sample.length} dates, ${agreed.size} agreed, ${dropped.length} dropped`);
  for (const d of dropped) console.log(`  dropped ${d}`);
  for (const s of skipped) console.log(`  skipped ${s.library} [${s.locale}] ${s.format}: ${s.reason}`);
  console.log(`wrote ${lines.date.length} date lines, ${lines.datetime.length} date-time lines`);
}

if (process.argv[2] === '--worker') await worker(process.argv[3], process.argv[4]);
else await main();
