package org.mentorship.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.MentorResource;
import org.mentorship.dsl.parser.InPlaceReparse;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The partial parser gives what a full parse gives. For every example, random one-character keystrokes (a
 * letter, a digit, a space, a quote, a line break typed, or a character deleted) are typed into the file and
 * taken back, as the language server's builder does it after a keystroke ({@link InPlaceReparse} keeping the
 * links outside the section it reads again, or a fresh load when it declines); after each step the resource must
 * equal a fresh parse of the same text: the tokens and the grammar rule of each, the model (after linking), and
 * every finding of every rule. A quarter of the keystrokes land anywhere, a quarter in a declared name (a party, a
 * goal: what every reference may resolve to changes), a quarter in a reference to one and a quarter in a date.
 * {@code -Dmentor.reparse.edits=N} keystrokes per example (default 25).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class InPlaceReparseTest {

	private static final int EDITS = Integer.getInteger("mentor.reparse.edits", 25);
	private static final String TYPED = "abcxyz AZ09-:\"\n";

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;

	@Test
	void keystrokesReparsedInPlaceEqualAFullParse() throws IOException {
		Random random = new Random(13);
		int inPlace = 0;
		int bySection = 0;
		int steps = 0;
		for (String original : examples()) {
			XtextResource typed = load(original);
			List<List<Integer>> targets = List.of(offsetsOf(typed, "name"), offsetsOf(typed, "reference"), offsetsOf(typed, "date"));
			for (int i = 0; i < EDITS; i++) {
				List<Integer> target = i % 4 == 0 ? List.of() : targets.get(i % 4 - 1);
				int at = target.isEmpty() ? random.nextInt(original.length()) : target.get(random.nextInt(target.size()));
				String edited = random.nextInt(4) == 0 ? original.substring(0, at) + original.substring(at + 1)
						: original.substring(0, at) + TYPED.charAt(random.nextInt(TYPED.length())) + original.substring(at);
				for (String text : List.of(edited, original)) { // the keystroke, then the one taking it back
					if (InPlaceReparse.apply(typed, text, true)) {
						inPlace++;
						bySection += ((MentorResource) typed).linkedSectionOnly() ? 1 : 0;
					} else {
						typed = load(text);
					}
					steps++;
					assertSameAsFullParse(typed, text);
				}
			}
		}
		System.out.printf("in place: %d of %d steps, %d of them linked by section%n", inPlace, steps, bySection);
		// most keystrokes inside words and texts keep the file readable: the partial parser must really be used
		assertTrue(inPlace > steps / 3, inPlace + " of " + steps + " steps reparsed in place");
		// and a keystroke in a reference (or anywhere but a name) must really keep the links outside its section
		assertTrue(bySection > inPlace / 4, bySection + " of " + inPlace + " in-place steps linked by section");
	}

	/** Inside the first word of each declared name ({@code "name"}), reference or date ({@code "date"}). */
	private static List<Integer> offsetsOf(XtextResource resource, String kind) {
		List<Integer> offsets = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			// the assignment the token belongs to: its own, or that of the data-type rule (QualifiedName) it is part of
			INode node = leaf;
			while (node != null && (node.getGrammarElement() == null || GrammarUtil.containingAssignment(node.getGrammarElement()) == null)) {
				node = node.getParent();
			}
			if (node == null || leaf.isHidden() || leaf.getLength() < 2) {
				continue;
			}
			EObject grammar = node.getGrammarElement();
			boolean reference = grammar instanceof CrossReference || EcoreUtil2.getContainerOfType(grammar, CrossReference.class) != null;
			boolean name = !reference && "name".equals(GrammarUtil.containingAssignment(grammar).getFeature());
			boolean date = grammar instanceof RuleCall call && "Date".equals(call.getRule().getName());
			if (kind.equals("name") ? name : kind.equals("date") ? date : reference) {
				offsets.add(leaf.getOffset() + 1);
			}
		}
		return offsets;
	}

	private void assertSameAsFullParse(XtextResource typed, String text) throws IOException {
		XtextResource fresh = load(text);
		String where = "after the text became:\n" + text;
		assertEquals(text, typed.getParseResult().getRootNode().getText(), where);
		assertEquals(tokens(fresh), tokens(typed), where);
		EcoreUtil.resolveAll(fresh);
		EcoreUtil.resolveAll(typed);
		assertEquals(model(fresh), model(typed), where);
		assertEquals(findings(fresh), findings(typed), where);
	}

	/** Each token with its offset and the grammar element it was read as. */
	private static List<String> tokens(XtextResource resource) {
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			tokens.add(leaf.getTotalOffset() + " " + leaf.getText() + " "
					+ (leaf.getGrammarElement() == null ? "-" : EcoreUtil.getURI(leaf.getGrammarElement()).fragment())
					+ (leaf.getSyntaxErrorMessage() == null ? "" : " ! " + leaf.getSyntaxErrorMessage().getMessage()));
		}
		return tokens;
	}

	/** Each object with its place, its attributes and what its references point to. */
	private static List<String> model(XtextResource resource) {
		List<String> objects = new ArrayList<>();
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, true)) {
			StringBuilder line = new StringBuilder(resource.getURIFragment(object)).append(' ').append(object.eClass().getName());
			object.eClass().getEAllAttributes().forEach(a -> line.append(' ').append(a.getName()).append('=').append(object.eGet(a)));
			object.eClass().getEAllReferences().stream().filter(r -> !r.isContainment()).forEach(r -> {
				Object value = object.eGet(r, false);
				List<?> targets = value instanceof List<?> many ? many : value == null ? List.of() : List.of(value);
				line.append(' ').append(r.getName()).append("->")
						.append(targets.stream().map(target -> address((EObject) target)).toList());
			});
			objects.add(line.toString());
		}
		return objects;
	}

	/** Where a reference points; one that does not resolve stays a proxy, whose address is the linker's business. */
	private static String address(EObject target) {
		return target.eIsProxy() || target.eResource() == null ? "unresolved" : target.eResource().getURIFragment(target);
	}

	private List<String> findings(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(i -> i.getSeverity() + " " + i.getLineNumber() + ":" + i.getColumn() + "+" + i.getLength() + " "
						+ i.getCode() + " " + i.getMessage())
				.toList();
	}

	private XtextResource load(String text) throws IOException {
		return TextResources.load(resourceSets.get(), URI.createFileURI("/typing/agreement.mentor"), text);
	}

	private static List<String> examples() throws IOException {
		Path examples = Path.of(System.getProperty("mentor.examples", "../examples"));
		try (Stream<Path> files = Files.list(examples)) {
			List<String> texts = new ArrayList<>();
			for (Path file : files.filter(p -> p.toString().endsWith(".mentor")).sorted().toList()) {
				texts.add(Files.readString(file));
			}
			return texts;
		}
	}
}
