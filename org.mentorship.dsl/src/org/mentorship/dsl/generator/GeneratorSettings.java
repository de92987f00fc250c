package org.mentorship.dsl.generator;

import java.nio.file.Path;
import java.util.List;

import com.google.inject.Singleton;

/**
 * What an editor configured for generation: the output folder (blank: {@code generated/} beside each
 * agreement, see {@link OutputLocation}) and whether saving an agreement regenerates its outputs. One per
 * language injector, that is one per language server; the server sets it from its client's settings
 * (initializationOptions, workspace/didChangeConfiguration) and its workspace folders.
 */
@Singleton
public class GeneratorSettings {

	private volatile String outputFolder = "";
	private volatile boolean generateOnSave = true;
	private volatile List<Path> workspaceFolders = List.of();

	public String outputFolder() {
		return outputFolder;
	}

	public void setOutputFolder(String folder) {
		this.outputFolder = folder == null ? "" : folder.strip();
	}

	/** True: saving an agreement generated before keeps its outputs up to date; false: only the command writes. */
	public boolean generateOnSave() {
		return generateOnSave;
	}

	public void setGenerateOnSave(boolean generateOnSave) {
		this.generateOnSave = generateOnSave;
	}

	public void setWorkspaceFolders(List<Path> folders) {
		this.workspaceFolders = List.copyOf(folders);
	}

	/** Where the outputs of the agreement in this file go, by the one rule. */
	public Path outputFolderOf(Path agreementFile) {
		return OutputLocation.folderOf(agreementFile, outputFolder, workspaceFolders);
	}
}
