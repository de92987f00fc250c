package org.mentorship.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mentorship.cli.check.AgreementChecker.CheckedFile;
import org.mentorship.cli.check.AgreementChecker.CheckedIssue;
import org.mentorship.cli.check.AgreementChecker.Source;
import org.mentorship.dsl.ide.quickfix.FixAll;
import org.mentorship.dsl.ide.quickfix.IssueFixes.Fix;
import org.mentorship.dsl.validation.InternalErrors;
import org.mentorship.dsl.validation.IssueCodes;

/**
 * Applies the preferred quick fix of every fixable finding, in memory. A round validates all files
 * and applies, per file, one round of the language's fix-all ({@link FixAll} in org.mentorship.dsl.ide,
 * the one editors get as source.fixAll): the preferred fixes that can be applied together; the others
 * wait for the next round, when they are computed again on the new text. Rounds repeat until nothing
 * fixable is left, nothing changes, or {@value #MAX_ROUNDS} rounds have run.
 *
 * In a file with syntax errors only the fixes of those errors are applied (the corrections a syntax error names: "Did
 * you mean 'mentee'?", 36 months for 3 years, 2027-04-15 for "April 15, 2027"), and only when the text then reads
 * without a syntax error; the next rounds fix the rest as in any file. Other fixes computed on a text the parser could
 * not read would be guesses. A file whose syntax errors have no such fix is left as it is. ("(fix available)" on a
 * syntax error, then "left unchanged: it has syntax errors" from this command, was how every fix of a syntax error
 * ended before.)
 */
public class AgreementFixer {

	public static final int MAX_ROUNDS = 10;

	private final AgreementChecker checker;
	private final FixAll fixAll;

	public AgreementFixer(AgreementChecker checker) {
		this.checker = checker;
		this.fixAll = checker.fixAll();
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
			sources.put(file, Sources.read(file));
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
				boolean unreadable = file.hasSyntaxErrors();
				String fixed;
				try {
					TestCrash.at(path, "fixing");
					fixed = fixRound(file, applied, unreadable);
				} catch (RuntimeException | StackOverflowError e) {
					// a bug of ours: this file keeps the fixes of earlier rounds, the others go on
					crashed.put(path, InternalErrors.report("fixing", path, e));
					continue;
				}
				if (fixed != null) {
					sources.put(path, Source.of(path, fixed));
					changed = true;
				} else if (unreadable) {
					syntaxErrors.add(path);
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

	/** The codes of the problems of reading a file: their fixes are made for a text the parser could not read. */
	private static final Set<String> READING = Set.of(IssueCodes.SYNTAX, IssueCodes.DATE_FORMAT, IssueCodes.TIME_FORMAT);

	/**
	 * The file's text after this round's fixes, or null if none applies. With syntax errors, only the fixes of the
	 * problems of reading it, and only if all of them can be applied and the text then has no syntax error.
	 */
	private String fixRound(CheckedFile file, List<Applied> applied, boolean unreadable) {
		String text = file.resource().getParseResult().getRootNode().getText();
		if (!text.equals(file.source().text())) {
			return null; // the edits would not refer to the file's text
		}
		List<CheckedIssue> fixable = file.issues().stream().filter(i -> !i.fixes().isEmpty())
				.filter(i -> !unreadable || READING.contains(i.issue().getCode())).toList();
		if (unreadable && (fixable.isEmpty() || file.issues().stream().anyMatch(i -> i.fixes().isEmpty()
				&& IssueCodes.SYNTAX.equals(i.issue().getCode())))) {
			return null; // a syntax error without a fix: the text stays unreadable whatever the others do
		}
		Map<Fix, CheckedIssue> issueOf = new IdentityHashMap<>();
		fixable.forEach(i -> issueOf.put(i.fixes().get(0), i));
		Optional<FixAll.Round> round = fixAll.round(text, fixable.stream().map(i -> i.fixes().get(0)).toList());
		if (unreadable && round.isPresent() && round.get().applied().size() < fixable.size()) {
			return null; // only some of the corrections read: the fixes stay the writer's to choose
		}
		round.ifPresent(r -> r.applied().forEach(fix -> {
			Finding f = issueOf.get(fix).finding();
			applied.add(new Applied(f.file(), f.line(), f.column(), fix.label(), f.code()));
		}));
		return round.map(FixAll.Round::text).orElse(null);
	}
}
