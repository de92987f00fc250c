package org.mentorship.cli;

import java.time.Clock;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.mentorship.dsl.MentorRuntimeModule;
import org.mentorship.dsl.MentorStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language for one run: its runtime services, with the run's clock. Setting it up takes most of a start, so it
 * happens when a command first needs it, never for {@code --help}, {@code --version} or {@code lsp} (whose server
 * sets up its own, with the editor services). The commands use none of the editor services (content assist, hover,
 * outline, code actions...): binding them made Guice load their classes, and the classes they inject, in every
 * run. The quick fixes ({@code IssueFixes}, {@code FixAll}) need only runtime services and are created on demand.
 */
final class Language {

	private final Clock clock;
	private Injector injector;

	Language(Clock clock) {
		this.clock = clock;
	}

	synchronized Injector injector() {
		if (injector == null) {
			injector = new MentorStandaloneSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(Modules2.mixin(new MentorRuntimeModule(), binder -> {
						binder.bind(Clock.class).toInstance(clock);
						// Validators register with the EValidator registry; EMF's global one keeps the first validator
						// of a class for good, and with it the clock of the first run in this process.
						binder.bind(EValidator.Registry.class).toInstance(new EValidatorRegistryImpl());
					}));
				}
			}.createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
