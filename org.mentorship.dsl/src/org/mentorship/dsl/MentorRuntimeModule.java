package org.mentorship.dsl;

import java.time.Clock;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IContextualOutputConfigurationProvider;
import org.eclipse.xtext.generator.IOutputConfigurationProvider;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.mentorship.dsl.conversion.MentorValueConverters;
import org.mentorship.dsl.generator.GeneratedBeforeOnly;
import org.mentorship.dsl.generator.MentorOutputConfiguration;
import org.mentorship.dsl.generator.SafeFileSystemAccessFactory;
import org.mentorship.dsl.index.SharedIdsAffect;
import org.mentorship.dsl.linking.FriendlyLinkingMessages;
import org.mentorship.dsl.linking.MentorLinkingService;
import org.mentorship.dsl.linking.SectionLinker;
import org.mentorship.dsl.model.Today;
import org.mentorship.dsl.parser.FriendlySyntaxErrors;
import org.mentorship.dsl.parser.MentorLexer;
import org.mentorship.dsl.parser.RecoveringParser;
import org.mentorship.dsl.scoping.NamedObjectsOnly;
import org.mentorship.dsl.scoping.ScopePerReferenceType;
import org.mentorship.dsl.validation.GuardedResourceValidator;
import org.mentorship.dsl.validation.LineSafeDiagnosticConverter;
import org.mentorship.dsl.validation.NamesUniquePerKind;
import org.mentorship.dsl.validation.MentorIssueCodes;
import org.mentorship.dsl.validation.ProgrammeIssueSeverities;

import com.google.inject.Binder;
import com.google.inject.Singleton;
import com.google.inject.name.Names;

/** Wires the hand-written parts of the language core into Xtext; one place for every binding. */
public class MentorRuntimeModule extends AbstractMentorRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return MentorValueConverters.class;
	}

	/** Reads files from disk as `mentor` does (a UTF-8 byte order mark is fine); one scope look-up per unknown name and pass. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return MentorResource.class;
	}

	/** Recovery that reads the rest of the file after a mistake (issue 12): see RecoveringParser, MentorLexer. */
	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return RecoveringParser.class;
	}

	/** The parser keeps the quoted texts' tokens and the dates' and times' nodes: the rules need no walk to find them. */
	public Class<? extends org.eclipse.xtext.nodemodel.impl.NodeModelBuilder> bindNodeModelBuilder() {
		return org.mentorship.dsl.parser.WrittenValueNodes.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.Lexer> bindLexer() {
		return MentorLexer.class;
	}

	@Override
	public com.google.inject.Provider<? extends org.mentorship.dsl.parser.antlr.internal.InternalMentorLexer> provideInternalMentorLexer() {
		return org.eclipse.xtext.parser.antlr.LexerProvider.create(MentorLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(org.eclipse.xtext.parser.antlr.Lexer.class)
				.annotatedWith(Names.named(org.eclipse.xtext.parser.antlr.LexerBindings.RUNTIME)).to(MentorLexer.class);
	}

	public Class<? extends org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder> bindTextRegionAccessBuilder() {
		return org.mentorship.dsl.formatting2.BlankAwareRegionAccessBuilder.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return FriendlySyntaxErrors.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return FriendlyLinkingMessages.class;
	}

	/** Xtext's cache of each file, its adapter put on a file just loaded by the linker's walk (FileCache). */
	public Class<? extends IResourceScopeCache> bindIResourceScopeCache() {
		return FileCache.class;
	}

	/** The same for the parts of Xtext that ask for its class (the linker). */
	public void configureFileCache(Binder binder) {
		binder.bind(OnChangeEvictingCache.class).to(FileCache.class);
	}

	/** After a keystroke, only the section read again is linked when no declared name changed (SectionLinker). */
	@Override
	public Class<? extends ILinker> bindILinker() {
		return SectionLinker.class;
	}

	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return MentorLinkingService.class;
	}

	/** Files sharing an agreement or programme id are checked again together (SharedIdsAffect). */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return SharedIdsAffect.class;
	}

	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return NamesUniquePerKind.class;
	}

	/** "Today", for overdue milestones: the system clock, or the date in -Dmentor.today (see Today). */
	public Clock bindClock() {
		return new Today();
	}

	/** Lines and columns right for every line ending (Xtext's fail after a final lone CR). */
	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return LineSafeDiagnosticConverter.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return GuardedResourceValidator.class;
	}

	/** The default severity of each rule (MentorIssueCodes) ... */
	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return MentorIssueCodes.class;
	}

	/** ... and a programme's "severity <code> is <level>" over it, for its file and its agreements. */
	public Class<? extends IssueSeveritiesProvider> bindIssueSeveritiesProvider() {
		return ProgrammeIssueSeverities.class;
	}

	public Class<? extends IOutputConfigurationProvider> bindIOutputConfigurationProvider() {
		return MentorOutputConfiguration.class;
	}

	/** The builder of an editor regenerates only what was generated before (see GeneratedBeforeOnly). */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return GeneratedBeforeOnly.class;
	}

	/**
	 * The builder's file system access writes generated files as `mentor generate` does: never through a
	 * symbolic link, never over a read-only file, both files of an agreement or neither (OutputFiles).
	 */
	public Class<? extends IncrementalBuilder.InternalStatefulIncrementalBuilder.URIBasedFileSystemAccessFactory> bindURIBasedFileSystemAccessFactory() {
		return SafeFileSystemAccessFactory.class;
	}

	/** What Xtext's builder (the language server's generation on save) asks; without it, it writes to src-gen. */
	public Class<? extends IContextualOutputConfigurationProvider> bindIContextualOutputConfigurationProvider() {
		return MentorOutputConfiguration.class;
	}

	/**
	 * EMF's generic constraints (multiplicities, unique keys, resolved proxies) add nothing here: the
	 * grammar and the linker already guarantee or report them, and checking them took about a fifth
	 * of the validation time (docs/benchmarks.md).
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	/**
	 * One qualified-name provider per injector: Xtext's is stateless (its dispatcher's cache is locked, its name
	 * cache lives in the resource) but not a singleton, so every resource, linker and scope provider made a new one
	 * and its reflective dispatcher (1,328 in a heap of a big run; the value converters were the same bug).
	 */
	public void configureQualifiedNameProviderOnce(Binder binder) {
		binder.bind(DefaultDeclarativeQualifiedNameProvider.class).in(Singleton.class);
		binder.bind(NamedObjectsOnly.class).in(Singleton.class);
	}

	/** Xtext's qualified names, answered at once for the many objects that have no name. */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return NamedObjectsOnly.class;
	}

	/** A programme's defaults seen by their short names; each file's local scope built once per reference type. */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(ScopePerReferenceType.class);
	}
}
