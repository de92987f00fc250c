package org.mentorship.dsl.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.mentorship.dsl.mentor.Document;

import com.google.inject.Inject;

/**
 * Placeholder text still in an agreement or programme: a name "Full Name", an address like
 * name@example.org, a text that says TODO, or empty quotes. Such a file is not finished, so it is never
 * reported clean (issue 12). A warning on the text itself.
 */
public class PlaceholderValidator extends ComposedValidator {

	private static final Pattern PLACEHOLDER_ADDRESS = Pattern.compile("(?i)(name|name-\\d+|email|e-mail|someone|user)@example\\.(org|com)");
	private static final Pattern TODO = Pattern.compile("\\b(TODO|TBD|FIXME|XXX)\\b");
	private static final String[] TODO_WORDS = { "TODO", "TBD", "FIXME", "XXX" };

	@Inject
	private WrittenValues written;

	/** Every text of the file: after a pause in typing, not per keystroke (PausedChecks in the language server). */
	@Check(CheckType.NORMAL)
	public void placeholders(Document document) {
		for (WrittenValues.QuotedText text : written.textsIn(document)) {
			ILeafNode leaf = text.node();
			placeholder(text.text()).ifPresent(message -> getMessageAcceptor().acceptWarning(message,
					semantic(leaf), leaf.getOffset(), leaf.getLength(), IssueCodes.PLACEHOLDER));
		}
	}

	private static EObject semantic(ILeafNode leaf) {
		return NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	/** What is wrong with a quoted text as written (with its quotes), if it is a placeholder. */
	static Optional<String> placeholder(String written) {
		String text = written.length() >= 2 ? written.substring(1, written.length() - 1) : "";
		if (!written.isEmpty() && written.charAt(written.length() - 1) != '"' && written.charAt(written.length() - 1) != '”') {
			return Optional.empty(); // not closed: a syntax error says so
		}
		String plain = text.strip();
		if (plain.isEmpty()) {
			return Optional.of("This text is empty: write what it should say.");
		}
		// the length first: lower-casing every text (most start with a capital, so each was copied) only to compare it
		// with one phrase; a text whose lower case is "full name" is 9 characters long too
		// (in the root locale only 'İ' changes length, into an 'i' and a dot above, and "full name" has no dot)
		if (plain.length() == 9 && plain.toLowerCase(Locale.ROOT).equals("full name")) {
			return Optional.of("\"Full Name\" is a placeholder: write the person's full name.");
		}
		// the patterns only where a plain search finds what they need: most texts have neither, and a matcher per
		// text was most of this rule's cost in a large file
		if (plain.indexOf('@') >= 0 && PLACEHOLDER_ADDRESS.matcher(plain).matches()) {
			return Optional.of("\"" + plain + "\" is a placeholder address: write the person's own e-mail address.");
		}
		if (PlainLanguageValidator.containsAny(text, TODO_WORDS)) {
			var todo = TODO.matcher(text);
			if (todo.find()) {
				return Optional.of("This text still says " + todo.group(1) + ": write what it should say.");
			}
		}
		return Optional.empty();
	}
}
