package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Section;

import com.google.inject.Inject;

/**
 * Parses snippets of .mentor text for tests. A snippet that does not start with "agreement" is
 * wrapped in a minimal agreement header. Parsing must succeed without syntax or linking errors;
 * validation findings are left to the tests that are about them.
 */
public class AgreementFixture {

	@Inject
	private ParseHelper<MentorFile> parseHelper;

	public MentorFile parse(String text) {
		try {
			MentorFile file = parseHelper.parse(text);
			assertNotNull(file, "nothing parsed");
			return file;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	public MentorFile parseWithoutErrors(String text) {
		MentorFile file = parse(text);
		EcoreUtil2.resolveAll(file); // linking errors appear when references are resolved
		List<Resource.Diagnostic> errors = file.eResource().getErrors();
		assertEquals("", errors.stream().map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage())
				.collect(Collectors.joining("\n")), "syntax or linking errors in:\n" + text);
		return file;
	}

	public Agreement agreement(String text) {
		String source = text.stripLeading().startsWith("agreement") ? text : FixtureParties.HEADER + text;
		return assertInstanceOf(Agreement.class, parseWithoutErrors(source).getDocument());
	}

	public Programme programme(String text) {
		return assertInstanceOf(Programme.class, parseWithoutErrors(text).getDocument());
	}

	public <T extends Section> List<T> sections(String body, Class<T> type) {
		return agreement(body).getSections().stream().filter(type::isInstance).map(type::cast).toList();
	}

	public <T extends Section> T section(String body, Class<T> type) {
		List<T> found = sections(body, type);
		assertEquals(1, found.size(), "expected one " + type.getSimpleName());
		return found.get(0);
	}
}
