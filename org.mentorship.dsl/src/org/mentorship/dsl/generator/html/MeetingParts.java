package org.mentorship.dsl.generator.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mentorship.dsl.mentor.Async;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.Duration;
import org.mentorship.dsl.mentor.InPerson;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Mode;
import org.mentorship.dsl.mentor.Modes;
import org.mentorship.dsl.mentor.Preparation;
import org.mentorship.dsl.mentor.Prompt;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.Video;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.MeetingSeries;

/** When the parties meet: ways of meeting, the cadence and its sessions, kickoff, check-ins, retrospectives. */
final class MeetingParts {

	private final PageWriter w;
	private final Html h;

	MeetingParts(PageWriter writer) {
		this.w = writer;
		this.h = writer.h;
	}

	void modes() {
		List<Mode> modes = w.all(Modes.class).stream().flatMap(m -> m.getModes().stream()).toList();
		w.section("modes", "Ways of meeting", !modes.isEmpty(), () -> {
			w.list("ul", modes, (mode, i) -> {
				h.words(PageWriter.capitalised(mode(mode)));
				if (mode.getDetail() != null) {
					h.words(mode instanceof Async ? ": " : " at ").user(mode.getDetail());
				}
			});
			h.newline();
		});
	}

	private static String mode(Mode mode) {
		return mode instanceof InPerson ? "in person" : mode instanceof Video ? "by video" : "async";
	}

	void cadence() {
		List<Cadence> cadences = w.all(Cadence.class);
		w.section("cadence", "Cadence and routine", !cadences.isEmpty(), () -> cadences.forEach(this::cadence));
	}

	private void cadence(Cadence cadence) {
		h.open("dl", "class", "pairs").newline();
		Optional<Schedule> schedule = Defaults.schedule(cadence);
		w.pair("Schedule", () -> schedule.ifPresentOrElse(this::schedule, () -> h.words("No schedule written")));
		schedule.ifPresent(s -> sessions(s, MeetingSeries.skips(cadence)));
		List<String> skipTexts = Defaults.skips(cadence).stream().flatMap(s -> s.getDates().stream()).toList();
		if (!skipTexts.isEmpty()) {
			w.pair("No session on", () -> w.joined(skipTexts, w::date));
		}
		List<String> agenda = Defaults.agenda(cadence).stream().flatMap(a -> a.getItems().stream()).toList();
		if (!agenda.isEmpty()) {
			w.pair("Agenda", () -> w.list("ol", agenda, (item, i) -> h.user(item)));
		}
		List<Preparation> preparations = Defaults.preparations(cadence);
		if (!preparations.isEmpty()) {
			w.pair("Preparation", () -> w.list("ul", preparations, (p, i) -> {
				w.name(p.getParty());
				h.words(" " + p.getVerb() + " ").user(p.getText());
			}));
		}
		h.close("dl").newline();
		w.basedOn(cadence, Cadence::getBase);
	}

	/** "Every second week on Tuesday at 10:00 for 60 minutes, by video at ..." */
	private void schedule(Schedule schedule) {
		h.words(Wording.frequency(schedule.getFrequency()) + Wording.day(schedule.getDay(), schedule.getFrequency()));
		if (schedule.getTime() != null) {
			h.words(" at " + Wording.time(schedule.getTime()));
		}
		if (schedule.getDuration() != null) {
			h.words(" for " + Wording.duration(schedule.getDuration()));
		}
		Mode mode = schedule.getMode();
		if (mode != null) {
			h.words(", " + mode(mode));
			if (mode.getDetail() != null) {
				h.words(mode instanceof Async ? ": " : " at ").user(mode.getDetail());
			}
		}
	}

	/** How many sessions the term holds, and the first and last (MeetingSeries counts them). */
	private void sessions(Schedule schedule, Set<LocalDate> skips) {
		Optional<LocalDate> start = Agreements.start(w.agreement);
		Optional<LocalDate> end = Agreements.end(w.agreement);
		if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
			return;
		}
		List<LocalDate> dates = MeetingSeries.dates(schedule, start.get(), end.get(), skips);
		if (dates.isEmpty()) {
			return;
		}
		w.pair("Sessions", () -> {
			h.words(dates.size() + (dates.size() == 1 ? " session in the term, on " : " sessions in the term, from "));
			w.date(dates.get(0));
			if (dates.size() > 1) {
				h.words(" to ");
				w.date(dates.get(dates.size() - 1));
			}
		});
	}

	void kickoff() {
		List<Kickoff> kickoffs = w.all(Kickoff.class);
		w.section("kickoff", "Kickoff", !kickoffs.isEmpty(), () -> {
			w.list("ul", kickoffs, (k, i) -> {
				when(k.getDate(), k.getTime(), k.getDuration());
				if (k.getText() != null) {
					h.words(": ").user(k.getText());
				}
			});
			h.newline();
		});
	}

	/** "13 April 2027 at 10:00 for 30 minutes" */
	private void when(String date, String time, Duration duration) {
		h.open("strong");
		w.date(date);
		h.close("strong");
		if (time != null) {
			h.words(" at " + Wording.time(time));
		}
		if (duration != null) {
			h.words(" for " + Wording.duration(duration));
		}
	}

	void checkIns() {
		List<CheckIn> checkIns = w.all(CheckIn.class);
		w.section("check-ins", "Check-ins", !checkIns.isEmpty(), () -> {
			w.list("ul", checkIns, (c, i) -> {
				when(c.getDate(), c.getTime(), c.getDuration());
				if (c.getText() != null) {
					h.words(": ").user(c.getText());
				}
				if (!c.getGoals().isEmpty()) {
					h.words(" ").open("span", "class", "about").words("About: ");
					w.joined(c.getGoals(), g -> {
						if (g == null || g.eIsProxy()) {
							h.words("(unknown goal)");
						} else {
							h.words("\u201c").user(g.getTitle()).words("\u201d");
						}
					});
					h.words(".").close("span");
				}
			});
			h.newline();
		});
	}

	void retrospectives() {
		List<Retrospective> retros = w.all(Retrospective.class);
		w.section("retrospectives", "Retrospectives", !retros.isEmpty(), () -> {
			w.list("ul", retros, (r, i) -> {
				h.open("strong");
				if (r.getEvery() != null) {
					h.words(PageWriter.capitalised(Wording.every(r.getEvery())));
					if (r.getStart() != null) {
						h.words(" from ");
						w.date(r.getStart());
					}
				} else {
					w.date(r.getDate());
				}
				h.close("strong");
				if (r.getTime() != null) {
					h.words(" at " + Wording.time(r.getTime()));
				}
				if (r.getDuration() != null) {
					h.words(" for " + Wording.duration(r.getDuration()));
				}
				if (!r.getPrompts().isEmpty()) {
					w.list("ul", r.getPrompts(), (Prompt p, Integer j) -> h.user(p.getText()));
				}
			});
			h.newline();
		});
	}
}
