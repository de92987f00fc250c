package org.mentorship.cli.check;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.parser.IParser;
import org.mentorship.cli.check.AgreementChecker.CheckedFile;
import org.mentorship.cli.check.AgreementChecker.CheckedIssue;
import org.mentorship.cli.check.AgreementChecker.Source;
import org.mentorship.dsl.ide.quickfix.IssueFixes;
import org.mentorship.dsl.ide.quickfix.IssueFixes.Fix;
import org.mentorship.dsl.validation.InternalErrors;
import org.mentorship.dsl.validation.IssueCodes;

/**
 * Applies the preferred quick fix of every fixable finding, in memory. A round validates all files
 * and applies, per file, the preferred fixes whose edits do not conflict (see
 * {@link IssueFixes.Edit#conflictsWith}); the others wait for the next round, when they are computed
 * again on the new text. Rounds repeat until nothing fixable is left, nothing changes, or
 * {@value #MAX_ROUNDS} rounds have run.
 *
 * A file with syntax errors is left as it is: fixes computed on a text the parser could not read are
 * guesses. A round's result must parse without syntax errors: fixes that would break it are left for
 * the next round (when they are computed on the new text), or left out.
 */
public class AgreementFixer {

	public static final int MAX_ROUNDS = 10;

	/**
	 * For fixes at one place (the agreement's id, a goal's name), the order in which they are chosen and
	 * their insertions applied: new sections come in the order of examples/complete.mentor. The
	 * validator's order cannot be used: two checks on one element report in a different order from one
	 * run to the next.
	 */
	private static final List<String> SAME_PLACE_ORDER = List.of(IssueCodes.MISSING_PURPOSE, IssueCodes.MISSING_MENTOR,
			IssueCodes.MISSING_MENTEE, IssueCodes.MISSING_GOAL, IssueCodes.GOAL_NO_MILESTONE, IssueCodes.GOAL_NO_EVIDENCE,
			IssueCodes.GOAL_NOT_MEASURABLE, IssueCodes.MISSING_CADENCE, IssueCodes.MISSING_BOUNDARIES,
			IssueCodes.NO_RESPONSE_TIME, IssueCodes.NO_MID_COURSE_CHECK_IN, IssueCodes.NO_RETROSPECTIVE,
			IssueCodes.NO_CONFIDENTIALITY, IssueCodes.NO_CONSENT, IssueCodes.NO_CONFLICT_OF_INTEREST,
			IssueCodes.MISSING_SIGN_OFF, IssueCodes.MISSING_REVIEW);

	private static final Comparator<CheckedIssue> ORDER = Comparator
			.comparingInt((CheckedIssue i) -> i.issue().getOffset() == null ? 0 : i.issue().getOffset())
			.thenComparingInt(i -> {
				int rank = SAME_PLACE_ORDER.indexOf(i.issue().getCode());
				return rank < 0 ? SAME_PLACE_ORDER.size() : rank;
			}).thenComparing(i -> i.issue().getCode());

	private final AgreementChecker checker;
	private final IParser parser;

	public AgreementFixer(AgreementChecker checker) {
		this.checker = checker;
		this.parser = checker.parser();
	}

	/** One fix applied: where its finding was (in the text of its round), its label and the issue code. */
	public record Applied(Path file, int line, int column, String label, String code) {
	}

	/**
	 * What a run did: the new text of each file it changed, the fixes applied in order, the files left
	 * alone for syntax errors, the findings that are left and the number of rounds it took.
	 */
	public record Result(Map<Path, String> changed, List<Applied> applied, Set<Path> syntaxErrors,
			Map<Path, String> crashed, Map<Path, List<Finding>> remaining, int rounds) {
	}

	public Result fix(List<Path> files) {
		return fix(files, AgreementChecker.Progress.NONE);
	}

	/** As {@link #fix(List)}, telling {@code progress} how each round's check advances. */
	public Result fix(List<Path> files, AgreementChecker.Progress progress) {
		Map<Path, Source> sources = new LinkedHashMap<>();
		for (Path file : files) {
			sources.put(file, AgreementChecker.read(file));
		}
		Map<Path, String> originals = new LinkedHashMap<>();
		sources.forEach((file, source) -> originals.put(file, source.text()));
		List<Applied> applied = new ArrayList<>();
		Set<Path> syntaxErrors = new LinkedHashSet<>();
		Map<Path, String> crashed = new LinkedHashMap<>();
		Map<Path, CheckedFile> checked = checker.checkSources(List.copyOf(sources.values()), progress);
		int rounds = 0;
		while (rounds < MAX_ROUNDS) {
			boolean changed = false;
			for (CheckedFile file : checked.values()) {
				Path path = file.source().file();
				if (file.resource() == null || syntaxErrors.contains(path) || crashed.containsKey(path)) {
					continue;
				}
				if (file.hasSyntaxErrors()) {
					syntaxErrors.add(path);
					continue;
				}
				String fixed;
				try {
					TestCrash.at(path, "fixing");
					fixed = fixRound(file, applied);
				} catch (RuntimeException | StackOverflowError e) {
					// a bug of ours: this file keeps the fixes of earlier rounds, the others go on
					crashed.put(path, InternalErrors.report("fixing", path, e));
					continue;
				}
				if (fixed != null) {
					sources.put(path, Source.of(path, fixed));
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
			rounds++;
			checked = checker.checkSources(List.copyOf(sources.values()), progress);
		}
		Map<Path, String> changedTexts = new LinkedHashMap<>();
		Map<Path, List<Finding>> remaining = new LinkedHashMap<>();
		checked.forEach((path, file) -> {
			remaining.put(path, file.findings());
			String text = sources.get(path).text();
			if (text != null && !text.equals(originals.get(path))) {
				changedTexts.put(path, text);
			}
		});
		return new Result(changedTexts, applied, syntaxErrors, crashed, remaining, rounds);
	}

	/** The file's text after this round's fixes, or null if none applies. */
	private String fixRound(CheckedFile file, List<Applied> applied) {
		String text = file.resource().getParseResult().getRootNode().getText();
		if (!text.equals(file.source().text())) {
			return null; // the edits would not refer to the file's text
		}
		List<CheckedIssue> fixable = file.issues().stream().filter(i -> !i.fixes().isEmpty()).sorted(ORDER).toList();
		List<CheckedIssue> chosen = new ArrayList<>();
		for (CheckedIssue issue : fixable) {
			Fix fix = issue.fixes().get(0);
			if (chosen.stream().noneMatch(c -> c.fixes().get(0).conflictsWith(fix))) {
				chosen.add(issue);
			}
		}
		if (chosen.isEmpty()) {
			return null;
		}
		String fixed = apply(text, chosen);
		if (!parses(fixed)) {
			// keep the fixes that leave the text readable, one by one; the others wait for the next round
			List<CheckedIssue> readable = new ArrayList<>();
			fixed = null;
			for (CheckedIssue issue : chosen) {
				readable.add(issue);
				String candidate = apply(text, readable);
				if (parses(candidate)) {
					fixed = candidate;
				} else {
					readable.remove(readable.size() - 1);
				}
			}
			if (fixed == null) {
				return null;
			}
			chosen = readable;
		}
		for (CheckedIssue issue : chosen) {
			Finding f = issue.finding();
			applied.add(new Applied(f.file(), f.line(), f.column(), issue.fixes().get(0).label(), f.code()));
		}
		return fixed;
	}

	private static String apply(String text, List<CheckedIssue> issues) {
		List<IssueFixes.Edit> edits = new ArrayList<>();
		issues.forEach(i -> edits.addAll(i.fixes().get(0).edits()));
		return IssueFixes.apply(text, edits);
	}

	private boolean parses(String text) {
		return !parser.parse(new StringReader(text)).hasSyntaxErrors();
	}
}
