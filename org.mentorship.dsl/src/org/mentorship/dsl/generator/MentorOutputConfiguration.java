package org.mentorship.dsl.generator;

import java.util.Set;

import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.generator.OutputConfigurationProvider;

/**
 * Where the language server and editor put generated files: a folder "generated" in the project,
 * beside the agreements (as `mentor generate` does by default). Xtext's default would be "src-gen",
 * a name for code, not for summaries and calendars. Files there are never deleted by the builder.
 */
public class MentorOutputConfiguration extends OutputConfigurationProvider {

	public static final String FOLDER = "generated";

	@Override
	public Set<OutputConfiguration> getOutputConfigurations() {
		OutputConfiguration output = new OutputConfiguration(IFileSystemAccess.DEFAULT_OUTPUT);
		output.setDescription("Summaries and calendars");
		output.setOutputDirectory("./" + FOLDER);
		output.setOverrideExistingResources(true);
		output.setCreateOutputDirectory(true);
		output.setCleanUpDerivedResources(false);
		output.setSetDerivedProperty(true);
		return Set.of(output);
	}
}
