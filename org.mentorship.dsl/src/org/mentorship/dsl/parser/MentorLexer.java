package org.mentorship.dsl.parser;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;
import org.mentorship.dsl.parser.antlr.internal.InternalMentorLexer;

/**
 * The lexer, with one repair: a text whose closing quote is missing. Texts may span lines, so without
 * its closing quote a text runs on to the next quote, and from there every text and every word of the
 * rest of the file swap places. When a text spans lines and either never closes or "closes" with the
 * opening quote of the next text (a word is glued to it), it is cut before the first line that starts
 * like a section or a clause (or at the end of its first line): the text is then reported as not
 * closed (QuotedTextConverter) and the rest of the file is read as written.
 */
public class MentorLexer extends InternalMentorLexer {

	private static final Set<String> LINE_STARTS = Set.of("purpose", "mentor", "mentee", "co-mentor", "sponsor",
			"stakeholder", "contact", "roles", "goal", "modes", "cadence", "boundaries", "check-in", "retrospective",
			"ethics", "resources", "risk", "escalation", "decided", "changed", "career", "kickoff", "sign-off",
			"review", "confidential", "severity", "agreement", "programme", "version", "from", "time", "milestone",
			"evidence", "success", "responsible", "skip", "agenda", "reply", "quiet", "channels", "confidentiality",
			"consent", "conflicts", "equity", "prompt", "tool", "notes", "reading", "ambition", "stretch",
			"networking", "exposure", "revisit", "weekly", "biweekly", "monthly");

	/** Clauses that start with a name: "sam signed on", "priya starts conversations", "ada offers 2 hours". */
	private static final Set<String> SECOND_WORDS = Set.of("signed", "to", "starts", "documents", "owns", "offers",
			"commits", "brings", "prepares", "provides");

	private static final Pattern LINE = Pattern.compile("[ \\t]*([A-Za-z][A-Za-z-]*)(?:[ \\t]+([A-Za-z]+))?");

	public MentorLexer() {
	}

	public MentorLexer(CharStream input) {
		super(input);
	}

	public MentorLexer(CharStream input, RecognizerSharedState state) {
		super(input, state);
	}

	@Override
	public Token nextToken() {
		Token token = super.nextToken();
		if (token.getType() == RULE_STRING && token instanceof CommonToken text) {
			cutRunawayText(text);
		}
		return token;
	}

	private void cutRunawayText(CommonToken token) {
		int start = token.getStartIndex();
		int stop = token.getStopIndex();
		// a text on one line (almost every text) is left alone: the stream's line has not moved since the token's
		// start, known without copying the text out of the stream, which was a tenth of all parsing
		if (stop <= start || stop >= input.size() || input.getLine() == token.getLine()) {
			return;
		}
		String text = input.substring(start, stop);
		if (text.indexOf('\n') < 0) {
			return;
		}
		char close = text.charAt(0) == '“' ? '”' : '"';
		boolean closed = text.length() > 1 && text.charAt(text.length() - 1) == close;
		int next = input.LA(1);
		boolean glued = next != CharStream.EOF && Character.isLetterOrDigit(next);
		if (closed && !(close == '"' && glued)) {
			return;
		}
		int cut = cutAt(text);
		if (cut <= 0) {
			return;
		}
		int lines = 0;
		int lastBreak = -1;
		for (int i = 0; i < cut; i++) {
			if (text.charAt(i) == '\n') {
				lines++;
				lastBreak = i;
			}
		}
		token.setStopIndex(start + cut - 1);
		token.setText(input.substring(start, start + cut - 1));
		input.seek(start + cut);
		input.setLine(token.getLine() + lines);
		input.setCharPositionInLine(lastBreak < 0 ? token.getCharPositionInLine() + cut : cut - lastBreak - 1);
	}

	/** Where the text is cut: before the line break ending its first line, or a later one that a clause follows. */
	private static int cutAt(String text) {
		int first = -1;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			int end = i > 0 && text.charAt(i - 1) == '\r' ? i - 1 : i;
			if (first < 0) {
				first = end;
			}
			int lineEnd = text.indexOf('\n', i + 1);
			String line = text.substring(i + 1, lineEnd < 0 ? text.length() : lineEnd);
			Matcher m = LINE.matcher(line);
			if (m.lookingAt() && (LINE_STARTS.contains(m.group(1)) || m.group(2) != null && SECOND_WORDS.contains(m.group(2)))) {
				return end;
			}
		}
		return first;
	}
}
