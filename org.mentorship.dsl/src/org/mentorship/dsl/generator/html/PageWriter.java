package org.mentorship.dsl.generator.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Document;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Section;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.values.Dates;

/**
 * One page being written, and the small writing pieces every part of it shares (sections, pairs,
 * lists, names, dates). Lives for one call of {@link SummaryGenerator#summary}.
 */
final class PageWriter {

	private static final String UNKNOWN_PARTY = "(unknown party)";

	final Agreement agreement;
	final Html h = new Html();

	PageWriter(Agreement agreement) {
		this.agreement = agreement;
	}

	<T extends Section> List<T> all(Class<T> type) {
		return Agreements.sections(agreement, type);
	}

	/** A part of the page: a section labelled by its h2. Nothing is written for an empty part. */
	void section(String id, String heading, boolean present, Runnable content) {
		section(id, heading, present, null, content);
	}

	void section(String id, String heading, boolean present, String cssClass, Runnable content) {
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

	/** One term and its description in a dl, grouped in a div so that print keeps them together. */
	void pair(String term, Runnable description) {
		pair(() -> h.words(term), description);
	}

	void pair(Runnable term, Runnable description) {
		h.open("div").open("dt");
		term.run();
		h.close("dt").open("dd");
		description.run();
		h.close("dd").close("div").newline();
	}

	/** A table cell with a list, or a dash when there is nothing. */
	<T> void cell(List<T> items, BiConsumer<T, Integer> item) {
		h.open("td");
		if (items.isEmpty()) {
			h.words("\u2014");
		} else {
			list("ul", items, item);
		}
		h.close("td").newline();
	}

	<T> void list(String tag, List<T> items, BiConsumer<T, Integer> item) {
		h.open(tag);
		for (int i = 0; i < items.size(); i++) {
			h.open("li");
			item.accept(items.get(i), i);
			h.close("li");
		}
		h.close(tag);
	}

	/** A note that the section takes over a programme's default ("like"). */
	<S extends EObject> void basedOn(S section, Function<S, S> base) {
		List<S> chain = Defaults.chain(section, base);
		if (chain.size() < 2) {
			return;
		}
		Document from = EcoreUtil2.getContainerOfType(chain.get(1), Document.class);
		if (from instanceof Programme) {
			h.element("p", "Includes the programme\u2019s defaults.", "class", "note").newline();
		}
	}

	/** A party's full name, isolated; an unresolved reference says so. */
	void name(Party party) {
		if (party == null || party.eIsProxy()) {
			h.words(UNKNOWN_PARTY);
		} else {
			h.user(party.getFullName() != null ? party.getFullName() : party.getName());
		}
	}

	/** A date as words in a time element; a date the validator rejects is shown as written. */
	void date(String text) {
		Optional<LocalDate> date = Dates.parse(text);
		if (date.isPresent()) {
			date(date.get());
		} else {
			h.user(text);
		}
	}

	void date(LocalDate date) {
		h.open("time", "datetime", date.toString()).words(Wording.date(date)).close("time");
	}

	/** "a", "a and b", "a, b and c", each item written by {@code write}. */
	<T> void joined(List<T> items, Consumer<T> write) {
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				h.words(i == items.size() - 1 ? " and " : ", ");
			}
			write.accept(items.get(i));
		}
	}

	static String role(PartyRole role) {
		return role.getLiteral();
	}

	static String capitalised(String words) {
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
