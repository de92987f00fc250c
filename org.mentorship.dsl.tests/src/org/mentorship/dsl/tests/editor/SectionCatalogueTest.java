package org.mentorship.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.ide.sections.SectionCatalogue;
import org.mentorship.dsl.ide.sections.SectionCatalogue.Section;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;

/** Every kind of section has one entry, and the outline and the colouring tell the same story. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class SectionCatalogueTest {

	@Inject
	private SectionCatalogue catalogue;

	@Inject
	private MentorGrammarAccess grammar;

	@Test
	void everySectionAndProgrammeDefaultHasAnEntry() {
		MentorPackage p = MentorPackage.eINSTANCE;
		List<String> missing = new ArrayList<>();
		for (EClassifier classifier : p.getEClassifiers()) {
			if (classifier instanceof EClass type && type != p.getUnreadable() && type != p.getSection()
					&& type != p.getProgrammeDefault()
					&& (p.getSection().isSuperTypeOf(type) || p.getProgrammeDefault().isSuperTypeOf(type))
					&& catalogue.of(type).isEmpty()) {
				missing.add(type.getName());
			}
		}
		assertEquals(List.of(), missing);
		assertTrue(catalogue.of(p.getAgreement()).isPresent());
		assertTrue(catalogue.of(p.getMilestone()).isPresent());
		assertTrue(catalogue.of(p.getSchedule()).isEmpty(), "a clause is no section");
	}

	@Test
	void keywordsAreTheGrammarsWords() {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		MentorPackage p = MentorPackage.eINSTANCE;
		assertEquals("cadence", catalogue.of(p.getCadence()).orElseThrow().keyword());
		assertEquals("check-in", catalogue.of(p.getCheckIn()).orElseThrow().keyword());
		assertEquals("decided on", catalogue.of(p.getDecision()).orElseThrow().keyword());
		for (EClassifier classifier : p.getEClassifiers()) {
			if (classifier instanceof EClass type && type != p.getParty()) {
				catalogue.of(type).ifPresent(section -> {
					assertFalse(section.keyword().isEmpty(), type.getName());
					for (String word : section.keyword().split(" ")) {
						assertTrue(keywords.contains(word), type.getName() + ": '" + word + "' is no keyword");
					}
				});
			}
		}
	}

	/** What happens on a date is an Event in the outline and an event token, and only that. */
	@Test
	void outlineKindAndTokenTypeAgree() {
		MentorPackage p = MentorPackage.eINSTANCE;
		for (EClassifier classifier : p.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				catalogue.of(type).ifPresent(section -> assertEquals(section.outline() == SymbolKind.Event,
						SemanticTokenTypes.Event.equals(section.token()), type.getName()));
			}
		}
		assertEquals(SemanticTokenTypes.Event, catalogue.token(p.getCadence()));
		assertEquals(SymbolKind.Event, catalogue.outline(p.getCadence()));
		assertEquals(SemanticTokenTypes.Type, catalogue.token(p.getBoundaries()));
		assertEquals(SymbolKind.Field, catalogue.outline(p.getSchedule()), "anything else is an entry");
	}

	@Test
	void everyEntryButThePartyHasAHoverSentence() {
		MentorPackage p = MentorPackage.eINSTANCE;
		for (EClassifier classifier : p.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				catalogue.of(type).map(Section::hover).ifPresentOrElse(
						hover -> assertTrue(hover.endsWith("."), type.getName() + ": " + hover),
						() -> {
							if (catalogue.of(type).isPresent()) {
								assertEquals(p.getParty(), type);
							}
						});
			}
		}
		assertNull(catalogue.of(p.getParty()).orElseThrow().hover());
	}
}
