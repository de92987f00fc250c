package org.mentorship.dsl.generator;

import java.io.File;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Singleton;

/**
 * When Xtext's builder (the language server's, on start-up and on save) may generate an agreement's
 * summary and calendar: when it has no errors AND its outputs already exist in a "generated" folder
 * beside it or above it. Opening a folder of agreements in an editor must not write files into it;
 * once a user has generated an agreement (code lens, editor command or `mentor generate`), saving it
 * keeps its summary and calendar up to date.
 */
@Singleton
public class GeneratedBeforeOnly extends IShouldGenerate.OnlyWithoutErrors {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return generatedBefore(resource) && super.shouldGenerate(resource, cancelIndicator);
	}

	static boolean generatedBefore(Resource resource) {
		if (resource.getURI() == null || !resource.getURI().isFile() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof MentorFile file)
				|| !(file.getDocument() instanceof Agreement agreement)) {
			return false;
		}
		Optional<String> html = OutputNames.of(agreement.getName(), "html");
		Optional<String> ics = OutputNames.of(agreement.getName(), "ics");
		for (File folder = new File(resource.getURI().toFileString()).getParentFile(); folder != null; folder = folder
				.getParentFile()) {
			File generated = new File(folder, MentorOutputConfiguration.FOLDER);
			if (html.map(name -> new File(generated, name).isFile()).orElse(false)
					|| ics.map(name -> new File(generated, name).isFile()).orElse(false)) {
				return true;
			}
		}
		return false;
	}
}
