package org.mentorship.dsl.ide.codelens;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.generator.IContextualOutputConfigurationProvider;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.diagnostics.Severity;
import org.mentorship.dsl.generator.GenerationOptions;
import org.mentorship.dsl.generator.GeneratorSettings;
import org.mentorship.dsl.generator.MentorGeneratorContext;
import org.mentorship.dsl.generator.SafeFileSystemAccess;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The commands of the code lenses (workspace/executeCommand), each with the document's URI as argument:
 * <ul>
 * <li>{@value #GENERATE}: runs the language's generator (summary and calendar, {@link GenerationOptions#DEFAULT})
 * on the file, if it has no errors, writing into the agreement's output folder ({@link GeneratorSettings}: by
 * default {@code generated/} beside the file); returns the URIs written, or why nothing was (then neither file
 * is written);</li>
 * <li>{@value #NEXT_MEETING}: returns the lens's text (the lens is informative; clicking it does nothing else).</li>
 * </ul>
 */
public class MentorCommands implements IExecutableCommandService {

	public static final String GENERATE = "mentor.generate";
	public static final String NEXT_MEETING = "mentor.nextMeeting";

	/** Created on the first generation: the calendar library's classes are not loaded for a server that never generates. */
	@Inject
	private Provider<GeneratorDelegate> generator;

	@Inject
	private IContextualOutputConfigurationProvider outputConfigurations;

	@Inject
	private IResourceValidator validator;

	@Inject
	private GeneratorSettings settings;

	@Inject
	private MentorCodeLensService lenses;

	@Override
	public List<String> initialize() {
		return List.of(GENERATE, NEXT_MEETING);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		if (params.getArguments() == null || params.getArguments().isEmpty()) {
			return "The command needs the URI of a .mentor file.";
		}
		Object argument = params.getArguments().get(0);
		String uri = argument instanceof JsonPrimitive json ? json.getAsString() : String.valueOf(argument);
		return access.doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource) || resource.getContents().isEmpty()
					|| !(resource.getContents().get(0) instanceof MentorFile file)
					|| !(file.getDocument() instanceof Agreement agreement)) {
				return "Not an agreement: nothing to generate.";
			}
			if (NEXT_MEETING.equals(params.getCommand())) {
				return lenses.nextMeeting(agreement);
			}
			if (GENERATE.equals(params.getCommand())) {
				return generate(resource, cancelIndicator);
			}
			return "Unknown command " + params.getCommand();
		});
	}

	private Object generate(XtextResource resource, CancelIndicator cancelIndicator) {
		if (resource.getURI() == null || !resource.getURI().isFile()) {
			return "Not generated: save the agreement in a file first.";
		}
		long errors = validator.validate(resource, CheckMode.ALL, cancelIndicator).stream()
				.map(Issue::getSeverity).filter(Severity.ERROR::equals).count();
		if (errors > 0) {
			return "Not generated: the agreement has " + errors + (errors == 1 ? " error." : " errors.");
		}
		List<String> written = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		SafeFileSystemAccess fsa = new SafeFileSystemAccess(); // writes as `mentor generate` does (OutputFiles)
		Map<String, OutputConfiguration> outputs = new java.util.HashMap<>();
		for (OutputConfiguration output : outputConfigurations.getOutputConfigurations(resource)) {
			outputs.put(output.getName(), output);
		}
		fsa.setOutputConfigurations(outputs);
		fsa.setOutputFolder(settings.outputFolderOf(Paths.get(resource.getURI().toFileString())));
		fsa.setConverter(resource.getResourceSet().getURIConverter());
		fsa.setGenerateTraces(false);
		fsa.setBeforeWrite((target, output, contents) -> {
			written.add(target.toString());
			return contents;
		});
		fsa.setProblemHandler(problems::add);
		MentorGeneratorContext context = new MentorGeneratorContext(GenerationOptions.DEFAULT);
		context.setCancelIndicator(cancelIndicator);
		try {
			generator.get().generate(resource, fsa, context);
		} catch (IllegalArgumentException e) {
			problems.add(e.getMessage());
		}
		return problems.isEmpty() ? written : "Not generated: " + String.join("; ", problems);
	}

}
