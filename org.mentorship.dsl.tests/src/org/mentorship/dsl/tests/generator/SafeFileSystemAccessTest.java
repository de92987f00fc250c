package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.generator.SafeFileSystemAccess;

/** Outputs that are not files on disk (an Eclipse workspace, memory) are written the way Xtext writes them. */
class SafeFileSystemAccessTest {

	@Test
	void outputsThatAreNotFilesGoThroughTheUriConverter() {
		Map<String, ByteArrayOutputStream> written = new LinkedHashMap<>();
		ExtensibleURIConverterImpl converter = new ExtensibleURIConverterImpl(List.of(new URIHandlerImpl() {
			@Override
			public boolean canHandle(URI uri) {
				return "mem".equals(uri.scheme());
			}

			@Override
			public OutputStream createOutputStream(URI uri, Map<?, ?> options) {
				return written.computeIfAbsent(uri.toString(), u -> new ByteArrayOutputStream());
			}

			@Override
			public boolean exists(URI uri, Map<?, ?> options) {
				return false;
			}
		}), new ArrayList<>());
		SafeFileSystemAccess fsa = new SafeFileSystemAccess();
		OutputConfiguration output = new OutputConfiguration(IFileSystemAccess.DEFAULT_OUTPUT);
		output.setOutputDirectory("./generated");
		fsa.setOutputConfigurations(Map.of(IFileSystemAccess.DEFAULT_OUTPUT, output));
		fsa.setBaseDir(URI.createURI("mem:/project/"));
		fsa.setConverter(converter);
		List<String> problems = new ArrayList<>();
		fsa.setProblemHandler(problems::add);

		Map<String, CharSequence> files = new LinkedHashMap<>();
		files.put("a.html", "<!DOCTYPE html>");
		files.put("a.ics", "BEGIN:VCALENDAR");
		fsa.generateFiles(files);

		assertEquals(List.of(), problems);
		assertEquals(List.of("mem:/project/generated/a.html", "mem:/project/generated/a.ics"), List.copyOf(written.keySet()));
		assertEquals("BEGIN:VCALENDAR", written.get("mem:/project/generated/a.ics").toString(StandardCharsets.UTF_8));
	}
}
