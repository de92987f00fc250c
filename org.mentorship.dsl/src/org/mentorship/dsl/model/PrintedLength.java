package org.mentorship.dsl.model;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Escalation;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.Section;

/**
 * Estimates how many A4 pages the printed summary takes, from the agreement's text alone: every
 * written text wraps at about {@value #CHARACTERS_PER_LINE} characters, every clause takes at least a
 * line, and every kind of section (parties, goals, risks...) adds one heading with some space: the
 * summary groups sections of a kind under one heading. A page holds about {@value #LINES_PER_PAGE}
 * "lines" of this estimate: calibrated against the printed HTML summary of the examples (Chromium, A4,
 * Noto Sans), where the estimate came within 10% of the real page count. Defaults a section takes from
 * its programme ("like standard") print with it, so they count too. Confidential notes are counted: the parties' copy prints them.
 */
public final class PrintedLength {

	static final int CHARACTERS_PER_LINE = 105;
	static final int LINES_PER_PAGE = 71;
	static final double LINES_PER_HEADING = 1.5;

	private PrintedLength() {
	}

	public static double pages(Agreement agreement) {
		return pages(agreement, SectionLines.of(agreement));
	}

	/** The pages, from the lines of the agreement's own sections counted already (see SectionLines). */
	public static double pages(Agreement agreement, SectionLines own) {
		if (!own.countsSectionsOf(agreement)) {
			own = SectionLines.of(agreement);
		}
		double lines = 4; // title block
		lines += LINES_PER_HEADING * agreement.getSections().stream().map(EObject::eClass).distinct().count();
		for (int i = 0; i < agreement.getSections().size(); i++) {
			lines += own.section(i);
			for (EObject base : inherited(agreement.getSections().get(i))) {
				lines += lines(base);
			}
		}
		return lines / LINES_PER_PAGE;
	}

	/** The programme defaults a section is "like" (not the section itself). */
	private static List<? extends EObject> inherited(Section section) {
		List<? extends EObject> chain = section instanceof Cadence c ? Defaults.chain(c, Cadence::getBase)
				: section instanceof Boundaries b ? Defaults.chain(b, Boundaries::getBase)
				: section instanceof Ethics e ? Defaults.chain(e, Ethics::getBase)
				: section instanceof Escalation x ? Defaults.chain(x, Escalation::getBase)
				: List.of(section);
		return chain.subList(1, chain.size());
	}

	/** The lines of the object and everything inside it. */
	static double lines(EObject object) {
		double lines = ownLines(object);
		for (EObject child : object.eContents()) {
			lines += lines(child);
		}
		return lines;
	}

	/**
	 * The lines of the object's own texts (every String attribute, wrapped), at least one; not those of the objects
	 * inside it. The sums of these are whole numbers, so the order in which they are added changes nothing.
	 */
	static double ownLines(EObject object) {
		int characters = 0;
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			// the type first: most attributes (numbers, flags, enums) are not read at all
			if (attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
					&& object.eGet(attribute) instanceof String value) {
				characters += collapsedLength(value) + 1;
			}
		}
		return Math.max(1, Math.ceil(characters / (double) CHARACTERS_PER_LINE));
	}

	/**
	 * The length of the text with every run of whitespace (as regular expressions' \s) counted as one space:
	 * a loop rather than a replaceAll, as this runs for every text of the agreement on every check.
	 */
	static int collapsedLength(String text) {
		// Most texts have no run at all: single spaces and none of the other whitespace characters. The JDK's searches
		// (vectorised) tell that faster than the loop, which was the largest single cost of validating a 10,000-line
		// agreement (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe4)").
		if (text.indexOf("  ") < 0 && text.indexOf('\n') < 0 && text.indexOf('\t') < 0 && text.indexOf('\r') < 0
				&& text.indexOf('\f') < 0 && text.indexOf(0x0B) < 0) {
			return text.length();
		}
		int length = 0;
		boolean inWhitespace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean whitespace = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
			if (!whitespace || !inWhitespace) {
				length++;
			}
			inWhitespace = whitespace;
		}
		return length;
	}
}
