package org.mentorship.studio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Mentorship Studio per workspace. The instance that holds the workspace lock listens on a loopback port and
 * writes the port and a random token to {@code .metadata/mentorship-studio.instance} (readable by the user only); a
 * later start on the same workspace sends its files and folders there and ends. Protocol, one line each: the token,
 * then absolute paths, then an empty line; the answer is {@code ok}.
 */
public final class Handoff implements AutoCloseable {

	private static final String FILE = "mentorship-studio.instance";
	private static final int TIMEOUT_MS = 5000;

	private final ServerSocket server;
	private final String token;
	private final Path file;
	private final List<List<Path>> early = new ArrayList<>();
	private Consumer<List<Path>> receiver;

	private Handoff(ServerSocket server, String token, Path file) {
		this.server = server;
		this.token = token;
		this.file = file;
	}

	/** Starts listening for later starts on this (locked) workspace. */
	public static Handoff serve(Path workspace) throws IOException {
		ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		Path metadata = workspace.resolve(".metadata");
		Files.createDirectories(metadata);
		Path file = metadata.resolve(FILE);
		Path temp = metadata.resolve(FILE + ".tmp");
		Files.deleteIfExists(temp);
		try {
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} catch (UnsupportedOperationException e) {
			Files.createFile(temp);
		}
		Files.writeString(temp, server.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		Handoff handoff = new Handoff(server, token, file);
		Thread thread = new Thread(handoff::acceptLoop, "Mentorship Studio hand-off");
		thread.setDaemon(true);
		thread.start();
		return handoff;
	}

	/** Where received paths go; paths that arrived before (while the workbench started) are given at once. */
	public synchronized void setReceiver(Consumer<List<Path>> receiver) {
		this.receiver = receiver;
		early.forEach(receiver);
		early.clear();
	}

	private synchronized void deliver(List<Path> paths) {
		if (receiver == null) {
			early.add(paths);
		} else {
			receiver.accept(paths);
		}
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				socket.setSoTimeout(TIMEOUT_MS);
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				if (!token.equals(in.readLine())) {
					continue;
				}
				List<Path> paths = new ArrayList<>();
				for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
					paths.add(Path.of(line));
				}
				Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
				out.write("ok\n");
				out.flush();
				deliver(paths);
			} catch (IOException | RuntimeException e) {
				// a client that went away or sent garbage: wait for the next
			}
		}
	}

	/**
	 * Gives the paths to the instance that holds the workspace. Waits a little for its instance file, which it
	 * writes right after taking the lock. False if nobody answers.
	 */
	public static boolean send(Path workspace, List<Path> paths) {
		Path file = workspace.resolve(".metadata").resolve(FILE);
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			try {
				String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])),
							TIMEOUT_MS);
					socket.setSoTimeout(TIMEOUT_MS);
					Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
					out.write(parts[1] + "\n");
					for (Path path : paths) {
						out.write(path.toAbsolutePath() + "\n");
					}
					out.write("\n");
					out.flush();
					BufferedReader in = new BufferedReader(
							new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
					return "ok".equals(in.readLine());
				}
			} catch (IOException | RuntimeException e) {
				if (System.currentTimeMillis() > deadline) {
					return false;
				}
				try {
					Thread.sleep(250);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
	}

	@Override
	public void close() {
		try {
			server.close();
		} catch (IOException e) {
			// closing anyway
		}
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a stale file is harmless: its port does not answer with the token
		}
	}
}
