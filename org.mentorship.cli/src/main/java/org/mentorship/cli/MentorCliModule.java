package org.mentorship.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.mentorship.cli.check.AgreementChecker;
import org.mentorship.cli.check.BatchChecker;
import org.mentorship.cli.format.AgreementFormatter;
import org.mentorship.dsl.model.Today;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * The bindings of one run of {@code mentor}: its clock, fixed by {@code --today}, and the language
 * services the commands use. {@link #injector} creates the run's injector, which creates the commands
 * ({@link GuiceFactory}); the language itself ({@link Language}: its runtime and editor services, with
 * this clock) is set up the first time a command asks for a service of it.
 */
final class MentorCliModule extends AbstractModule {

	private final Clock clock;

	MentorCliModule(Clock clock) {
		this.clock = clock;
	}

	/** The injector of a run with the given command line. */
	static Injector injector(String... args) {
		return Guice.createInjector(new MentorCliModule(clock(args)));
	}

	@Override
	protected void configure() {
		bind(Clock.class).toInstance(clock);
	}

	@Provides
	@Singleton
	Language language(Clock runClock) {
		return new Language(runClock);
	}

	@Provides
	AgreementChecker checker(Language language) {
		return new AgreementChecker(language.injector());
	}

	/** What mentor validate runs: the same findings as the checker above, in batches (see BatchChecker). */
	@Provides
	BatchChecker batchChecker(Language language) {
		return new BatchChecker(language.injector());
	}

	@Provides
	AgreementFormatter formatter(Language language) {
		return new AgreementFormatter(language.injector());
	}

	/**
	 * The clock of a run: the date of {@code --today} on the command line, else the language's own clock.
	 * It is read before picocli parses the line, as {@code --color} is, because the injector creates the
	 * commands; a date picocli cannot read is left for picocli to report.
	 */
	static Clock clock(String... args) {
		for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
			String value = args[i].startsWith("--today=") ? args[i].substring("--today=".length())
					: args[i].equals("--today") && i + 1 < args.length ? args[i + 1] : null;
			if (value != null) {
				try {
					return Today.fixedAt(LocalDate.parse(value));
				} catch (DateTimeParseException e) {
					break;
				}
			}
		}
		return new Today();
	}
}
