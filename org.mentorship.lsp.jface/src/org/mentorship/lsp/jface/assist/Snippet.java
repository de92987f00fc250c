package org.mentorship.lsp.jface.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.jface.text.link.ProposalPosition;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.link.EditorLinkedModeUI;

/**
 * An LSP snippet ({@code ${1:name}}, {@code $2}, {@code ${3|a,b|}}, {@code $0}, escapes with {@code \}) as plain
 * text plus its tab stops, and the tab stops as JFace linked mode: Tab moves to the next stop, the same number
 * edits all its occurrences together, a choice offers its values, Enter leaves at {@code $0}.
 */
public final class Snippet {

	/** A tab stop's occurrence in {@link #text()}. */
	public record Stop(int number, int offset, int length, List<String> choices) {
	}

	private final String text;
	private final List<Stop> stops;

	private Snippet(String text, List<Stop> stops) {
		this.text = text;
		this.stops = stops;
	}

	public static Snippet plain(String text) {
		return new Snippet(text, List.of());
	}

	public String text() {
		return text;
	}

	public List<Stop> stops() {
		return stops;
	}

	boolean hasPlaceholders() {
		return stops.stream().anyMatch(stop -> stop.number() > 0);
	}

	public static Snippet parse(String snippet) {
		StringBuilder out = new StringBuilder();
		List<Stop> stops = new ArrayList<>();
		parse(snippet, 0, snippet.length(), out, stops);
		return new Snippet(out.toString(), stops);
	}

	/** Parses snippet[from, to) into out; returns where it stopped. */
	private static void parse(String s, int from, int to, StringBuilder out, List<Stop> stops) {
		int i = from;
		while (i < to) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < to && "$}\\,|".indexOf(s.charAt(i + 1)) >= 0) {
				out.append(s.charAt(i + 1));
				i += 2;
			} else if (c == '$' && i + 1 < to && Character.isDigit(s.charAt(i + 1))) {
				int end = digitsEnd(s, i + 1, to);
				stops.add(new Stop(Integer.parseInt(s.substring(i + 1, end)), out.length(), 0, List.of()));
				i = end;
			} else if (c == '$' && i + 2 < to && s.charAt(i + 1) == '{' && Character.isDigit(s.charAt(i + 2))) {
				i = placeholder(s, i, to, out, stops);
			} else {
				out.append(c);
				i++;
			}
		}
	}

	private static int placeholder(String s, int dollar, int to, StringBuilder out, List<Stop> stops) {
		int numberEnd = digitsEnd(s, dollar + 2, to);
		int number = Integer.parseInt(s.substring(dollar + 2, numberEnd));
		int close = closingBrace(s, numberEnd, to);
		int start = out.length();
		if (numberEnd < to && s.charAt(numberEnd) == '|') {
			List<String> choices = choices(s.substring(numberEnd + 1, Math.max(numberEnd + 1, close - 1)));
			String first = choices.isEmpty() ? "" : choices.get(0);
			out.append(first);
			stops.add(new Stop(number, start, first.length(), choices));
		} else {
			int inner = numberEnd < to && s.charAt(numberEnd) == ':' ? numberEnd + 1 : numberEnd;
			List<Stop> nested = new ArrayList<>();
			parse(s, inner, close, out, nested);
			stops.add(new Stop(number, start, out.length() - start, List.of()));
			stops.addAll(nested);
		}
		return Math.min(close + 1, to);
	}

	private static List<String> choices(String body) {
		List<String> choices = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\\' && i + 1 < body.length()) {
				current.append(body.charAt(++i));
			} else if (c == ',') {
				choices.add(current.toString());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		choices.add(current.toString());
		return choices;
	}

	private static int digitsEnd(String s, int from, int to) {
		int i = from;
		while (i < to && Character.isDigit(s.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The index of the brace that closes the placeholder whose body starts at from (nesting and escapes counted). */
	private static int closingBrace(String s, int from, int to) {
		int depth = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '{') {
				depth++;
			} else if (c == '}') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return to;
	}

	/** Enters linked mode for the stops of this snippet, inserted at base; returns the first stop's selection. */
	Point link(ITextViewer viewer, int base) throws BadLocationException {
		IDocument document = viewer.getDocument();
		Map<Integer, LinkedPositionGroup> groups = new TreeMap<>();
		int exit = base + text.length();
		int sequence = 0;
		List<Stop> inTabOrder = new ArrayList<>(stops);
		inTabOrder.sort(java.util.Comparator.comparingInt(Stop::number).thenComparingInt(Stop::offset));
		for (Stop stop : inTabOrder) {
			if (stop.number() == 0) {
				exit = base + stop.offset();
				continue;
			}
			LinkedPosition position = stop.choices().isEmpty()
					? new LinkedPosition(document, base + stop.offset(), stop.length(), sequence++)
					: choicePosition(document, base + stop.offset(), stop, sequence++);
			groups.computeIfAbsent(stop.number(), n -> new LinkedPositionGroup()).addPosition(position);
		}
		LinkedModeModel model = new LinkedModeModel();
		for (LinkedPositionGroup group : groups.values()) {
			model.addGroup(group);
		}
		model.forceInstall();
		LinkedModeUI ui = new EditorLinkedModeUI(model, viewer);
		ui.setExitPosition(viewer, exit, 0, Integer.MAX_VALUE);
		ui.setCyclingMode(LinkedModeUI.CYCLE_WHEN_NO_PARENT);
		ui.enter();
		LinkedPosition first = groups.values().iterator().next().getPositions()[0];
		return new Point(first.getOffset(), first.getLength());
	}

	private static LinkedPosition choicePosition(IDocument document, int offset, Stop stop, int sequence) {
		LinkedPosition[] position = new LinkedPosition[1]; // the choices need the position, the position its choices
		ICompletionProposal[] proposals = new ICompletionProposal[stop.choices().size()];
		for (int i = 0; i < proposals.length; i++) {
			proposals[i] = new Choice(stop.choices().get(i), position);
		}
		position[0] = new ProposalPosition(document, offset, stop.length(), sequence, proposals);
		return position[0];
	}

	/** A value of a choice: replaces the position wherever it is now. */
	private record Choice(String value, LinkedPosition[] at) implements ICompletionProposal {
		@Override
		public void apply(IDocument document) {
			LinkedPosition position = at[0];
			try {
				document.replace(position.getOffset(), position.getLength(), value);
			} catch (BadLocationException e) {
				// the position is gone: nothing to replace
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return new Point(at[0].getOffset() + value.length(), 0);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return value;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
