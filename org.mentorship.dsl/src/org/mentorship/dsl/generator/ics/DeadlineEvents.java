package org.mentorship.dsl.generator.ics;

import java.time.LocalDate;
import java.util.Optional;

import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.values.Dates;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;

/** The dates to keep in mind: all-day, transparent events for milestone due dates and the review. */
final class DeadlineEvents {

	private final EventFactory events;

	DeadlineEvents(EventFactory events) {
		this.events = events;
	}

	Optional<VEvent> milestone(Goal goal, Milestone milestone, int index) {
		Optional<LocalDate> due = Dates.parse(milestone.getDue());
		if (due.isEmpty()) {
			return Optional.empty();
		}
		VEvent event = events.event("goal/" + goal.getName() + "/milestone/"
				+ (milestone.getName() != null ? milestone.getName() : index));
		EventFactory.allDay(event, due.get());
		event.add(new Summary("Milestone due: " + IcsTexts.normalise(milestone.getTitle()) + " ("
				+ IcsTexts.normalise(goal.getTitle()) + ")"));
		event.add(new Transp(Transp.VALUE_TRANSPARENT));
		events.invitations.address(event);
		return Optional.of(event);
	}

	Optional<VEvent> review(Review review) {
		Optional<LocalDate> date = Dates.parse(review.getDate());
		if (date.isEmpty()) {
			return Optional.empty();
		}
		VEvent event = events.event("review");
		EventFactory.allDay(event, date.get());
		event.add(new Summary("Review of the agreement"));
		EventFactory.describe(event, IcsTexts.normalise(review.getText()));
		event.add(new Transp(Transp.VALUE_TRANSPARENT));
		events.invitations.address(event);
		return Optional.of(event);
	}
}
