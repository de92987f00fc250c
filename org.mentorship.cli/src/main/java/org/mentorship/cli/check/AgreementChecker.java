package org.mentorship.cli.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.MentorStandaloneSetup;

import com.google.inject.Injector;

/**
 * Checks a set of .mentor files the way a programme admin needs it: all files are loaded into one
 * resource set first, so an agreement can refer to a programme file given in the same run; then
 * each file is validated. A file that cannot be parsed at all (empty, binary, too large, not UTF-8)
 * gets one finding that says so, and the other files are still checked.
 */
public class AgreementChecker {

	private final Injector injector;
	private final int threads;

	/** One language injector per process: creating it is the slowest part of a start. */
	public AgreementChecker() {
		this(Language.INJECTOR);
	}

	private static final class Language {
		static final Injector INJECTOR = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	public AgreementChecker(Injector injector) {
		this(injector, Runtime.getRuntime().availableProcessors());
	}

	public AgreementChecker(Injector injector, int threads) {
		this.injector = injector;
		this.threads = Math.max(1, threads);
	}

	/**
	 * Findings per file, in the order the files were given; a file without findings maps to an
	 * empty list. Parsing and validation run on {@code threads} threads. Linking runs on one: it
	 * follows references into other files, and EMF resources are not safe to change from two threads.
	 */
	public Map<Path, List<Finding>> check(List<Path> files) {
		return check(files, Progress.NONE);
	}

	public Map<Path, List<Finding>> check(List<Path> files, Progress progress) {
		Map<Path, List<Finding>> findings = new LinkedHashMap<>();
		for (Path file : files) {
			findings.put(file, Collections.synchronizedList(new ArrayList<>()));
		}
		// 1. parse: each thread into a resource set of its own
		List<Resource> parsed = inParallel(files, file -> {
			try {
				return load(file, injector.getInstance(XtextResourceSet.class));
			} catch (UnusableFile e) {
				findings.get(file).add(Finding.ofFile(file, e.getMessage(), e.code));
				return null;
			}
		});
		// 2. one resource set for all, so references between files resolve; link on this thread
		XtextResourceSet all = injector.getInstance(XtextResourceSet.class);
		Map<Path, Resource> loaded = new LinkedHashMap<>();
		for (int i = 0; i < files.size(); i++) {
			if (parsed.get(i) != null) {
				all.getResources().add(parsed.get(i));
				loaded.put(files.get(i), parsed.get(i));
			}
		}
		for (Resource resource : loaded.values()) {
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		}
		// 3. validate: each resource on one thread
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		AtomicInteger done = new AtomicInteger();
		inParallel(new ArrayList<>(loaded.keySet()), file -> {
			try {
				for (Issue issue : validator.validate(loaded.get(file), CheckMode.ALL, CancelIndicator.NullImpl)) {
					findings.get(file).add(toFinding(file, issue));
				}
			} catch (RuntimeException e) {
				// a bug of ours must not hide the findings of the other files
				findings.get(file).add(Finding.ofFile(file, "internal error while checking this file ("
						+ e.getClass().getSimpleName() + "); please report it", FileProblems.INTERNAL));
			}
			progress.checked(done.incrementAndGet(), loaded.size());
			return null;
		});
		return findings;
	}

	/** Applies the work to every file, on the checker's threads; results in the order of the files. */
	private <T> List<T> inParallel(List<Path> files, Function<Path, T> work) {
		if (threads == 1 || files.size() < 2) {
			List<T> results = new ArrayList<>(files.size());
			for (Path file : files) {
				results.add(work.apply(file));
			}
			return results;
		}
		// the first file on this thread: Xtext initialises some singletons lazily, on first use
		List<T> results = new ArrayList<>(files.size());
		results.add(work.apply(files.get(0)));
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size() - 1));
		try {
			List<Future<T>> futures = new ArrayList<>(files.size());
			for (Path file : files.subList(1, files.size())) {
				futures.add(pool.submit(() -> work.apply(file)));
			}
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/** Told after each validated file; the command line draws a progress bar with it. */
	public interface Progress {
		Progress NONE = (done, total) -> {
		};

		void checked(int done, int total);
	}

	private Resource load(Path file, XtextResourceSet resources) throws UnusableFile {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > FileProblems.MAX_BYTES) {
				throw new UnusableFile(String.format(Locale.ROOT,
						"this file is too large to be an agreement (%.1f MB; the limit is %d MB)", size / 1048576.0,
						FileProblems.MAX_BYTES / 1048576), FileProblems.TOO_LARGE);
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UnusableFile("cannot read this file: " + e.getMessage(), FileProblems.UNREADABLE);
		}
		String text = decode(bytes);
		if (text.isBlank()) {
			throw new UnusableFile("this file is empty: an agreement starts with agreement <id> \"<title>\"",
					FileProblems.EMPTY);
		}
		Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UnusableFile("cannot read this file: " + e.getMessage(), FileProblems.UNREADABLE);
		}
		return resource;
	}

	private static String decode(byte[] bytes) throws UnusableFile {
		for (byte b : bytes) {
			if (b == 0) {
				throw new UnusableFile("this is not a text file (it contains binary data)", FileProblems.BINARY);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new UnusableFile("this file is not UTF-8 text: save it as UTF-8", FileProblems.NOT_UTF8);
		}
	}

	private static Finding toFinding(Path file, Issue issue) {
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		Finding.Level level = switch (issue.getSeverity()) {
		case ERROR -> Finding.Level.ERROR;
		case WARNING -> Finding.Level.WARNING;
		default -> Finding.Level.INFO;
		};
		return new Finding(file, line, column, endLine, endColumn, level, issue.getMessage(), issue.getCode());
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	/** A file that cannot be handed to the parser. */
	private static final class UnusableFile extends Exception {
		private static final long serialVersionUID = 1L;
		final String code;

		UnusableFile(String message, String code) {
			super(message);
			this.code = code;
		}
	}
}
