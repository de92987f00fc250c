package org.mentorship.studio;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * Menus and tool bar of Mentorship Studio: what writing agreements needs (new agreement or programme, open, save,
 * print, undo, find/replace, content assist, quick fix, format, rename, generate, preferences, about) and nothing of
 * an IDE (no Run, Debug, Team, Java, Project or Navigate menus).
 */
public class StudioActionBarAdvisor extends ActionBarAdvisor {

	static final String OPEN_FILE = "org.mentorship.studio.openFile";
	static final String OPEN_FOLDER = "org.mentorship.studio.openFolder";
	private static final String GENERATE = "org.mentorship.dsl.ui.generate";
	private static final String FORMAT = "org.mentorship.lsp.jface.format";
	private static final String RENAME = "org.mentorship.lsp.jface.rename";
	private static final String OPEN_DECLARATION = "org.mentorship.lsp.jface.openDeclaration";
	private static final String TOGGLE_COMMENT = "org.mentorship.dsl.ui.toggleComment";
	private static final String QUICK_FIX = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals";
	private static final String CONTENT_ASSIST = "org.eclipse.ui.edit.text.contentAssist.proposals";
	private static final String NEW_WIZARD = "org.eclipse.ui.newWizard";

	private IWorkbenchAction newWizard;
	private IWorkbenchAction newWizardDropDown;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction refresh;
	private IWorkbenchAction print;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IContributionItem reopenEditors;
	private IContributionItem views;

	public StudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = add(ActionFactory.NEW.create(window));
		newWizard.setText("&Other...");
		newWizardDropDown = add(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		close = add(ActionFactory.CLOSE.create(window));
		closeAll = add(ActionFactory.CLOSE_ALL.create(window));
		save = add(ActionFactory.SAVE.create(window));
		saveAs = add(ActionFactory.SAVE_AS.create(window));
		saveAll = add(ActionFactory.SAVE_ALL.create(window));
		revert = add(ActionFactory.REVERT.create(window));
		refresh = add(ActionFactory.REFRESH.create(window));
		print = add(ActionFactory.PRINT.create(window));
		quit = add(ActionFactory.QUIT.create(window));
		undo = add(ActionFactory.UNDO.create(window));
		redo = add(ActionFactory.REDO.create(window));
		cut = add(ActionFactory.CUT.create(window));
		copy = add(ActionFactory.COPY.create(window));
		paste = add(ActionFactory.PASTE.create(window));
		delete = add(ActionFactory.DELETE.create(window));
		selectAll = add(ActionFactory.SELECT_ALL.create(window));
		find = add(ActionFactory.FIND.create(window));
		preferences = add(ActionFactory.PREFERENCES.create(window));
		resetPerspective = add(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = add(ActionFactory.ABOUT.create(window));
		about.setText("&About " + StudioApplication.NAME);
		reopenEditors = ContributionItemFactory.REOPEN_EDITORS.create(window);
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction add(IWorkbenchAction action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(agreementMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(newWizardItem("org.mentorship.dsl.ui.newAgreement", "Mentorship &Agreement"));
		newMenu.add(newWizardItem("org.mentorship.dsl.ui.newProgramme", "Mentorship &Programme"));
		newMenu.add(new Separator());
		newMenu.add(newWizardItem("org.eclipse.ui.wizards.new.project", "P&roject..."));
		newMenu.add(newWizardItem("org.eclipse.ui.wizards.new.folder", "&Folder..."));
		newMenu.add(new Separator());
		newMenu.add(newWizard);
		menu.add(newMenu);
		menu.add(command(OPEN_FILE, null, "&Open File..."));
		menu.add(command(OPEN_FOLDER, null, "Open Fol&der..."));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(revert);
		menu.add(new Separator());
		menu.add(refresh);
		menu.add(new Separator());
		menu.add(print);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(reopenEditors);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MRU));
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator());
		menu.add(command(CONTENT_ASSIST, null, "Content &Assist"));
		menu.add(command(QUICK_FIX, null, "&Quick Fix"));
		menu.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		return menu;
	}

	private MenuManager agreementMenu() {
		MenuManager menu = new MenuManager("&Agreement", "org.mentorship.studio.agreement");
		menu.add(command(GENERATE, null, null));
		menu.add(new Separator());
		menu.add(command(FORMAT, null, null));
		menu.add(command(RENAME, null, null));
		menu.add(command(OPEN_DECLARATION, null, null));
		menu.add(command(TOGGLE_COMMENT, null, null));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(views);
		menu.add(showView);
		menu.add(resetPerspective);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new GroupMarker("group.assist"));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(about);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = new ToolBarManager(coolBar.getStyle());
		file.add(newWizardDropDown);
		file.add(command(OPEN_FILE, null, null));
		file.add(save);
		file.add(print);
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager edit = new ToolBarManager(coolBar.getStyle());
		edit.add(undo);
		edit.add(redo);
		coolBar.add(new ToolBarContributionItem(edit, IWorkbenchActionConstants.TOOLBAR_EDIT));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private IContributionItem command(String commandId, String id, String label) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(getActionBarConfigurer()
				.getWindowConfigurer().getWindow(), id, commandId, CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		return new CommandContributionItem(parameter);
	}

	private IContributionItem newWizardItem(String wizardId, String label) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(getActionBarConfigurer()
				.getWindowConfigurer().getWindow(), NEW_WIZARD + "." + wizardId, NEW_WIZARD,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		parameter.parameters = java.util.Map.of("newWizardId", wizardId);
		return new CommandContributionItem(parameter);
	}
}
