package org.mentorship.dsl.generator.html;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.mentorship.dsl.mentor.AgendaOwner;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Ambition;
import org.mentorship.dsl.mentor.AmbitionKind;
import org.mentorship.dsl.mentor.Async;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.BoundaryClause;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Career;
import org.mentorship.dsl.mentor.CareerClause;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.mentor.Channels;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.ConfidentialNote;
import org.mentorship.dsl.mentor.Confidentiality;
import org.mentorship.dsl.mentor.ConflictOfInterest;
import org.mentorship.dsl.mentor.Consent;
import org.mentorship.dsl.mentor.ConversationStarter;
import org.mentorship.dsl.mentor.CountCriterion;
import org.mentorship.dsl.mentor.Decision;
import org.mentorship.dsl.mentor.Document;
import org.mentorship.dsl.mentor.Duration;
import org.mentorship.dsl.mentor.Equity;
import org.mentorship.dsl.mentor.Escalation;
import org.mentorship.dsl.mentor.EscalationStep;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.EthicsClause;
import org.mentorship.dsl.mentor.EvidenceKind;
import org.mentorship.dsl.mentor.Exposure;
import org.mentorship.dsl.mentor.FeedbackStyle;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.InPerson;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Mode;
import org.mentorship.dsl.mentor.Modes;
import org.mentorship.dsl.mentor.Networking;
import org.mentorship.dsl.mentor.NotesRepository;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.PlainCriterion;
import org.mentorship.dsl.mentor.Preparation;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.ProgressKeeper;
import org.mentorship.dsl.mentor.Prompt;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.QuietHours;
import org.mentorship.dsl.mentor.RatingCriterion;
import org.mentorship.dsl.mentor.Reading;
import org.mentorship.dsl.mentor.Resource;
import org.mentorship.dsl.mentor.Resources;
import org.mentorship.dsl.mentor.ResponseTime;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.Revisit;
import org.mentorship.dsl.mentor.Risk;
import org.mentorship.dsl.mentor.RoleClause;
import org.mentorship.dsl.mentor.Roles;
import org.mentorship.dsl.mentor.RubricCriterion;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.Section;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.mentor.Signature;
import org.mentorship.dsl.mentor.Stretch;
import org.mentorship.dsl.mentor.SuccessCriterion;
import org.mentorship.dsl.mentor.TimeCommitment;
import org.mentorship.dsl.mentor.Tool;
import org.mentorship.dsl.mentor.Video;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.values.Dates;

/**
 * The printable summary of an agreement: one self-contained HTML5 page (polyglot markup, inline CSS,
 * no script, nothing loaded from elsewhere) that prints on A4. Sections of one kind are shown together
 * under one heading, in a fixed order; programme defaults taken with {@code like} are shown as part of
 * the agreement. Only the parties' copy ({@link Audience#PARTIES}) shows the confidential notes; the
 * copies are otherwise identical.
 * <p>
 * Stateless: every call writes a new page, so one instance can be injected and shared.
 */
public class SummaryGenerator {

	public String summary(Agreement agreement, Audience audience) {
		Objects.requireNonNull(agreement, "agreement");
		Objects.requireNonNull(audience, "audience");
		return new Page(agreement, audience).write();
	}

	/** One page being written: everything here lives for one call of {@link #summary}. */
	private static final class Page {

		private static final String UNKNOWN_PARTY = "(unknown party)";

		private final Agreement agreement;
		private final Audience audience;
		private final Html h = new Html();

		Page(Agreement agreement, Audience audience) {
			this.agreement = agreement;
			this.audience = audience;
		}

		<T extends Section> List<T> all(Class<T> type) {
			return Agreements.sections(agreement, type);
		}

		String write() {
			h.constant("<!DOCTYPE html>").newline();
			h.open("html", "lang", "en", "xmlns", "http://www.w3.org/1999/xhtml").newline();
			head();
			h.open("body").newline();
			header();
			h.open("main").newline();
			purpose();
			parties();
			goals();
			h.open("div", "class", "columns").newline();
			modes();
			cadence();
			boundaries();
			kickoff();
			checkIns();
			retrospectives();
			ethics();
			resources();
			risks();
			escalation();
			decisionsAndChanges();
			career();
			review();
			h.close("div").newline();
			if (audience.seesConfidentialNotes()) {
				confidential();
			}
			h.close("main").newline();
			signOff();
			h.close("body").newline();
			h.close("html").newline();
			return h.toString();
		}

		// ---------------------------------------------------------------------------------------
		// Head and header
		// ---------------------------------------------------------------------------------------

		private void head() {
			h.open("head").newline();
			h.empty("meta", "charset", "utf-8").newline();
			h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
			h.open("title").text(agreement.getTitle()).words(" \u2013 mentorship agreement").close("title").newline();
			h.open("style").constant(Style.css()).close("style").newline();
			h.close("head").newline();
		}

		private void header() {
			h.open("header").newline();
			h.open("p", "class", "kind").words("Mentorship agreement");
			programme().ifPresent(p -> h.words(" \u00b7 ").user(p.getTitle()));
			h.close("p").newline();
			h.open("h1").user(agreement.getTitle()).close("h1").newline();
			h.open("dl", "class", "facts").newline();
			pair("Agreement", () -> h.user(agreement.getName()));
			if (agreement.getVersion() > 0) {
				pair("Version", () -> h.words(Integer.toString(agreement.getVersion())));
			}
			if (agreement.getStart() != null) {
				pair("Term", this::term);
			}
			Agreements.timeZoneText(agreement).ifPresent(zone -> pair("Time zone", () -> h.user(zone)));
			h.close("dl").newline();
			h.close("header").newline();
		}

		/** One term and its description in a dl, grouped in a div so that print keeps them together. */
		private void pair(String term, Runnable description) {
			pair(() -> h.words(term), description);
		}

		private void pair(Runnable term, Runnable description) {
			h.open("div").open("dt");
			term.run();
			h.close("dt").open("dd");
			description.run();
			h.close("dd").close("div").newline();
		}

		private void term() {
			date(agreement.getStart());
			if (agreement.getEnd() != null) {
				h.words(" to ");
				date(agreement.getEnd());
			} else if (agreement.getLength() != null) {
				h.words(" for " + Wording.duration(agreement.getLength()));
				Agreements.end(agreement).ifPresent(end -> {
					h.words(" (until ");
					date(end);
					h.words(")");
				});
			}
		}

		private Optional<Programme> programme() {
			Programme programme = agreement.getProgramme();
			return programme == null || programme.eIsProxy() ? Optional.empty() : Optional.of(programme);
		}

		// ---------------------------------------------------------------------------------------
		// Sections
		// ---------------------------------------------------------------------------------------

		/** A part of the page: a section labelled by its h2. Nothing is written for an empty part. */
		private void section(String id, String heading, boolean present, Runnable content) {
			section(id, heading, present, null, content);
		}

		private void section(String id, String heading, boolean present, String cssClass, Runnable content) {
			if (!present) {
				return;
			}
			if (cssClass == null) {
				h.open("section", "id", id, "aria-labelledby", id + "-title");
			} else {
				h.open("section", "id", id, "class", cssClass, "aria-labelledby", id + "-title");
			}
			h.newline().element("h2", heading, "id", id + "-title").newline();
			content.run();
			h.close("section").newline();
		}

		private void purpose() {
			List<Purpose> purposes = all(Purpose.class);
			section("purpose", "Purpose", !purposes.isEmpty(), () -> {
				for (Purpose purpose : purposes) {
					h.open("p").user(purpose.getText()).close("p").newline();
				}
			});
		}

		private void parties() {
			List<Party> parties = Agreements.parties(agreement);
			List<Party> contacts = programme().map(p -> EcoreUtil2.typeSelect(p.getDefaults(), Party.class))
					.orElse(List.of());
			List<RoleClause> roles = all(Roles.class).stream().flatMap(r -> r.getClauses().stream()).toList();
			section("parties", "Parties and roles", !parties.isEmpty() || !contacts.isEmpty() || !roles.isEmpty(), () -> {
				if (!parties.isEmpty() || !contacts.isEmpty()) {
					h.open("ul", "class", "parties").newline();
					parties.forEach(p -> party(p, false));
					contacts.forEach(p -> party(p, true));
					h.close("ul").newline();
				}
				if (!roles.isEmpty()) {
					h.open("ul", "class", "roles").newline();
					roles.forEach(this::role);
					h.close("ul").newline();
				}
			});
		}

		private void party(Party party, boolean ofProgramme) {
			h.open("li").open("p", "class", "party");
			h.open("strong").user(party.getFullName()).close("strong");
			h.words(", " + role(party.getRole()) + (ofProgramme ? " of the programme" : ""));
			if (party.getEmail() != null) {
				h.words(" \u00b7 ").open("span", "class", "email").user(party.getEmail()).close("span");
			}
			h.close("p");
			if (!party.getResponsibilities().isEmpty()) {
				h.open("ul", "class", "responsibilities");
				party.getResponsibilities().forEach(r -> h.open("li").words("Responsible for ").user(r.getText()).close("li"));
				h.close("ul");
			}
			h.close("li").newline();
		}

		private static String role(PartyRole role) {
			return role.getLiteral();
		}

		private void role(RoleClause clause) {
			h.open("li");
			if (clause instanceof FeedbackStyle) {
				h.open("strong").words("Feedback").close("strong").words(": ").user(clause.getText());
			} else {
				Party party = clause instanceof ConversationStarter c ? c.getParty()
						: clause instanceof ProgressKeeper k ? k.getParty() : ((AgendaOwner) clause).getParty();
				String does = clause instanceof ConversationStarter ? " starts conversations"
						: clause instanceof ProgressKeeper ? " documents progress" : " owns the agenda";
				name(party);
				h.words(does);
				if (clause.getText() != null) {
					h.words(": ").user(clause.getText());
				}
			}
			h.close("li").newline();
		}

		private void goals() {
			List<Goal> goals = all(Goal.class);
			section("goals", "Goals", !goals.isEmpty(), () -> {
				h.open("table", "class", "goals").newline();
				h.element("caption", "Each goal with its milestones, the evidence of progress and how success is recognised").newline();
				h.open("thead").open("tr");
				for (String column : List.of("Goal", "Milestones", "Evidence", "Success criteria")) {
					h.element("th", column, "scope", "col");
				}
				h.close("tr").close("thead").newline();
				h.open("tbody").newline();
				goals.forEach(this::goal);
				h.close("tbody").newline();
				h.close("table").newline();
			});
		}

		private void goal(Goal goal) {
			h.open("tr").newline();
			h.open("th", "scope", "row").open("p", "class", "goal-title").user(goal.getTitle()).close("p");
			if (goal.getWhy() != null) {
				h.open("p", "class", "why").words("Why: ").user(goal.getWhy()).close("p");
			}
			h.close("th").newline();
			cell(goal.getMilestones(), (m, i) -> {
				h.user(m.getTitle()).words(" ").open("span", "class", "due").words("due ");
				date(m.getDue());
				h.close("span");
			});
			cell(goal.getEvidence(), (e, i) -> {
				if (e.getKind() != EvidenceKind.OTHER) {
					h.open("span", "class", "label").words(capitalised(e.getKind().getLiteral()) + ":").close("span").words(" ");
				}
				h.user(e.getText());
				if (e.getOwner() != null) {
					h.words(" (from ");
					name(e.getOwner());
					h.words(")");
				}
			});
			cell(goal.getCriteria(), (c, i) -> criterion(c));
			h.close("tr").newline();
		}

		/** A table cell with a list, or a dash when there is nothing. */
		private <T> void cell(List<T> items, BiConsumer<T, Integer> item) {
			h.open("td");
			if (items.isEmpty()) {
				h.words("\u2014");
			} else {
				list("ul", items, item);
			}
			h.close("td").newline();
		}

		private <T> void list(String tag, List<T> items, BiConsumer<T, Integer> item) {
			h.open(tag);
			for (int i = 0; i < items.size(); i++) {
				h.open("li");
				item.accept(items.get(i), i);
				h.close("li");
			}
			h.close(tag);
		}

		private void criterion(SuccessCriterion criterion) {
			if (criterion instanceof CountCriterion count) {
				h.words("At least " + count.getCount() + " ").user(count.getWhat());
			} else if (criterion instanceof RatingCriterion rating) {
				h.user(rating.getWhat()).words(": rated " + rating.getRating() + " out of " + rating.getScale());
				if (rating.getRater() != null) {
					h.words(" by ");
					name(rating.getRater());
				}
			} else if (criterion instanceof RubricCriterion rubric) {
				h.words("Level ").user(rubric.getLevel()).words(" on ").user(rubric.getRubric());
			} else if (criterion instanceof PlainCriterion plain) {
				h.user(plain.getWhat());
			}
			if (criterion.getDue() != null) {
				h.words(" ").open("span", "class", "due").words("by ");
				date(criterion.getDue());
				h.close("span");
			}
		}

		private void modes() {
			List<Mode> modes = all(Modes.class).stream().flatMap(m -> m.getModes().stream()).toList();
			section("modes", "Ways of meeting", !modes.isEmpty(), () -> {
				list("ul", modes, (mode, i) -> {
					h.words(capitalised(mode(mode)));
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

		private void cadence() {
			List<Cadence> cadences = all(Cadence.class);
			section("cadence", "Cadence and routine", !cadences.isEmpty(), () -> cadences.forEach(this::cadence));
		}

		private void cadence(Cadence cadence) {
			h.open("dl", "class", "pairs").newline();
			Optional<Schedule> schedule = Defaults.schedule(cadence);
			pair("Schedule", () -> schedule.ifPresentOrElse(this::schedule, () -> h.words("No schedule written")));
			List<LocalDate> skips = Defaults.skips(cadence).stream().flatMap(s -> s.getDates().stream())
					.map(Dates::parse).flatMap(Optional::stream).toList();
			schedule.ifPresent(s -> sessions(s, Set.copyOf(skips)));
			List<String> skipTexts = Defaults.skips(cadence).stream().flatMap(s -> s.getDates().stream()).toList();
			if (!skipTexts.isEmpty()) {
				pair("No session on", () -> joined(skipTexts, this::date));
			}
			List<String> agenda = Defaults.agenda(cadence).stream().flatMap(a -> a.getItems().stream()).toList();
			if (!agenda.isEmpty()) {
				pair("Agenda", () -> list("ol", agenda, (item, i) -> h.user(item)));
			}
			List<Preparation> preparations = Defaults.preparations(cadence);
			if (!preparations.isEmpty()) {
				pair("Preparation", () -> list("ul", preparations, (p, i) -> {
					name(p.getParty());
					h.words(" " + p.getVerb() + " ").user(p.getText());
				}));
			}
			h.close("dl").newline();
			basedOn(cadence, Cadence::getBase);
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
			Optional<LocalDate> start = Agreements.start(agreement);
			Optional<LocalDate> end = Agreements.end(agreement);
			if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
				return;
			}
			List<LocalDate> dates = MeetingSeries.dates(schedule, start.get(), end.get(), skips);
			if (dates.isEmpty()) {
				return;
			}
			pair("Sessions", () -> {
				h.words(dates.size() + (dates.size() == 1 ? " session in the term, on " : " sessions in the term, from "));
				date(dates.get(0));
				if (dates.size() > 1) {
					h.words(" to ");
					date(dates.get(dates.size() - 1));
				}
			});
		}

		/** A note that the section takes over a programme's default ("like"). */
		private <S extends EObject> void basedOn(S section, Function<S, S> base) {
			List<S> chain = Defaults.chain(section, base);
			if (chain.size() < 2) {
				return;
			}
			Document from = EcoreUtil2.getContainerOfType(chain.get(1), Document.class);
			if (from instanceof Programme) {
				h.element("p", "Includes the programme\u2019s defaults.", "class", "note").newline();
			}
		}

		private void boundaries() {
			List<Boundaries> all = all(Boundaries.class);
			List<BoundaryClause> clauses = all.stream().flatMap(b -> Defaults.clauses(b).stream()).toList();
			section("boundaries", "Boundaries", !all.isEmpty(), () -> {
				if (clauses.isEmpty()) {
					h.element("p", "No boundaries written.").newline();
				} else {
					list("ul", clauses, (clause, i) -> boundary(clause));
					h.newline();
				}
				all.forEach(b -> basedOn(b, Boundaries::getBase));
			});
		}

		private void boundary(BoundaryClause clause) {
			if (clause instanceof Channels channels) {
				h.words("Channels: ");
				joined(channels.getChannels(), h::user);
			} else if (clause instanceof ResponseTime reply) {
				h.words("Reply within " + Wording.duration(reply.getWithin()));
				if (reply.getChannel() != null) {
					h.words(" on ").user(reply.getChannel());
				}
			} else if (clause instanceof QuietHours quiet) {
				h.words("Quiet hours from " + Wording.time(quiet.getFrom()) + " to " + Wording.time(quiet.getUntil())
						+ (quiet.isWeekends() ? ", and at weekends" : ""));
			}
		}

		private void kickoff() {
			List<Kickoff> kickoffs = all(Kickoff.class);
			section("kickoff", "Kickoff", !kickoffs.isEmpty(), () -> {
				list("ul", kickoffs, (k, i) -> {
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
			date(date);
			h.close("strong");
			if (time != null) {
				h.words(" at " + Wording.time(time));
			}
			if (duration != null) {
				h.words(" for " + Wording.duration(duration));
			}
		}

		private void checkIns() {
			List<CheckIn> checkIns = all(CheckIn.class);
			section("check-ins", "Check-ins", !checkIns.isEmpty(), () -> {
				list("ul", checkIns, (c, i) -> {
					when(c.getDate(), c.getTime(), c.getDuration());
					if (c.getText() != null) {
						h.words(": ").user(c.getText());
					}
					if (!c.getGoals().isEmpty()) {
						h.words(" ").open("span", "class", "about").words("About: ");
						joined(c.getGoals(), g -> {
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

		private void retrospectives() {
			List<Retrospective> retros = all(Retrospective.class);
			section("retrospectives", "Retrospectives", !retros.isEmpty(), () -> {
				list("ul", retros, (r, i) -> {
					h.open("strong");
					if (r.getEvery() != null) {
						h.words(capitalised(Wording.every(r.getEvery())));
						if (r.getStart() != null) {
							h.words(" from ");
							date(r.getStart());
						}
					} else {
						date(r.getDate());
					}
					h.close("strong");
					if (r.getTime() != null) {
						h.words(" at " + Wording.time(r.getTime()));
					}
					if (r.getDuration() != null) {
						h.words(" for " + Wording.duration(r.getDuration()));
					}
					if (!r.getPrompts().isEmpty()) {
						list("ul", r.getPrompts(), (Prompt p, Integer j) -> h.user(p.getText()));
					}
				});
				h.newline();
			});
		}

		private void ethics() {
			List<Ethics> all = all(Ethics.class);
			List<EthicsClause> clauses = all.stream().flatMap(e -> Defaults.clauses(e).stream())
					.sorted(Comparator.comparingInt(Page::ethicsOrder)).toList();
			section("ethics", "Ethics", !all.isEmpty(), () -> {
				if (clauses.isEmpty()) {
					h.element("p", "No ethics clauses written.").newline();
				} else {
					h.open("dl", "class", "pairs").newline();
					for (EthicsClause clause : clauses) {
						pair(ethicsName(clause), () -> h.user(clause.getText()));
					}
					h.close("dl").newline();
				}
				all.forEach(e -> basedOn(e, Ethics::getBase));
			});
		}

		private static int ethicsOrder(EthicsClause clause) {
			return clause instanceof Confidentiality ? 0 : clause instanceof Consent ? 1 : clause instanceof ConflictOfInterest ? 2 : 3;
		}

		private static String ethicsName(EthicsClause clause) {
			return clause instanceof Confidentiality ? "Confidentiality"
					: clause instanceof Consent ? "Consent"
					: clause instanceof ConflictOfInterest ? "Conflicts of interest" : clause instanceof Equity ? "Equity" : "Ethics";
		}

		private void resources() {
			List<Resource> items = all(Resources.class).stream().flatMap(r -> r.getItems().stream()).toList();
			section("resources", "Resources", !items.isEmpty(), () -> {
				list("ul", items, (item, i) -> {
					if (item instanceof TimeCommitment time) {
						name(time.getParty());
						h.words(" " + time.getVerb() + " " + Wording.duration(time.getAmount()) + " per "
								+ Wording.unit(time.getPer(), false));
						if (time.getText() != null) {
							h.words(": ").user(time.getText());
						}
					} else {
						String label = item instanceof Tool ? "Tool" : item instanceof NotesRepository ? "Notes" : item instanceof Reading ? "Reading" : "Resource";
						h.open("span", "class", "label").words(label + ":").close("span").words(" ").user(item.getText());
					}
				});
				h.newline();
			});
		}

		private void risks() {
			List<Risk> risks = all(Risk.class);
			section("risks", "Risks", !risks.isEmpty(), () -> {
				h.open("dl", "class", "risks").newline();
				for (Risk risk : risks) {
					pair(() -> h.user(risk.getText()), () -> {
						if (risk.getMitigation() == null) {
							h.words("No mitigation written.");
						} else {
							h.words("Mitigation: ").user(risk.getMitigation());
						}
					});
				}
				h.close("dl").newline();
			});
		}

		private void escalation() {
			List<Escalation> all = all(Escalation.class);
			List<EscalationStep> steps = all.stream().flatMap(e -> Defaults.steps(e).stream()).toList();
			section("escalation", "Escalation", !all.isEmpty(), () -> {
				if (steps.isEmpty()) {
					h.element("p", "No escalation steps written.").newline();
				} else {
					list("ol", steps, (step, i) -> {
						h.open("strong");
						joined(step.getContacts(), this::name);
						h.close("strong").words(": ").user(step.getText());
					});
					h.newline();
				}
				all.forEach(e -> basedOn(e, Escalation::getBase));
			});
		}

		/** Decisions and changes, oldest first (in the order written when dates are equal or unreadable). */
		private void decisionsAndChanges() {
			List<Section> records = agreement.getSections().stream().filter(s -> s instanceof Decision || s instanceof Change)
					.sorted(Comparator.comparing((Section s) -> Dates.parse(recordDate(s)).orElse(LocalDate.MAX))).toList();
			section("decisions", "Decisions and changes", !records.isEmpty(), () -> {
				list("ul", records, (record, i) -> {
					h.open("strong");
					date(recordDate(record));
					h.close("strong");
					if (record instanceof Decision decision) {
						h.words(" decided: ").user(decision.getText());
					} else {
						Change change = (Change) record;
						h.words(change.getVersion() > 0 ? " changed in version " + change.getVersion() + ": " : " changed: ")
								.user(change.getText());
					}
				});
				h.newline();
			});
		}

		private static String recordDate(Section record) {
			return record instanceof Decision decision ? decision.getDate() : ((Change) record).getDate();
		}

		private void career() {
			List<CareerClause> clauses = all(Career.class).stream().flatMap(c -> c.getClauses().stream()).toList();
			section("career", "Career", !clauses.isEmpty(), () -> {
				h.open("dl", "class", "pairs").newline();
				for (CareerClause clause : clauses) {
					if (clause instanceof Ambition ambition) {
						pair(ambition.getKind() == AmbitionKind.GENERAL ? "Ambition"
								: "Ambition (" + ambition.getKind().getLiteral() + ")", () -> h.user(ambition.getText()));
					} else if (clause instanceof Stretch stretch) {
						pair("Stretch", () -> h.user(stretch.getText()));
					} else if (clause instanceof Networking networking) {
						pair("Networking", () -> h.user(networking.getText()));
					} else if (clause instanceof Exposure exposure) {
						pair("Exposure", () -> h.user(exposure.getText()));
					} else if (clause instanceof Revisit revisit) {
						pair("Revisit on", () -> date(revisit.getDate()));
					}
				}
				h.close("dl").newline();
			});
		}

		private void review() {
			List<Review> reviews = all(Review.class);
			section("review", "Review", !reviews.isEmpty(), () -> {
				for (Review review : reviews) {
					h.open("p").words("Review on ").open("strong");
					date(review.getDate());
					h.close("strong");
					if (review.getText() != null) {
						h.words(": ").user(review.getText());
					}
					h.close("p").newline();
				}
			});
		}

		private void confidential() {
			List<ConfidentialNote> notes = all(ConfidentialNote.class);
			section("confidential", "Confidential notes", !notes.isEmpty(), "confidential", () -> {
				h.element("p", "For the parties only: the copies for the sponsor and the programme leave these notes out.",
						"class", "note").newline();
				list("ul", notes, (note, i) -> h.user(note.getText()));
				h.newline();
			});
		}

		/** The sign-off lines; without a sign-off section, the mentors and mentees are listed to sign. */
		private void signOff() {
			List<Signature> signatures = all(SignOff.class).stream().flatMap(s -> s.getSignatures().stream()).toList();
			List<Party> toSign = signatures.isEmpty() ? Agreements.parties(agreement).stream()
					.filter(p -> p.getRole() == PartyRole.MENTOR || p.getRole() == PartyRole.CO_MENTOR || p.getRole() == PartyRole.MENTEE)
					.toList() : List.of();
			h.open("footer", "aria-labelledby", "sign-off-title").newline();
			h.element("h2", "Sign-off", "id", "sign-off-title").newline();
			h.open("ul", "class", "signatures").newline();
			for (Signature signature : signatures) {
				signatureLine(signature.getParty(), signature.isSigned() ? signature.getDate() : null);
			}
			for (Party party : toSign) {
				signatureLine(party, null);
			}
			h.close("ul").newline();
			h.close("footer").newline();
		}

		private void signatureLine(Party party, String signedOn) {
			h.open("li").open("span", "class", "signer");
			name(party);
			if (party != null && !party.eIsProxy()) {
				h.words(", " + role(party.getRole()));
			}
			h.close("span").words(" ");
			if (signedOn != null) {
				h.open("span", "class", "signed").words("Signed on ");
				date(signedOn);
				h.close("span");
			} else {
				h.element("span", "Signature and date", "class", "to-sign");
			}
			h.close("li").newline();
		}

		// ---------------------------------------------------------------------------------------
		// Small pieces
		// ---------------------------------------------------------------------------------------

		/** A party's full name, isolated; an unresolved reference says so. */
		private void name(Party party) {
			if (party == null || party.eIsProxy()) {
				h.words(UNKNOWN_PARTY);
			} else {
				h.user(party.getFullName() != null ? party.getFullName() : party.getName());
			}
		}

		/** A date as words in a time element; a date the validator rejects is shown as written. */
		private void date(String text) {
			Optional<LocalDate> date = Dates.parse(text);
			if (date.isPresent()) {
				date(date.get());
			} else {
				h.user(text);
			}
		}

		private void date(LocalDate date) {
			h.open("time", "datetime", date.toString()).words(Wording.date(date)).close("time");
		}

		/** "a", "a and b", "a, b and c", each item written by {@code write}. */
		private <T> void joined(List<T> items, Consumer<T> write) {
			for (int i = 0; i < items.size(); i++) {
				if (i > 0) {
					h.words(i == items.size() - 1 ? " and " : ", ");
				}
				write.accept(items.get(i));
			}
		}

		private static String capitalised(String words) {
			return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}
	}
}
