package org.mentorship.dsl.ide.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.mentorship.dsl.ide.MentorIdeSetup;

import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The languages the server knows: only Mentor, under its file extension. What Xtext's
 * ResourceServiceProviderServiceLoader finds through ServiceLoader on a flat class path, given directly, so
 * that a bundle class loader (Eclipse) finds it too.
 */
@Singleton
public class MentorLanguageRegistry implements Provider<IResourceServiceProvider.Registry> {

	public static final String FILE_EXTENSION = "mentor";

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			registry = new ResourceServiceProviderRegistryImpl();
			IResourceServiceProvider language = new MentorIdeSetup().createInjectorAndDoEMFRegistration()
					.getInstance(IResourceServiceProvider.class);
			registry.getExtensionToFactoryMap().put(FILE_EXTENSION, language);
		}
		return registry;
	}
}
