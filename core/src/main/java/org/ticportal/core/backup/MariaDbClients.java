package org.ticportal.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs the MariaDB client tools ({@code mariadb-dump}, {@code mariadb}) against a {@link DatabaseTarget}: the ones the
 * embedded server unpacked in its binaries folder ({@code <data-dir>/mariadb/base/bin}, or the shared folder
 * {@code ticportal.embedded-db.binaries} names) when present, else the ones on the {@code PATH}.
 * Credentials go through an option file readable by the portal's user only, deleted afterwards; never on a command
 * line, where other local users could read them.
 */
final class MariaDbClients {

    static final String DUMP = "mariadb-dump";
    static final String CLIENT = "mariadb";

    private final Path binaries;

    /** @param binaries the embedded server's binaries folder (see {@code EmbeddedMariaDb.binariesFolder}) */
    MariaDbClients(Path binaries) {
        this.binaries = binaries.toAbsolutePath().normalize();
    }

    /**
     * The tool to run, or a refusal naming both places looked at.
     *
     * @throws BackupRefusedException {@code backup.noClient} when neither exists
     */
    Path find(String tool) {
        Path embedded = binaries.resolve("bin").resolve(tool);
        if (Files.isExecutable(embedded)) {
            return embedded;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    Path candidate = Path.of(dir).resolve(tool);
                    if (Files.isExecutable(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        throw new BackupRefusedException("backup.noClient", tool, embedded.getParent().toString());
    }

    /** Dumps the target's database, one consistent snapshot, into {@code out}. */
    void dump(DatabaseTarget target, Path out) {
        run(target, List.of(find(DUMP).toString(), "--single-transaction", "--quick", "--hex-blob",
                "--default-character-set=utf8mb4", "--skip-dump-date", "--no-tablespaces", "--triggers",
                target.database()), null, out);
    }

    /** Loads a dump into the target's database. */
    void load(DatabaseTarget target, Path dump) {
        run(target, List.of(find(CLIENT).toString(), "--default-character-set=utf8mb4", "--binary-mode",
                target.database()), dump, null);
    }

    private void run(DatabaseTarget target, List<String> command, @Nullable Path input, @Nullable Path output) {
        Path options = null;
        Path errors = null;
        try {
            options = optionFile(target);
            errors = Files.createTempFile("ticportal-client-", ".err");
            List<String> full = new ArrayList<>();
            full.add(command.getFirst());
            full.add("--defaults-file=" + options);
            full.addAll(command.subList(1, command.size()));
            ProcessBuilder builder = new ProcessBuilder(full).redirectError(errors.toFile());
            builder.redirectInput(input == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                    : ProcessBuilder.Redirect.from(input.toFile()));
            builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD
                    : ProcessBuilder.Redirect.to(output.toFile()));
            Process process = builder.start();
            if (!process.waitFor(6, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException(Path.of(command.getFirst()).getFileName() + " did not finish");
            }
            if (process.exitValue() != 0) {
                String message = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IllegalStateException(Path.of(command.getFirst()).getFileName() + " failed (exit "
                        + process.exitValue() + ") on " + target + ": " + message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
        } finally {
            deleteQuietly(options);
            deleteQuietly(errors);
        }
    }

    private static Path optionFile(DatabaseTarget target) throws IOException {
        Path file;
        try {
            file = Files.createTempFile("ticportal-client-", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            file = Files.createTempFile("ticportal-client-", ".cnf");
        }
        Files.writeString(file, target.clientOptions(), StandardCharsets.UTF_8);
        return file;
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file in the temp folder; the option file is readable by the portal's user only
            }
        }
    }
}
