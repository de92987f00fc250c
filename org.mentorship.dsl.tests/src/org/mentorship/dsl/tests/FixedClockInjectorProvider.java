package org.mentorship.dsl.tests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.mentorship.dsl.MentorRuntimeModule;

/** The language with "today" fixed at {@link #TODAY}, so rules about overdue dates are deterministic. */
public class FixedClockInjectorProvider extends MentorInjectorProvider {

	public static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

	@Override
	protected MentorRuntimeModule createRuntimeModule() {
		return new MentorRuntimeModule() {
			@Override
			public ClassLoader bindClassLoaderToInstance() {
				return FixedClockInjectorProvider.class.getClassLoader();
			}

			@Override
			public Clock bindClock() {
				return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
			}
		};
	}
}
