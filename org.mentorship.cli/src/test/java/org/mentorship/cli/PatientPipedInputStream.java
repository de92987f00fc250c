package org.mentorship.cli;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;

/**
 * A pipe end for the client side of in-memory server tests that waits for the server however many threads write.
 * {@link PipedInputStream} gives up ("Pipe broken", "Write end dead") when its buffer is empty and the thread that
 * wrote last has ended, even though another thread of the server writes the next message: a server's messages come
 * from several threads (the request queue, a pool that publishes diagnostics), and when the last one was a thread
 * that has since ended, the client stopped reading and the test waited for an answer it never got. The end of the
 * stream is still -1, once the server closes its side.
 */
final class PatientPipedInputStream extends PipedInputStream {

	PatientPipedInputStream(PipedOutputStream source, int size) throws IOException {
		super(source, size);
	}

	@Override
	public synchronized int read() throws IOException {
		while (true) {
			try {
				return super.read();
			} catch (IOException e) {
				waitAfter(e);
			}
		}
	}

	@Override
	public synchronized int read(byte[] b, int off, int len) throws IOException {
		while (true) {
			try {
				return super.read(b, off, len);
			} catch (IOException e) {
				waitAfter(e);
			}
		}
	}

	/** Rethrows what is not the writer's end; otherwise waits a little for the next writer. */
	private void waitAfter(IOException e) throws IOException {
		if (!"Pipe broken".equals(e.getMessage()) && !"Write end dead".equals(e.getMessage())) {
			throw e;
		}
		try {
			wait(50);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", interrupted);
		}
	}
}
