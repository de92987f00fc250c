package org.mentorship.dsl.generator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.mentorship.dsl.generator.html.SummaryGenerator;
import org.mentorship.dsl.generator.ics.CalendarGenerator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Inject;

/**
 * Xtext's generator of the language: the language server (and later the Eclipse editor) runs it on
 * save for files without errors; `mentor generate` runs it too. Writes {@code <agreement id>.html}
 * (the printable summary) and {@code <agreement id>.ics} (the calendar) for each agreement; programme
 * files have nothing to generate.
 */
public class MentorGenerator extends AbstractGenerator {

	@Inject
	private SummaryGenerator summary;

	@Inject
	private CalendarGenerator calendar;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MentorFile)
				|| !(((MentorFile) resource.getContents().get(0)).getDocument() instanceof Agreement)) {
			return;
		}
		Agreement agreement = (Agreement) ((MentorFile) resource.getContents().get(0)).getDocument();
		GenerationOptions options = MentorGeneratorContext.optionsOf(context);
		// both files in memory first: a failure (e.g. an invitation without e-mail addresses) writes neither
		Map<String, CharSequence> outputs = new LinkedHashMap<>();
		if (options.html()) {
			OutputNames.of(agreement.getName(), "html")
					.ifPresent(name -> outputs.put(name, summary.summary(agreement, options.audience())));
		}
		if (options.ics()) {
			OutputNames.of(agreement.getName(), "ics")
					.ifPresent(name -> outputs.put(name, calendar.calendar(agreement, options.method())));
		}
		if (fsa instanceof SafeFileSystemAccess safe) {
			safe.generateFiles(outputs); // on disk: the pair, or neither
		} else {
			outputs.forEach(fsa::generateFile);
		}
	}
}
