package org.mentorship.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.Programme;

import com.google.inject.Singleton;

/** The grey text beside an outline entry: titles, full names and roles, due dates, the schedule of a cadence. */
@Singleton
public class MentorSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		String detail = null;
		if (object instanceof Agreement a) {
			detail = a.getTitle();
		} else if (object instanceof Programme p) {
			detail = p.getTitle();
		} else if (object instanceof Party p) {
			detail = p.getRole().getLiteral() + (p.getFullName() == null ? "" : ": " + p.getFullName());
		} else if (object instanceof Goal g) {
			detail = g.getTitle();
		} else if (object instanceof Milestone m) {
			detail = (m.getName() != null && m.getTitle() != null ? m.getTitle() + ", " : "")
					+ (m.getDue() == null ? "" : "due " + m.getDue());
		} else if (object instanceof Cadence c && c.getSchedule() != null) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(c.getSchedule());
			detail = node == null ? null : NodeModelUtils.getTokenText(node);
		}
		return detail == null ? "" : detail;
	}
}
