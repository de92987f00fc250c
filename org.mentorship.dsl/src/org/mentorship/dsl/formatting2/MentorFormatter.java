package org.mentorship.dsl.formatting2;

import static org.mentorship.dsl.mentor.MentorPackage.Literals.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.ConfidentialNote;
import org.mentorship.dsl.mentor.Decision;
import org.mentorship.dsl.mentor.Document;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.Risk;

/**
 * The house style of examples/*.mentor, used by the language server (textDocument/formatting) and by
 * {@code mentor format} (through {@link FileFormatter}).
 * <ul>
 * <li>The agreement (or programme) line at column 0; each header clause (version, from, time zone,
 * programme) on its own line, indented.</li>
 * <li>Each section starts at column 0 after exactly one blank line. Two exceptions keep what the author
 * wrote (no blank line or one): a party that follows a party, and a one-line section that follows a
 * one-line section of the same group ({@link #group}: risks; decided/changed records; confidential notes;
 * kickoff/check-in/retrospective/review sessions).</li>
 * <li>Each clause of a section on its own line, indented (also the check-in's {@code about} line).</li>
 * <li>Within a line one space between tokens, none before a comma; dates, times, decimals and qualified
 * names are written without spaces (2027-01-11, 10:00, 1.5, a.b).</li>
 * <li>Comments are kept verbatim: a trailing comment stays at the end of its line (one space before it);
 * a comment on its own line stays on its own line, indented like what follows it. After a comment, one
 * blank line is kept where blank lines are allowed (between sections, at the start and end of the file).</li>
 * <li>Quoted text is never touched. The file ends with exactly one line break.</li>
 * </ul>
 * The indentation is always two spaces (whatever an editor asks for: it is the language's style), and new
 * line breaks use the file's own line separator (that of its first line; {@code \n} by default): both
 * are {@link Layout}'s.
 * A file with syntax errors is left as it is.
 * <p>
 * Every hidden region (the whitespace and comments between two tokens) gets exactly one {@link Gap}: what
 * the layout wants there. {@link GapReplacer} renders it, comments included.
 */
public class MentorFormatter extends AbstractJavaFormatter {

	/** Containment features whose elements are clauses: each on its own line, indented. */
	private static final Set<EReference> CLAUSES = Set.of(PARTY__RESPONSIBILITIES, ROLES__CLAUSES, GOAL__MILESTONES,
			GOAL__EVIDENCE, GOAL__CRITERIA, MODES__MODES, CADENCE__SCHEDULE, CADENCE__SKIPS, CADENCE__AGENDA,
			CADENCE__PREPARATIONS, BOUNDARIES__CLAUSES, RETROSPECTIVE__PROMPTS, ETHICS__CLAUSES, RESOURCES__ITEMS,
			ESCALATION__STEPS, CAREER__CLAUSES, SIGN_OFF__SIGNATURES);

	protected void _format(MentorFile file, IFormattableDocument document) {
		ITextRegionAccess access = getTextRegionAccess();
		if (access.hasSyntaxError() || file.getDocument() == null) {
			return; // a broken file is not reformatted; an empty (or comments-only) file has nothing to lay out
		}
		Map<IHiddenRegion, Gap> gaps = new HashMap<>();
		layoutDocument(file.getDocument(), gaps);
		String lineSeparator = Layout.lineSeparatorOf(access.regionForDocument().getText());
		int level = 0;
		for (IHiddenRegion hidden = access.regionForRootEObject().getPreviousHiddenRegion(); hidden != null; hidden = hidden
				.getNextHiddenRegion()) {
			Gap gap;
			if (hidden.getPreviousSemanticRegion() == null) {
				gap = Gap.START;
			} else if (hidden.getNextSemanticRegion() == null) {
				gap = Gap.END;
			} else {
				gap = gaps.get(hidden);
				if (gap == null) {
					gap = isComma(hidden.getNextSemanticRegion()) ? Gap.NONE : Gap.SPACE;
				}
			}
			if (gap.startsLine()) {
				level = gap.level();
			} else {
				gap = gap.atLevel(level);
			}
			document.addReplacer(new GapReplacer(hidden, gap, lineSeparator));
			ISemanticRegion token = hidden.getNextSemanticRegion();
			if (token != null && CompactTokenReplacer.applies(token)) {
				document.addReplacer(new CompactTokenReplacer(token));
			}
		}
	}

	private void layoutDocument(Document document, Map<IHiddenRegion, Gap> gaps) {
		if (document instanceof Agreement agreement) {
			for (ISemanticRegion keyword : regionFor(agreement).keywords("version", "from", "time", "programme")) {
				gaps.put(keyword.getPreviousHiddenRegion(), Gap.lines(1, 1, 1));
			}
			layoutSections(agreement.getSections(), gaps);
		} else if (document instanceof Programme programme) {
			for (ISemanticRegion keyword : regionFor(programme).keywords("time")) {
				gaps.put(keyword.getPreviousHiddenRegion(), Gap.lines(1, 1, 1));
			}
			layoutSections(programme.getDefaults(), gaps);
		}
	}

	private void layoutSections(List<? extends EObject> sections, Map<IHiddenRegion, Gap> gaps) {
		EObject previous = null;
		for (EObject section : sections) {
			gaps.put(previousHiddenRegion(section), blankLinesBetween(previous, section));
			for (EObject child : section.eContents()) {
				if (CLAUSES.contains(child.eContainmentFeature())) {
					gaps.put(previousHiddenRegion(child), Gap.lines(1, 1, 1));
				}
			}
			if (section instanceof CheckIn) {
				ISemanticRegion about = regionFor(section).keyword("about");
				if (about != null) {
					gaps.put(about.getPreviousHiddenRegion(), Gap.lines(1, 1, 1));
				}
			}
			previous = section;
		}
	}

	/**
	 * Exactly one blank line before a section, except where the author may leave it out: a party after a
	 * party, and a one-line section after a one-line section of the same group.
	 */
	private Gap blankLinesBetween(EObject previous, EObject section) {
		if (previous == null) {
			return Gap.lines(2, 2, 0);
		}
		if (previous instanceof Party && section instanceof Party) {
			return Gap.lines(1, 2, 0);
		}
		String group = group(previous);
		if (group != null && group.equals(group(section)) && isOneLine(previous)) {
			return Gap.lines(1, 2, 0);
		}
		return Gap.lines(2, 2, 0);
	}

	/** Sections that read well as a list without blank lines in between. */
	static String group(EObject section) {
		if (section instanceof Risk) {
			return "risks";
		}
		if (section instanceof Decision || section instanceof Change) {
			return "records";
		}
		if (section instanceof ConfidentialNote) {
			return "confidential notes";
		}
		if (section instanceof Kickoff || section instanceof CheckIn || section instanceof Retrospective
				|| section instanceof Review) {
			return "sessions";
		}
		return null;
	}

	private boolean isOneLine(EObject section) {
		for (EObject child : section.eContents()) {
			if (CLAUSES.contains(child.eContainmentFeature())) {
				return false;
			}
		}
		return !(section instanceof CheckIn) || regionFor(section).keyword("about") == null;
	}

	private static boolean isComma(ISemanticRegion token) {
		return token.getGrammarElement() instanceof Keyword keyword && ",".equals(keyword.getValue());
	}

	/** Whether a token is written without inner spaces: dates, times, decimals, (qualified) names. */
	static boolean isCompactToken(ISemanticRegion token) {
		EObject element = token.getGrammarElement();
		return element instanceof CrossReference || GrammarUtil.isDatatypeRuleCall(element);
	}
}
