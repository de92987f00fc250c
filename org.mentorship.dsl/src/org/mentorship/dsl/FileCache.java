package org.mentorship.dsl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Singleton;

/**
 * Xtext's cache of what is computed from a file (scopes, names, the texts the rules read), cleared exactly as Xtext's
 * is: its adapter sits on every object of the file and hears every change made to any of them. Xtext puts it there
 * in a walk over the whole file when the file's cache is first asked (for a file just loaded: by the linker, which
 * then walks the whole file once more to install its proxies). Here, for such a file, the linker puts the adapter on
 * each object as its own walk reaches it ({@code SectionLinker}), and the first walk is saved (with its check, per
 * object, that the adapter is not there yet): in the profile of a 10,000-line file, a tenth of its raw parse
 * (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe5)").
 * Every other way into the cache (a file reparsed, edited or asked before it is linked) is Xtext's. What that walk
 * computes besides (the lines each section prints on) waits in the cache as well, put there once the load has
 * completed ({@link ContentsAdapter#setForLoadedModel}).
 */
@Singleton
public class FileCache extends OnChangeEvictingCache {

	@Override
	protected CacheAdapter createCacheAdapter() {
		return new ContentsAdapter();
	}

	/**
	 * A new adapter for a file that has none yet, on the file only: the caller must {@link ContentsAdapter#adopt}
	 * every object of the file, then {@link ContentsAdapter#adoptedAll}. Null when the file has its adapter already.
	 */
	public ContentsAdapter adapterToSpread(Resource resource) {
		if (findCacheAdapter(resource) != null) {
			return null;
		}
		ContentsAdapter adapter = new ContentsAdapter();
		adapter.spreading = true;
		resource.eAdapters().add(adapter); // spreading: not into the contents yet
		adapter.attachedTo(resource);
		return adapter;
	}

	/** Xtext's adapter, which can be put on the objects of a file one by one. */
	public static final class ContentsAdapter extends CacheAdapter {

		/** While true, the adapter goes on each object it is added to, not on the object's contents as well. */
		private boolean spreading;

		/** A value of the model being loaded, for the cache once the load completes (see setForLoadedModel). */
		private Object keyAfterLoad;
		private Object valueAfterLoad;

		/** Puts the adapter on this object only (its contents are adopted one by one as well). */
		public void adopt(EObject object) {
			object.eAdapters().add(this);
		}

		/**
		 * From now on the adapter follows the contents as Xtext's does. {@code complete}: false when the walk did not
		 * reach every object (it failed): then every object of the file gets the adapter here.
		 */
		public void adoptedAll(Resource resource, boolean complete) {
			spreading = false;
			if (!complete) {
				EcoreUtil.getAllProperContents(resource, false).forEachRemaining(object -> {
					if (!((EObject) object).eAdapters().contains(this)) {
						((EObject) object).eAdapters().add(this);
					}
				});
			}
		}

		/**
		 * Puts a value computed from the model into the cache, as {@link #set}, but for a file still being loaded only
		 * once its load completes: the load's last step (EMF's notice that the resource is loaded) clears Xtext's
		 * cache, so a value the linker's walk computes during the load would be lost. Any other change that clears the
		 * cache before then drops the value too: the model may no longer be the one it was computed from.
		 */
		public void setForLoadedModel(Object key, Object value) {
			if (getResource() instanceof Resource.Internal loading && loading.isLoading()) {
				keyAfterLoad = key;
				valueAfterLoad = value;
			} else {
				set(key, value);
			}
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (keyAfterLoad != null && !isIgnoreNotifications() && isSemanticStateChange(notification)) {
				// the cache was just cleared: by the load completing, or by a change to the model
				if (notification.getNotifier() == getResource()
						&& notification.getFeatureID(Resource.class) == Resource.RESOURCE__IS_LOADED
						&& notification.getNewBooleanValue()) {
					set(keyAfterLoad, valueAfterLoad);
				}
				keyAfterLoad = null;
				valueAfterLoad = null;
			}
		}

		@Override
		protected void setTarget(EObject target) {
			if (spreading) {
				basicSetTarget(target);
			} else {
				super.setTarget(target);
			}
		}

		@Override
		protected void setTarget(Resource target) {
			if (spreading) {
				basicSetTarget(target);
			} else {
				super.setTarget(target);
			}
		}

		/** Found as Xtext's adapter is (by its class), so that Xtext's cache and this one share it. */
		@Override
		public boolean isAdapterForType(Object type) {
			return type == CacheAdapter.class || super.isAdapterForType(type);
		}

		private void attachedTo(Resource resource) {
			setResource(resource);
		}
	}
}
