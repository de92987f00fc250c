package org.mentorship.dsl.ide.server;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.mentorship.dsl.validation.InternalErrors;

/**
 * What the language server answers when a request fails. A request that does not fit the document
 * (a position past its end or negative, a range that ends before it starts, a parameter missing, a
 * document never opened) is answered InvalidParams with a message in words; only a bug of ours is an
 * InternalError. Neither answer nor log line quotes an exception's message (only Java's own for a
 * NullPointerException, which names a value in the code): Xtext's IndexOutOfBoundsException carries the
 * whole document.
 */
public final class RequestErrors {

	private static final Logger LOG = Logger.getLogger(RequestErrors.class);

	private RequestErrors() {
	}

	/** The error to answer with; logged in one line, or (for a bug) with a stack trace without document text. */
	public static ResponseError toResponseError(Throwable problem) {
		Throwable cause = problem;
		while ((cause instanceof java.util.concurrent.CompletionException
				|| cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException r) {
			return r.getResponseError();
		}
		String invalid = invalidParams(cause);
		if (invalid != null) {
			LOG.info("request refused: " + invalid);
			return new ResponseError(ResponseErrorCode.InvalidParams, invalid, null);
		}
		// a bug of ours: the exception's class and trace, never its message (it may quote the document)
		String message = "internal error in a request: " + cause.getClass().getSimpleName() + "; please report it";
		LOG.error(message, InternalErrors.withoutMessages(cause));
		return new ResponseError(ResponseErrorCode.InternalError, message, null);
	}

	public static ResponseErrorException toException(Throwable problem) {
		return new ResponseErrorException(toResponseError(problem));
	}

	/** Why the request's parameters do not fit, or null when the failure is not about them. */
	static String invalidParams(Throwable problem) {
		for (Throwable cause = problem; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof java.io.IOException) { // EMF wraps it: the URI of a document never opened
				return "The document of the request is not open and cannot be read (" + cause.getClass().getSimpleName()
						+ ").";
			}
		}
		if (problem instanceof IndexOutOfBoundsException) {
			return "A position or range of the request is outside the document.";
		}
		if (problem instanceof NullPointerException) { // Java's message names the missing value, from the code
			return "The request lacks a parameter (" + InternalErrors.describe(problem) + ").";
		}
		if (problem instanceof IllegalArgumentException || problem instanceof ClassCastException
				|| problem instanceof UnsupportedOperationException) {
			return "The request has a parameter this server cannot use (" + problem.getClass().getSimpleName() + ").";
		}
		return null;
	}
}
