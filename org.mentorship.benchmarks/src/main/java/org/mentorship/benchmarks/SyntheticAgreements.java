package org.mentorship.benchmarks;

import java.time.LocalDate;
import java.util.Random;

/**
 * Realistic agreements of any size for the benchmarks: the sections of examples/complete.mentor,
 * with as many goals (six lines each) as it takes to reach the wanted number of lines. Seeded, so
 * every run measures the same text. Every generated agreement validates without errors.
 */
final class SyntheticAgreements {

	private static final LocalDate START = LocalDate.of(2027, 1, 11);

	private SyntheticAgreements() {
	}

	static String agreement(String id, int lines, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(lines * 48);
		text.append("agreement ").append(id).append(" \"Growing into a tech lead\"\n")
				.append("  version 2\n  from 2027-01-11 to 2027-12-17\n  time zone \"Europe/Berlin\"\n\n")
				.append("purpose \"Grace wants to lead the payments team by the summer; Ada coaches her.\"\n\n")
				.append("mentor ada \"Ada Lovelace\" email \"ada@example.org\"\n")
				.append("  responsible for \"feedback on every draft within a week\"\n")
				.append("mentee grace \"Grace Hopper\" email \"grace@example.org\"\n")
				.append("  responsible for \"bringing the agenda\"\n\n")
				.append("roles\n  grace starts conversations\n  grace documents progress\n\n")
				.append("cadence\n  biweekly on Tuesday at 10:00 for 60 minutes by video at \"https://meet.example.org/a\"\n")
				.append("  agenda \"Grace's topics\", \"Progress on milestones\"\n  grace brings \"questions and notes\"\n\n")
				.append("boundaries\n  reply within 2 working days on \"e-mail\"\n  quiet hours 19:00 to 08:00 and weekends\n\n")
				.append("check-in on 2027-06-15 at 10:00 for 30 minutes \"Recalibrate the goals\"\n\n")
				.append("retrospective every 3 months starting 2027-04-06\n  prompt \"What helped you grow this period?\"\n\n")
				.append("ethics\n  confidentiality \"Stays between us.\"\n  consent \"Ask before sharing work.\"\n")
				.append("  conflicts of interest \"none declared\"\n\n")
				.append("resources\n  ada offers 4 hours per month \"feedback and introductions\"\n\n")
				.append("sign-off\n  ada signed on 2027-01-11\n  grace signed on 2027-01-11\n\n")
				.append("review on 2027-12-01\n\n");
		int goal = 0;
		int written = count(text);
		while (written + 6 <= lines) {
			written += 6;
			goal++;
			text.append("goal g").append(goal).append(" \"Lead design review number ").append(goal).append("\"\n");
			for (int m = 0; m < 3; m++) {
				LocalDate due = START.plusDays(7 + random.nextInt(300));
				text.append("  milestone \"Step ").append(m + 1).append(" of goal ").append(goal).append("\" due ")
						.append(due).append('\n');
			}
			text.append("  evidence artifact \"review notes\" from grace\n");
			text.append("  success at least ").append(1 + random.nextInt(5)).append(" \"reviews led\"\n");
		}
		for (; written < lines; written++) {
			text.append("// filler comment line\n");
		}
		return text.toString();
	}

	private static int count(CharSequence text) {
		int lines = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}
}
