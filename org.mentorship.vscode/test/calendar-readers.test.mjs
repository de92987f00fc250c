// Issue 11: the calendars `mentor generate` writes for the clock-change cases of org.mentorship.dsl.tests/clock-changes/
// (a time that does not exist or happens twice, skipped or kept, in three zones; month ends; zones without a change),
// expanded by Mozilla's ical.js (the reader of Thunderbird) and compared with the meetings each file's first line
// expects, placed with the time-zone data of Node's ICU (Intl), not with anything of the generator or of ical.js.
// ClockChangeCalendarTest checks the same files with ical4j.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { repoRoot, serverJar } from './lsp-client.mjs';

const casesDir = path.join(repoRoot, 'org.mentorship.dsl.tests', 'clock-changes');
const cases = fs.readdirSync(casesDir).filter((f) => f.endsWith('.mentor')).sort();
let out;

before(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-ics-'));
  const run = spawnSync(process.env.JAVA || 'java', ['-jar', serverJar(), 'generate', '--ics', '--out', out, casesDir],
    { encoding: 'utf8' });
  assert.equal(run.status, 0, `mentor generate failed:\n${run.stdout}\n${run.stderr}`);
});

after(() => fs.rmSync(out, { recursive: true, force: true }));

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

/** The zone's offset from UTC (ms) at an instant, from Intl's time-zone data. */
function offsetAt(utcMs, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(utcMs)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - utcMs;
}

/**
 * The instant of a local time as RFC 5545 (3.3.5) places it: a time that happens twice is the first one; a time
 * that does not exist takes the offset from before the change.
 */
function instantOf(wallMs, zone) {
  const before = offsetAt(wallMs - DAY_MS, zone);
  const after = offsetAt(wallMs + DAY_MS, zone);
  const fits = [wallMs - before, wallMs - after].filter((t) => wallMs - t === offsetAt(t, zone));
  return fits.length ? Math.min(...fits) : wallMs - before;
}

/** The meetings the first line of a case expects, as ISO instants. */
function expected(text) {
  const m = /^\/\/ expect: (?:every (\w+)|day (\d+) of each month|(last) day of each month) at (\d\d):(\d\d) from (\S+) to (\S+)(?: except (\S+))?\n/
    .exec(text);
  const zone = /time zone "([^"]+)"/.exec(text)[1];
  assert.ok(m, 'the first line says what to expect');
  const [from, to] = [Date.parse(`${m[6]}T00:00:00Z`), Date.parse(`${m[7]}T00:00:00Z`)];
  const dates = [];
  for (let d = from; d <= to; d += DAY_MS) {
    const day = new Date(d);
    const monthLength = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
    const meets = m[1] ? DAYS[day.getUTCDay()] === m[1]
      : day.getUTCDate() === (m[3] ? monthLength : Number(m[2]));
    if (meets && new Date(d).toISOString().slice(0, 10) !== m[8]) dates.push(d);
  }
  const time = (Number(m[4]) * 60 + Number(m[5])) * 60_000;
  return { zone, instants: dates.map((d) => new Date(instantOf(d + time, zone)).toISOString()) };
}

/** The occurrences of the regular sessions (the event "Mentoring: ...") as ical.js expands them. */
function icalJsOccurrences(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const series = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    .filter((e) => e.summary.startsWith('Mentoring: '));
  assert.equal(series.length, 1, 'one series of regular sessions');
  const found = [];
  const it = series[0].iterator();
  for (let next = it.next(); next && found.length < 1000; next = it.next()) {
    found.push(new Date(next.toUnixTime() * 1000).toISOString());
  }
  return found;
}

/** The events that happen once (kickoff, check-ins, dated retrospectives) as ical.js places them, sorted. */
function icalJsOnce(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    .filter((e) => /^Mentoring (kickoff|check-in|retrospective): /.test(e.summary) && !e.isRecurring())
    .map((e) => new Date(e.startDate.toUnixTime() * 1000).toISOString()).sort();
}

/** The sessions the file writes on a date at a time, placed as RFC 5545 says. */
function onceExpected(text, zone) {
  return [...text.matchAll(/^(?:kickoff|check-in|retrospective)\b.*? on (\S+) at (\d\d:\d\d)/gm)]
    .map((m) => new Date(instantOf(Date.parse(`${m[1]}T${m[2]}:00Z`), zone)).toISOString()).sort();
}

/** The retrospectives `every N weeks|months starting D at T` as ical.js expands them, or undefined. */
function icalJsRetrospectives(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const series = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    .find((e) => e.summary.startsWith('Mentoring retrospective: ') && e.isRecurring());
  if (!series) return undefined;
  const found = [];
  const it = series.iterator();
  for (let next = it.next(); next && found.length < 1000; next = it.next()) {
    found.push(new Date(next.toUnixTime() * 1000).toISOString());
  }
  return found;
}

/** Every n weeks or months from the start to the end of the term (a month without that day has none). */
function everyExpected(text, zone) {
  const m = /^retrospective every (\d+) (weeks|months) starting (\S+) at (\d\d):(\d\d)/m.exec(text);
  if (!m) return undefined;
  const end = Date.parse(`${/^ {2}from \S+ to (\S+)/m.exec(text)[1]}T00:00:00Z`);
  const first = new Date(`${m[3]}T00:00:00Z`);
  const instants = [];
  for (let k = 0; ; k++) {
    const date = new Date(first);
    if (m[2] === 'weeks') date.setUTCDate(first.getUTCDate() + 7 * Number(m[1]) * k);
    else date.setUTCMonth(first.getUTCMonth() + Number(m[1]) * k);
    if (date.getTime() > end) return instants;
    if (m[2] === 'weeks' || date.getUTCDate() === first.getUTCDate()) {
      instants.push(new Date(instantOf(date.getTime() + (Number(m[4]) * 60 + Number(m[5])) * 60_000, zone)).toISOString());
    }
  }
}

test('the clock-change cases are there', () => assert.ok(cases.length >= 15, `${cases.length} cases`));

for (const file of cases) {
  test(`ical.js shows the expected meetings: ${file}`, () => {
    const text = fs.readFileSync(path.join(casesDir, file), 'utf8');
    const id = /^agreement (\S+)/m.exec(text)[1];
    const { zone, instants } = expected(text);
    const ics = fs.readFileSync(path.join(out, `${id}.ics`), 'utf8');
    assert.deepEqual(icalJsOccurrences(ics), instants);
    assert.deepEqual(icalJsOnce(ics), onceExpected(text, zone), 'the kickoff, check-ins and dated retrospectives');
    assert.deepEqual(icalJsRetrospectives(ics), everyExpected(text, zone), 'the retrospectives every N weeks or months');
  });
}
