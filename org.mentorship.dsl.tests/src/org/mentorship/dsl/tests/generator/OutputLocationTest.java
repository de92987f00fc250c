package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorship.dsl.generator.OutputLocation;

/** The one output rule of the CLI and the language server. */
class OutputLocationTest {

	private static final Path AGREEMENT = Path.of("/home/ada/work/cohort/a.mentor");

	@Test
	void byDefaultGeneratedBesideTheAgreement() {
		assertEquals(Path.of("/home/ada/work/cohort/generated"), OutputLocation.folderOf(AGREEMENT, null, List.of()));
		assertEquals(Path.of("/home/ada/work/cohort/generated"),
				OutputLocation.folderOf(AGREEMENT, "  ", List.of(Path.of("/home/ada/work"))));
	}

	@Test
	void aRelativeFolderIsTakenFromTheInnermostBaseThatHoldsTheAgreement() {
		assertEquals(Path.of("/home/ada/work/site"), OutputLocation.folderOf(AGREEMENT, "site",
				List.of(Path.of("/home/ada"), Path.of("/home/ada/work"), Path.of("/home/ada/other"))));
		assertEquals(Path.of("/home/ada/work/cohort/site"), OutputLocation.folderOf(AGREEMENT, "site",
				List.of(Path.of("/home/ada/other"))), "no base holds it: the agreement's folder");
		assertEquals(Path.of("/home/ada/out"), OutputLocation.folderOf(AGREEMENT, "../out", List.of(Path.of("/home/ada/work"))));
	}

	@Test
	void anAbsoluteFolderIsUsedAsItIs() {
		assertEquals(Path.of("/srv/site"), OutputLocation.folderOf(AGREEMENT, "/srv/site", List.of(Path.of("/home/ada/work"))));
	}
}
