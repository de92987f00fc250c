package org.mentorship.dsl.model;

import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.MentorPackage;

/**
 * How many lines each of an agreement's own sections prints on ({@link PrintedLength}: every object of the section at
 * least one, its texts wrapped), in the order of the sections; what the sections are "like" is not in it.
 * <p>
 * Counted while the linker walks a file it has just parsed (SectionLinker), and kept in the file's cache, which any
 * change to the model clears: printed length's own walk read every object and text of the model once more, memory
 * that nothing had read since the parse, a fifth of the raw parse of a 10,000-line agreement; counted here it costs
 * validation 4 to 5 ms less and loading 0.5 to 2.5 ms more (docs/benchmarks-history.md, "Issue 13: pipeline vs raw
 * parse (branch pipe7)"). A file linked otherwise (a keystroke's section, an agreement made by code) is counted by
 * {@link #of}, which walks its sections.
 */
public final class SectionLines {

	/** The key of the file's cache under which the linker leaves the count. */
	public static final String CACHE_KEY = SectionLines.class.getName();

	private final Agreement agreement;
	private final double[] lines;

	private SectionLines(Agreement agreement, double[] lines) {
		this.agreement = agreement;
		this.lines = lines;
	}

	/** The count, by a walk over the agreement's sections. */
	public static SectionLines of(Agreement agreement) {
		double[] lines = new double[agreement.getSections().size()];
		for (int i = 0; i < lines.length; i++) {
			lines[i] = PrintedLength.lines(agreement.getSections().get(i));
		}
		return new SectionLines(agreement, lines);
	}

	/** How many sections were counted. */
	public int sections() {
		return lines.length;
	}

	/** The lines of the agreement's index-th section. */
	public double section(int index) {
		return lines[index];
	}

	/** Whether this count is the one of this agreement as it is (the number of sections is checked too). */
	boolean countsSectionsOf(Agreement agreement) {
		return this.agreement == agreement && lines.length == agreement.getSections().size();
	}

	/**
	 * A count to be made by a walk over the whole model, in the order of its contents (each object after its
	 * container, a section's objects before the next section); null when the model is no agreement's file.
	 */
	public static Counter counter(EObject model) {
		return model instanceof MentorFile file && file.getDocument() instanceof Agreement agreement
				? new Counter(agreement)
				: null;
	}

	/** Fed every object of the model by a walk in the order of its contents. */
	public static final class Counter {

		private final Agreement agreement;
		private double[] lines = new double[16];
		private int sections;
		/** Whether the objects visited now belong to a section (the last one counted), not to the agreement's header. */
		private boolean inSection;

		private Counter(Agreement agreement) {
			this.agreement = agreement;
		}

		public void visit(EObject object) {
			// the agreement's own children are its sections and its header's values (a term's duration): a section
			// starts a new count, a value ends the last section's
			if (object.eContainer() == agreement) {
				inSection = object.eContainingFeature() == MentorPackage.Literals.AGREEMENT__SECTIONS;
				if (inSection) {
					if (sections == lines.length) {
						lines = Arrays.copyOf(lines, 2 * lines.length);
					}
					sections++;
				}
			}
			if (inSection) {
				lines[sections - 1] += PrintedLength.ownLines(object);
			}
		}

		/** The count, once every object was visited. */
		public SectionLines counted() {
			return new SectionLines(agreement, Arrays.copyOf(lines, sections));
		}
	}
}
