package org.mentorship.dsl.generator;

import java.util.Set;

import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.generator.OutputConfigurationProvider;

/**
 * Xtext's output configuration of the language: files are never deleted by the builder, and the folder is
 * named "generated" (Xtext's default would be "src-gen", a name for code). Where that folder is for each
 * agreement is {@link OutputLocation}'s rule, which the language server's file system access applies
 * ({@link SafeFileSystemAccess#setOutputFolder}); the project-relative directory here is only Xtext's fallback.
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
