import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the bundle jars of the materialized products (every {@code plugins} folder under the folder given) so that
 * the class-data archive of the start script can hold all of their classes: without signatures (the JVM does not
 * archive classes of signed jars, and checks each entry's digest as it reads it) and with the entries stored
 * uncompressed (Equinox reads every class's bytes from its jar even when the archive then serves the class: stored,
 * that is a copy instead of inflating). Only the product gets these copies; the p2 repository (what an existing Eclipse
 * installs from) keeps the signed originals. Run by the product's build (pom.xml) as a single-file Java program:
 * {@code java UnsignedJars.java target/products}. See docs/benchmarks.md, "Issue 10: start-up (branch studio2)".
 */
public final class UnsignedJars {

	/** The signature files of a signed jar (JAR File Specification, "Signed JAR File"). */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		int count = 0;
		try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
			List<Path> jars = new ArrayList<>();
			files.filter(f -> f.getParent() != null && f.getParent().getFileName().toString().equals("plugins")
					&& f.getFileName().toString().endsWith(".jar")).forEach(jars::add);
			// the platforms' products share most bundles (same name, same bytes): each is rewritten once, then copied
			Map<String, Path> done = new HashMap<>();
			for (Path jar : jars) {
				String key = jar.getFileName() + "/" + Files.size(jar);
				Path same = done.get(key);
				if (same != null) {
					Files.copy(same, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				} else {
					rewrite(jar);
					done.put(key, jar);
				}
				count++;
			}
		}
		System.out.println("UnsignedJars: " + count + " bundle jars rewritten unsigned and stored under " + args[0]);
	}

	private static void rewrite(Path jar) throws IOException {
		Path temporary = jar.resolveSibling(jar.getFileName() + ".unsigned");
		FileTime modified = Files.getLastModifiedTime(jar);
		try (ZipFile in = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
			Enumeration<? extends ZipEntry> entries = in.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				byte[] bytes;
				try (InputStream data = in.getInputStream(entry)) {
					bytes = data.readAllBytes();
				}
				if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
					bytes = withoutDigests(bytes);
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				copy.setMethod(ZipEntry.STORED);
				copy.setSize(bytes.length);
				copy.setCompressedSize(bytes.length);
				CRC32 crc = new CRC32();
				crc.update(bytes);
				copy.setCrc(crc.getValue());
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
		Files.setLastModifiedTime(jar, modified);
	}

	/** The manifest without the per-entry digests of the signature (the OSGi headers stay as they were). */
	private static byte[] withoutDigests(byte[] manifestBytes) throws IOException {
		Manifest manifest = new Manifest(new ByteArrayInputStream(manifestBytes));
		manifest.getEntries().values().forEach(attributes -> attributes.keySet()
				.removeIf(name -> name.toString().toUpperCase().endsWith("-DIGEST")
						|| name.toString().toUpperCase().endsWith("-DIGEST-MANIFEST")));
		manifest.getEntries().values().removeIf(Attributes::isEmpty);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		manifest.write(out);
		return out.toByteArray();
	}
}
