package org.mentorship.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.MentorStandaloneSetup;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Parameters;

/**
 * The {@code mentor} command. Minimal on purpose: the language knowledge lives in org.mentorship.dsl(.ide).
 * stdout carries results only (so formats like JSON stay parseable); diagnostics of the tool go to stderr.
 */
@Command(name = "mentor", mixinStandardHelpOptions = true, versionProvider = MentorCli.Version.class,
		description = "Mentorship agreements: validate .mentor files.",
		subcommands = { MentorCli.Validate.class })
public class MentorCli implements Callable<Integer> {

	public static void main(String[] args) {
		System.exit(new CommandLine(new MentorCli()).execute(args));
	}

	@Override
	public Integer call() {
		new CommandLine(this).usage(System.err);
		return 2;
	}

	/** Version from the jar manifest (Implementation-Version, written by the shade plugin). */
	static class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = MentorCli.class.getPackage().getImplementationVersion();
			return new String[] { "mentor " + (v == null ? "(development build)" : v) };
		}
	}

	@Command(name = "validate", mixinStandardHelpOptions = true,
			description = "Parse and validate files; print issues as path:line:col: severity: message [code]. Exit 1 if any error.")
	static class Validate implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "FILE", description = ".mentor files")
		List<File> files;

		@Override
		public Integer call() {
			Injector injector = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration();
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			PrintWriter out = new PrintWriter(System.out, true);
			boolean errors = false;
			for (File file : files) {
				if (readable(file)) {
					resourceSet.getResource(URI.createFileURI(file.getAbsolutePath()), true);
				}
			}
			// resolve cross references between all given files before validating any of them
			EcoreUtil.resolveAll(resourceSet);
			for (File file : files) {
				if (!readable(file)) {
					out.printf("%s:1:1: error: %s [mentor.io]%n", file.getPath(),
							file.isFile() ? "not a .mentor file" : "cannot read file");
					errors = true;
					continue;
				}
				Resource resource = resourceSet.getResource(URI.createFileURI(file.getAbsolutePath()), false);
				List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
						.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
				for (Issue issue : issues) {
					errors |= issue.getSeverity() == Severity.ERROR;
					out.printf("%s:%d:%d: %s: %s%s%n", file.getPath(), issue.getLineNumber(), issue.getColumn(),
							issue.getSeverity().name().toLowerCase(), issue.getMessage(),
							issue.getCode() == null ? "" : " [" + issue.getCode() + "]");
				}
			}
			return errors ? 1 : 0;
		}

		private static boolean readable(File file) {
			return file.isFile() && file.canRead() && file.getName().endsWith(".mentor");
		}
	}
}
