#!/usr/bin/env python3
"""Makes the one-mistake corpus: each file is an example agreement with exactly one mistake.

Run from this folder: ./make-corpus.py. Each file starts with a comment naming its mistake and the one
message expected (line:column message); MistakeCorpusTest checks them. Expectations of existing files
are kept; a new file gets '// expect: ?' until it is filled in from the test's report.
"""
import os, re

EX = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples')
def ex(name):
    return open(os.path.join(EX, name + '.mentor'), encoding='utf-8').read()

def nth(text, old, new, n=1):
    i = -1
    for _ in range(n):
        i = text.index(old, i + 1)
    return text[:i] + new + text[i + len(old):]

def unclose(text, quoted, n=1):
    """Drops the closing quote of the n-th occurrence of the quoted text "quoted"."""
    return nth(text, '"' + quoted + '"', '"' + quoted, n)

M, C, MM, P, PW = 'minimal', 'complete', 'multi-mentor', 'programme-agreement', 'programme-women-in-tech'
cases = [
    # the term written with 'until'
    ('term-until', M, lambda t: nth(t, ' to 2027-04-09', ' until 2027-04-09')),
    ('term-until', C, lambda t: nth(t, ' to 2027-07-09', ' until 2027-07-09')),
    ('term-until', P, lambda t: nth(t, ' to 2027-09-14', ' until 2027-09-14')),
    ('term-till', C, lambda t: nth(t, ' to 2027-07-09', ' till 2027-07-09')),
    # a capitalised section keyword
    ('capital-goal', M, lambda t: nth(t, '\ngoal ', '\nGoal ')),
    ('capital-goal', C, lambda t: nth(t, '\ngoal ', '\nGoal ')),
    ('capital-goal-second', C, lambda t: nth(t, '\ngoal ', '\nGoal ', 2)),
    ('capital-goal', MM, lambda t: nth(t, '\ngoal ', '\nGoal ')),
    ('capital-goal-second', MM, lambda t: nth(t, '\ngoal ', '\nGoal ', 2)),
    ('capital-goal', P, lambda t: nth(t, '\ngoal ', '\nGoal ')),
    ('capital-cadence', M, lambda t: nth(t, '\ncadence', '\nCadence')),
    ('capital-review', MM, lambda t: nth(t, '\nreview on', '\nReview on')),
    # a misspelled section keyword
    ('cadance', M, lambda t: nth(t, '\ncadence', '\ncadance')),
    ('cadance', C, lambda t: nth(t, '\ncadence', '\ncadance')),
    ('cadance', MM, lambda t: nth(t, '\ncadence', '\ncadance')),
    ('cadance', P, lambda t: nth(t, '\ncadence', '\ncadance')),
    ('cadance', PW, lambda t: nth(t, '\ncadence', '\ncadance')),
    ('boundries', M, lambda t: nth(t, '\nboundaries', '\nboundries')),
    ('boundries', MM, lambda t: nth(t, '\nboundaries', '\nboundries')),
    ('boundries', C, lambda t: nth(t, '\nboundaries', '\nboundries')),
    ('mentie', M, lambda t: nth(t, '\nmentee ', '\nmentie ')),
    ('mentie', MM, lambda t: nth(t, '\nmentee ', '\nmentie ')),
    ('purpse', M, lambda t: nth(t, '\npurpose ', '\npurpse ')),
    ('sign-of', C, lambda t: nth(t, '\nsign-off', '\nsign-of')),
    # a missing closing quote
    ('unclosed-purpose', M, lambda t: unclose(t, "Lee wants to give a first conference talk; Sam has spoken at twenty and will help Lee prepare.")),
    ('unclosed-name', M, lambda t: unclose(t, 'Sam Ortiz')),
    ('unclosed-name', MM, lambda t: unclose(t, 'Priya Nair')),
    ('unclosed-goal-title', C, lambda t: unclose(t, 'Give clear, kind feedback to peers')),
    ('unclosed-title', P, lambda t: unclose(t, 'From analyst to data scientist')),
    ('unclosed-check-in', M, lambda t: unclose(t, 'Is the talk still the right goal?')),
    ('unclosed-confidential', C, lambda t: unclose(t, "Grace is weighing an offer from another team; keep this between us.")),
    ('unclosed-prompt', MM, lambda t: unclose(t, 'What helped you grow this period?')),
    ('unclosed-escalation', MM, lambda t: unclose(t, 'decides within a week')),
    # a unit written short
    ('mins', M, lambda t: nth(t, 'for 45 minutes', 'for 45 mins')),
    ('mins', MM, lambda t: nth(t, 'for 45 minutes', 'for 45 mins')),
    ('mins-retrospective', MM, lambda t: nth(t, 'for 45 minutes', 'for 45 mins', 2)),
    ('mins', C, lambda t: nth(t, 'for 60 minutes', 'for 60 mins')),
    ('mins-kickoff', C, lambda t: nth(t, 'for 90 minutes', 'for 90 mins')),
    ('mins', PW, lambda t: nth(t, 'for 60 minutes', 'for 60 mins')),
    ('hrs', MM, lambda t: nth(t, '4 hours per month', '4 hrs per month')),
    ('sigend', M, lambda t: nth(t, '  lee signed on', '  lee sigend on')),
    ('strats', MM, lambda t: nth(t, 'priya starts conversations', 'priya strats conversations')),
    # single quotes
    ('single-quotes', MM, lambda t: nth(t, '"Bengaluru office, 3rd floor"', "'Bengaluru office, 3rd floor'")),
    ('single-quotes', C, lambda t: nth(t, '"Berlin office, room 4.12"', "'Berlin office, room 4.12'")),
    ('single-quotes-ward', M, lambda t: nth(t, 'by video at "https://meet.example.org/sam-lee"', "in person at 'Ward 7 staff room'")),
    ('single-quotes-purpose', P, lambda t: nth(t, 'purpose "', "purpose '").replace('knows the gaps that matter."', "knows the gaps that matter.'")),
    ('single-quotes-milestone', M, lambda t: nth(t, '"Submit the talk proposal"', "'Submit the talk proposal'")),
    # the cases of UserMistakesTest, in the examples
    ('tuesdy', C, lambda t: nth(t, 'on Tuesday at', 'on Tuesdy at')),
    ('thursdy', M, lambda t: nth(t, 'on Thursday at', 'on Thursdy at')),
    ('minuts', M, lambda t: nth(t, 'for 45 minutes', 'for 45 minuts')),
    ('weekday-small', MM, lambda t: nth(t, 'on Friday at', 'on friday at')),
    ('weekday-small', M, lambda t: nth(t, 'on Thursday at', 'on thursday at')),
    ('pm', M, lambda t: nth(t, 'at 16:00', 'at 4pm')),
    ('am', C, lambda t: nth(t, 'at 10:00 for 60', 'at 10am for 60')),
    ('pm', MM, lambda t: nth(t, 'at 14:00', 'at 2pm')),
    ('pm-minutes', M, lambda t: nth(t, 'at 16:00', 'at 4:15pm')),
    ('am-minutes', C, lambda t: nth(t, 'at 10:00 for 60', 'at 10:30am for 60')),
    # how often in words
    ('every-other-week', C, lambda t: nth(t, 'biweekly on Tuesday', 'every other week on Tuesday')),
    ('fortnightly', M, lambda t: nth(t, 'biweekly on Thursday', 'fortnightly on Thursday')),
    # other notations of times, amounts and words
    ('time-range', C, lambda t: nth(t, 'at 10:00 for 60 minutes by video', 'at 10:00-11:00 by video')),
    ('an-hour', C, lambda t: nth(t, 'at 10:00 for 30 minutes', 'at 10:00 for an hour')),
    ('a-month', M, lambda t: nth(t, 'sam offers 2 hours per month', 'sam offers 2 hours a month')),
    ('signed-no-on', M, lambda t: nth(t, 'sam signed on 2027-01-11', 'sam signed 2027-01-11')),
    ('timezone', M, lambda t: nth(t, 'time zone "America/Chicago"', 'timezone "America/Chicago"')),
    ('time-zone-unquoted', M, lambda t: nth(t, 'time zone "America/Chicago"', 'time zone America/Chicago')),
    ('braces', M, lambda t: nth(t, 'spring meetup"\n', 'spring meetup" {\n').replace('before the talk"\n', 'before the talk"\n}\n')),
    ('braces', MM, lambda t: nth(t, '"Take a full on-call shift alone"\n', '"Take a full on-call shift alone" {\n')),
    ('no-due', M, lambda t: nth(t, '"Submit the talk proposal" due', '"Submit the talk proposal"')),
    ('no-due', C, lambda t: nth(t, '"Lead one review alone" due', '"Lead one review alone"')),
    ('no-due', P, lambda t: nth(t, '"Baseline model with a written evaluation" due', '"Baseline model with a written evaluation"')),
    ('email-unquoted', M, lambda t: nth(t, 'email "lee.park@example.org"', 'email lee.park@example.org')),
    ('email-unquoted', MM, lambda t: nth(t, 'email "mei.chen@example.org"', 'email mei.chen@example.org')),
    ('email-unquoted', PW, lambda t: nth(t, 'email "mentoring@example.org"', 'email mentoring@example.org')),
    ('text-unquoted', M, lambda t: nth(t, 'rehearsal feedback"', 'rehearsal feedback').replace('per month "rehearsal', 'per month rehearsal')),
    ('word-as-name', M, lambda t: nth(t, 'goal first-talk', 'goal reading')),
    ('semicolon', M, lambda t: nth(t, 'due 2027-02-01\n', 'due 2027-02-01;\n')),
    ('semicolon', C, lambda t: nth(t, 'due 2027-02-12\n', 'due 2027-02-12;\n')),
    ('date-slashes', M, lambda t: nth(t, 'due 2027-02-01', 'due 01/02/2027')),
    ('time-25', MM, lambda t: nth(t, 'at 14:00', 'at 25:00')),
    # a party that is not declared and has no close name: the advice shows no made-up person
    ('unknown-party', M, lambda t: nth(t, '  sam offers', '  zoltan offers')),
]

here = os.path.dirname(os.path.abspath(__file__))
old = {}
for f in os.listdir(here):
    if f.endswith('.mentor'):
        first = open(os.path.join(here, f), encoding='utf-8').readline()
        old[f] = first
        os.remove(os.path.join(here, f))
seen = {}
for mistake, example, change in cases:
    text = change(ex(example))
    assert text != ex(example), (mistake, example)
    name = f'{mistake}--{example}.mentor'
    assert name not in seen, name
    seen[name] = 1
    expect = old.get(name, '// expect: ?\n')
    if not expect.startswith('// expect:'):
        expect = '// expect: ?\n'
    with open(os.path.join(here, name), 'w', encoding='utf-8', newline='') as out:
        out.write(expect + text)
print(len(cases), 'files')
