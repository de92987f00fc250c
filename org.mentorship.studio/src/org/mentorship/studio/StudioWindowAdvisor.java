package org.mentorship.studio;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: menus and tool bar, status line with progress; no perspective bar (there is one perspective). */
public class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	private boolean restored;

	public StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new StudioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(StudioApplication.NAME);
	}

	@Override
	public void postWindowRestore() {
		restored = true;
	}

	/** A first window on a small screen (a laptop) starts maximized; later sessions keep what the user made of it. */
	@Override
	public void postWindowOpen() {
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Rectangle area = shell.getMonitor().getClientArea();
		if (!restored && (area.width < 1400 || area.height < 900)) {
			shell.setMaximized(true);
		}
	}
}
