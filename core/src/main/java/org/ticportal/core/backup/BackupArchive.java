package org.ticportal.core.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup archive, a zip: {@value #DUMP} (the SQL dump), {@code attachments/...}, {@code plugin-archive/...} and
 * {@code plugins/...} (the files as they lie in the data and plugins folders), then {@value #MANIFEST} (a
 * {@link BackupManifest}) and {@value #SUMS} (the same checksums in {@code sha256sum -c} format, so that an operator
 * can check an unpacked archive without the portal).
 */
final class BackupArchive {

    static final String DUMP = "database.sql";
    static final String MANIFEST = "manifest.json";
    static final String SUMS = "SHA256SUMS";
    static final String ATTACHMENTS = "attachments/";
    static final String PLUGIN_ARCHIVE = "plugin-archive/";
    static final String PLUGINS = "plugins/";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BackupArchive() {
    }

    /** Writes an archive to a {@code .part} file and moves it to its name once complete. */
    static final class Writer implements Closeable {

        private final Path target;
        private final Path part;
        private final ZipOutputStream zip;
        private final List<BackupManifest.Entry> entries = new ArrayList<>();
        private final byte[] buffer = new byte[256 * 1024];
        private boolean finished;

        Writer(Path target) throws IOException {
            this.target = target;
            this.part = target.resolveSibling(target.getFileName() + ".part");
            this.zip = new ZipOutputStream(Files.newOutputStream(ownerOnly(part)));
        }

        /**
         * Adds a file under a name; the checksum is of the bytes written.
         *
         * @return whether it was added ({@code false}: the file was gone by then)
         */
        boolean add(String name, Path file) throws IOException {
            InputStream raw;
            try {
                raw = Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                return false;
            }
            MessageDigest sha = sha256();
            long size = 0;
            zip.putNextEntry(new ZipEntry(name));
            try (InputStream in = new DigestInputStream(raw, sha)) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    zip.write(buffer, 0, n);
                    size += n;
                }
            }
            zip.closeEntry();
            entries.add(new BackupManifest.Entry(name, size, HexFormat.of().formatHex(sha.digest())));
            return true;
        }

        List<BackupManifest.Entry> entries() {
            return List.copyOf(entries);
        }

        /** Writes the manifest and the checksum list, closes the zip and gives it its name. */
        void finish(BackupManifest manifest) throws IOException {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SUMS));
            StringBuilder sums = new StringBuilder();
            for (BackupManifest.Entry e : manifest.entries()) {
                sums.append(e.sha256()).append("  ").append(e.name()).append('\n');
            }
            zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.close();
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
        }

        /** Closes the zip; an unfinished archive is deleted. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                try {
                    zip.close();
                } finally {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    /** The manifest alone (no checksums are checked): for listing. */
    static BackupManifest readManifest(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return manifest(zip, archive);
        } catch (IOException e) {
            throw new BackupRefusedException("backup.unreadable", archive.getFileName().toString(), e.toString());
        }
    }

    /**
     * Reads the manifest and checks every entry against it: each listed entry present with its size and SHA-256, no
     * entry that is not listed, the format known.
     *
     * @throws BackupRefusedException naming the first entry that does not match
     */
    static BackupManifest verify(Path archive) {
        String name = archive.getFileName().toString();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            BackupManifest manifest = manifest(zip, archive);
            if (manifest.format() != BackupManifest.FORMAT) {
                throw new BackupRefusedException("backup.format", name, manifest.format());
            }
            if (manifest.entry(DUMP) == null) {
                throw new BackupRefusedException("backup.missingEntry", name, DUMP);
            }
            Set<String> listed = new HashSet<>();
            for (BackupManifest.Entry entry : manifest.entries()) {
                listed.add(entry.name());
                ZipEntry z = zip.getEntry(entry.name());
                if (z == null) {
                    throw new BackupRefusedException("backup.missingEntry", name, entry.name());
                }
                MessageDigest sha = sha256();
                long size = 0;
                try (InputStream in = zip.getInputStream(z)) {
                    byte[] buffer = new byte[256 * 1024];
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        sha.update(buffer, 0, n);
                        size += n;
                    }
                } catch (ZipException e) {
                    throw new BackupRefusedException("backup.checksum", name, entry.name());
                }
                if (size != entry.size() || !HexFormat.of().formatHex(sha.digest()).equals(entry.sha256())) {
                    throw new BackupRefusedException("backup.checksum", name, entry.name());
                }
            }
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                String entry = all.nextElement().getName();
                if (!entry.equals(MANIFEST) && !entry.equals(SUMS) && !listed.contains(entry)) {
                    throw new BackupRefusedException("backup.unlisted", name, entry);
                }
            }
            return manifest;
        } catch (IOException e) {
            throw new BackupRefusedException("backup.unreadable", name, e.toString());
        }
    }

    /**
     * Copies the entries under a prefix into a folder (the prefix taken off), checking that none leaves it.
     *
     * @return how many files were written
     */
    static int extract(Path archive, String prefix, Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        int written = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                Path target = root.resolve(entry.getName().substring(prefix.length())).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new BackupRefusedException("backup.unlisted", archive.getFileName().toString(),
                            entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    in.transferTo(out);
                }
                written++;
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + prefix + " from " + archive, e);
        }
    }

    /** Copies one entry to a file. */
    static void extractEntry(Path archive, String name, Path target) {
        try (ZipFile zip = new ZipFile(archive.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + name + " from " + archive, e);
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupRefusedException("backup.missingEntry", archive.getFileName().toString(), MANIFEST);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return JSON.readValue(in, BackupManifest.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new BackupRefusedException("backup.unreadable", archive.getFileName().toString(), e.getMessage());
        }
    }

    /**
     * Creates an empty file only the portal's user may read (an archive holds every account's password hash), where
     * the file system has POSIX permissions.
     */
    static Path ownerOnly(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }

    /** Creates a folder only the portal's user may enter, unless it exists. */
    static Path ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder.getParent());
        try {
            return Files.createDirectory(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return folder;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
