package org.mentorship.studio;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/** The workbench of Mentorship Studio: IDE adapters and images, the Mentorship perspective, the first start. */
public class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	/** Preference pages of bundles the product ships but whose settings do not concern agreements. */
	private static final List<String> FOREIGN_PREFERENCE_PAGES = List.of("org.eclipse.team.ui.TeamPreferences",
			"org.eclipse.compare.internal.ComparePreferencePage");

	private final List<Path> paths;
	private final Handoff handoff;

	public StudioWorkbenchAdvisor(List<Path> paths, Handoff handoff) {
		this.paths = paths;
		this.handoff = handoff;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		declareImages(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return MentorshipPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot(); // what the Project Explorer shows
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		StudioReport.workbenchStarted = StudioReport.sinceProcessStart();
		PreferenceManager preferences = PlatformUI.getWorkbench().getPreferenceManager();
		FOREIGN_PREFERENCE_PAGES.forEach(preferences::remove);
		StudioReport report = StudioReport.create(getWorkbenchConfigurer().getWorkbench());
		StudioFiles.startUp(paths, report);
		if (handoff != null) {
			handoff.setReceiver(StudioFiles::openFromOtherStart);
		}
	}

	@Override
	public void postShutdown() {
		// let the last background work land (e.g. marker updates after the language servers stopped) before the
		// workspace is saved and closed; bounded, so a job that never ends cannot keep the application open
		long deadline = System.currentTimeMillis() + 3000;
		while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** The images the IDE's own application declares; the Project Explorer and Problems view use them. */
	private static void declareImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		String obj = "$nl$/icons/full/obj16/";
		String elcl = "$nl$/icons/full/elcl16/";
		String etool = "$nl$/icons/full/etool16/";
		String eview = "$nl$/icons/full/eview16/";
		String wizban = "$nl$/icons/full/wizban/";
		String internal = ""; // IDEInternalWorkbenchImages names have no prefix
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, obj + "prj_obj.svg", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, obj + "cprj_obj.svg", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OPEN_MARKER, elcl + "gotoobj_tsk.svg", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_TASK_TSK, obj + "taskmrk_tsk.svg", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_BKMRK_TSK, obj + "bkmrk_tsk.svg", true);
		// the names of org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages
		declare(configurer, ide, internal + "IMG_ELCL_QUICK_FIX_ENABLED", elcl + "smartmode_co.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_FIXABLE_WARNING", obj + "quickfix_warning_obj.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_FIXABLE_ERROR", obj + "quickfix_error_obj.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_FIXABLE_INFO", obj + "quickfix_info_obj.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_COMPLETE_TSK", obj + "complete_tsk.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_INCOMPLETE_TSK", obj + "incomplete_tsk.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_ERROR_PATH", obj + "error_tsk.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_WARNING_PATH", obj + "warn_tsk.svg", true);
		declare(configurer, ide, internal + "IMG_OBJS_INFO_PATH", obj + "info_tsk.svg", true);
		declare(configurer, ide, internal + "IMG_LCL_FLAT_LAYOUT", elcl + "flatLayout.svg", true);
		declare(configurer, ide, internal + "IMG_LCL_HIERARCHICAL_LAYOUT", elcl + "hierarchicalLayout.svg", true);
		declare(configurer, ide, internal + "IMG_ETOOL_PROBLEM_CATEGORY", etool + "problem_category.svg", true);
		declare(configurer, ide, internal + "IMG_ETOOL_PROBLEMS_VIEW", eview + "problems_view.svg", true);
		declare(configurer, ide, internal + "IMG_ETOOL_PROBLEMS_VIEW_ERROR", eview + "problems_view_error.svg", true);
		declare(configurer, ide, internal + "IMG_ETOOL_PROBLEMS_VIEW_WARNING", eview + "problems_view_warning.svg", true);
		declare(configurer, ide, internal + "IMG_ETOOL_PROBLEMS_VIEW_INFO", eview + "problems_view_info.svg", true);
		declare(configurer, ide, internal + "IMG_WIZBAN_NEWPRJ_WIZ", wizban + "newprj_wiz.svg", false);
		declare(configurer, ide, internal + "IMG_WIZBAN_NEWFOLDER_WIZ", wizban + "newfolder_wiz.svg", false);
		declare(configurer, ide, internal + "IMG_WIZBAN_NEWFILE_WIZ", wizban + "newfile_wiz.svg", false);
		declare(configurer, ide, internal + "IMG_DLGBAN_SAVEAS_DLG", wizban + "saveas_wiz.svg", false);
		declare(configurer, ide, internal + "IMG_DLGBAN_QUICKFIX_DLG", wizban + "quick_fix.svg", false);
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String name, String path,
			boolean shared) {
		URL url = FileLocator.find(bundle, IPath.fromOSString(path), null);
		if (url != null) {
			configurer.declareImage(name, ImageDescriptor.createFromURL(url), shared);
		}
	}
}
