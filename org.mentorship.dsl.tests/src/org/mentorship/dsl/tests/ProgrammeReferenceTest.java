package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Escalation;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** Agreements refer to a programme file's defaults by short name, across files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class ProgrammeReferenceTest {

	private static final String PROGRAMME = """
			programme wit-2027 "Women in Tech 2027"
			contact office "Programme office"
			cadence monthly-default
			  monthly on the second Tuesday at 17:00 for 60 minutes
			boundaries standard
			  reply within 3 working days
			escalation standard
			  first office "mediates"
			""";

	@Inject
	private ParseHelper<MentorFile> parseHelper;

	@Test
	void shortNamesResolveToTheProgrammeInAnotherFile() throws Exception {
		MentorFile programmeFile = parseHelper.parse(PROGRAMME);
		ResourceSet set = programmeFile.eResource().getResourceSet();
		Programme programme = (Programme) programmeFile.getDocument();
		Agreement agreement = (Agreement) parseHelper.parse("""
				agreement a "A"
				  programme wit-2027
				cadence like monthly-default
				boundaries like standard
				escalation like standard
				  then office "decides"
				""", set).getDocument();
		Resource resource = agreement.eResource();
		assertEquals(0, resource.getErrors().size(), () -> resource.getErrors().toString());
		assertSame(programme, agreement.getProgramme());
		assertSame(programme, assertInstanceOf(Cadence.class, agreement.getSections().get(0)).getBase().eContainer());
		assertEquals("standard", assertInstanceOf(Boundaries.class, agreement.getSections().get(1)).getBase().getName());
		Escalation escalation = assertInstanceOf(Escalation.class, agreement.getSections().get(2));
		assertSame(programme, escalation.getSteps().get(0).getContacts().get(0).eContainer());
	}

	@Test
	void qualifiedNamesWorkWithoutNamingTheProgramme() throws Exception {
		MentorFile programmeFile = parseHelper.parse(PROGRAMME);
		Agreement agreement = (Agreement) parseHelper.parse("""
				agreement a "A"
				boundaries like wit-2027.standard
				""", programmeFile.eResource().getResourceSet()).getDocument();
		assertEquals(0, agreement.eResource().getErrors().size());
		assertEquals("standard", ((Boundaries) agreement.getSections().get(0)).getBase().getName());
	}

	@Test
	void aBrokenDefaultReferenceIsAnErrorThatSaysWhatIsMissing() throws Exception {
		MentorFile programmeFile = parseHelper.parse(PROGRAMME);
		Agreement agreement = (Agreement) parseHelper.parse("""
				agreement a "A"
				  programme wit-2027
				boundaries like strict
				""", programmeFile.eResource().getResourceSet()).getDocument();
		EcoreUtil2.resolveAll(agreement);
		var errors = agreement.eResource().getErrors();
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(3, errors.get(0).getLine());
		assertEquals(17, errors.get(0).getColumn());
		assertEquals("No boundaries default is named 'strict': defaults come from the programme named in the"
				+ " agreement's header (programme <name>).", errors.get(0).getMessage());
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE,
				((org.eclipse.xtext.diagnostics.AbstractDiagnostic) errors.get(0)).getCode());
	}

	@Test
	void anUnknownProgrammeIsAnError() throws Exception {
		Agreement agreement = (Agreement) parseHelper.parse("""
				agreement a "A"
				  programme nowhere
				""").getDocument();
		EcoreUtil2.resolveAll(agreement);
		var errors = agreement.eResource().getErrors();
		assertEquals(1, errors.size());
		assertEquals("No programme named 'nowhere' was found: check its name, and validate the programme file"
				+ " together with this agreement.", errors.get(0).getMessage());
	}

	/** Issue 16: "programme" with no name used to make every "like" throw "Qualified name cannot be empty". */
	@Test
	void aProgrammeWithoutANameIsASyntaxErrorNotACrash() throws Exception {
		MentorFile programmeFile = parseHelper.parse(PROGRAMME);
		for (String header : new String[] { "  programme\n", "  programme\r\n", "  programme ^\n" }) {
			Agreement agreement = (Agreement) parseHelper.parse("agreement a \"A\"\n" + header
					+ "cadence like monthly-default\nboundaries like wit-2027.standard\n",
					programmeFile.eResource().getResourceSet()).getDocument();
			EcoreUtil2.resolveAll(agreement);
			var errors = agreement.eResource().getErrors();
			assertTrue(errors.stream().anyMatch(XtextSyntaxDiagnostic.class::isInstance), errors::toString);
			assertTrue(errors.stream().anyMatch(e -> e.getMessage().startsWith("No cadence default is named 'monthly-default'")),
					errors::toString);
			// issue 12: words after a broken header are kept as an unreadable section, so count by kind
			assertEquals("standard", org.mentorship.dsl.model.Agreements.sections(agreement, Boundaries.class).get(0)
					.getBase().getName());
		}
	}
}
