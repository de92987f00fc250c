package org.mentorship.cli;

import org.mentorship.cli.check.AgreementChecker;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;

import picocli.CommandLine;

/**
 * Picocli creates the commands (and their mixins, converters, version providers) with the run's
 * injector, so a command asks for what it uses ({@link AgreementChecker}, the formatter...) with
 * {@code @Inject}. What the injector cannot create, such as picocli's collections for options,
 * picocli's own factory creates.
 */
final class GuiceFactory implements CommandLine.IFactory {

	private final Injector injector;

	GuiceFactory(Injector injector) {
		this.injector = injector;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		try {
			return injector.getInstance(type);
		} catch (ConfigurationException e) {
			return CommandLine.defaultFactory().create(type);
		}
	}
}
