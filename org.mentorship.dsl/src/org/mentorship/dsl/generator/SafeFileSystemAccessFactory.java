package org.mentorship.dsl.generator;

import java.nio.file.Paths;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.generator.URIBasedFileSystemAccess;

import com.google.inject.Inject;

/**
 * Gives Xtext's incremental builder (the language server's generation on save) a
 * {@link SafeFileSystemAccess}, configured as Xtext configures its own (output folders, base folder,
 * URI converter, encoding, traces). Xtext's factory makes a plain URIBasedFileSystemAccess and has no
 * hook for another class, so its result is copied. The output folder is the agreement's, by the one rule
 * ({@link GeneratorSettings#outputFolderOf}).
 */
public class SafeFileSystemAccessFactory
		extends IncrementalBuilder.InternalStatefulIncrementalBuilder.URIBasedFileSystemAccessFactory {

	@Inject
	private GeneratorSettings settings;

	@Override
	public URIBasedFileSystemAccess newFileSystemAccess(Resource resource, BuildRequest request) {
		SafeFileSystemAccess safe = copyOf(super.newFileSystemAccess(resource, request));
		if (resource.getURI() != null && resource.getURI().isFile()) {
			safe.setOutputFolder(settings.outputFolderOf(Paths.get(resource.getURI().toFileString())));
		}
		return safe;
	}

	/**
	 * Everything Xtext sets that has a getter. Not copied: the post processor (none is bound for this
	 * language) and the current source folder (only used to map source folders to output folders,
	 * which this language does not do).
	 */
	public static SafeFileSystemAccess copyOf(URIBasedFileSystemAccess plain) {
		SafeFileSystemAccess safe = new SafeFileSystemAccess();
		safe.setOutputConfigurations(plain.getOutputConfigurations());
		safe.setBaseDir(plain.getBaseDir());
		safe.setConverter(plain.getConverter());
		safe.setEncodingProvider(plain.getEncodingProvider());
		safe.setTraceFileNameProvider(plain.getTraceFileNameProvider());
		safe.setTraceRegionSerializer(plain.getTraceRegionSerializer());
		safe.setGenerateTraces(plain.isGenerateTraces());
		return safe;
	}
}
