package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Stateless services that are costly to create (each scans its own methods or the grammar) exist once per injector,
 * not once per resource: a 10,000-file run made thousands of each.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class ServicesPerInjectorTest {

	@Inject
	private ParseHelper<MentorFile> parseHelper;

	@Inject
	private Provider<XtextResourceSet> sets;

	@Test
	void twoResourcesShareOneNameProviderAndOneConverterService() throws Exception {
		XtextResource first = (XtextResource) parseHelper.parse("agreement a \"A\"\n", sets.get()).eResource();
		XtextResource second = (XtextResource) parseHelper.parse("agreement b \"B\"\n", sets.get()).eResource();
		assertNotSame(first.getResourceSet(), second.getResourceSet());
		assertSame(first.getResourceServiceProvider().get(IQualifiedNameProvider.class),
				second.getResourceServiceProvider().get(IQualifiedNameProvider.class));
		assertSame(first.getResourceServiceProvider().get(IValueConverterService.class),
				second.getResourceServiceProvider().get(IValueConverterService.class));
	}
}
