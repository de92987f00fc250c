package org.mentorship.dsl.generator;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGeneratorContext;

/** A generator context that carries {@link GenerationOptions}; any other context means the defaults. */
public class MentorGeneratorContext extends GeneratorContext {

	private final GenerationOptions options;

	public MentorGeneratorContext(GenerationOptions options) {
		this.options = options;
	}

	public static GenerationOptions optionsOf(IGeneratorContext context) {
		return context instanceof MentorGeneratorContext ? ((MentorGeneratorContext) context).options
				: GenerationOptions.DEFAULT;
	}
}
