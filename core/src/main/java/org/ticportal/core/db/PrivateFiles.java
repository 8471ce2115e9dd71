package org.ticportal.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folders and files only the portal's operating-system user may read: mode 700 and 600 on POSIX file systems, an
 * access list naming only the owner where the file system has access lists (Windows), and a warning in the log where
 * it has neither.
 */
final class PrivateFiles {

    /** {@code rwx------}. */
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    /** {@code rw-------}. */
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);

    private PrivateFiles() {
    }

    /**
     * Creates the folder if missing (with its parents) and makes it private to the portal's user.
     *
     * @param folder the folder
     * @return the folder
     * @throws IllegalStateException if the folder belongs to another user
     */
    static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
            requireOwnedBySelf(folder);
            restrict(folder, FOLDER);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the private folder " + folder, e);
        }
    }

    /**
     * Writes the file so that it is never readable by others, not even for a moment: the text goes to a private
     * temporary file beside it, which then replaces the file.
     *
     * @param file the file
     * @param text its new content
     */
    static void write(Path file, String text) {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            if (isPosix(file.getParent())) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(temporary);
                restrict(temporary, FILE);
            }
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * Makes an existing file private to the portal's user, logging when it was readable by others.
     *
     * @param file the file
     */
    static void restrictFile(Path file) {
        try {
            restrict(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict access to " + file, e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            Set<PosixFilePermission> current = posix.readAttributes().permissions();
            if (!current.equals(permissions)) {
                if (current.stream().anyMatch(p -> !permissions.contains(p))) {
                    log.warn("{} was {}; making it {} (portal user only)", path,
                            PosixFilePermissions.toString(current), PosixFilePermissions.toString(permissions));
                }
                posix.setPermissions(permissions);
            }
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (acl != null) {
            UserPrincipal owner = acl.getOwner();
            acl.setAcl(List.of(AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                    .build()));
            return;
        }
        log.warn("The file system of {} has neither POSIX permissions nor access lists: make sure that only the"
                + " portal's user can read it", path);
    }

    private static void requireOwnedBySelf(Path folder) throws IOException {
        if (!isPosix(folder)) {
            return;
        }
        if (Files.isSymbolicLink(folder)) {
            throw new IllegalStateException(folder + " is a symbolic link; the portal keeps its database password"
                    + " and socket only in a folder of its own. Remove it and start again.");
        }
        UserPrincipal owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal self = ownerOfANewFileIn(folder);
        if (!owner.equals(self)) {
            throw new IllegalStateException(folder + " belongs to " + owner.getName() + ", not to " + self.getName()
                    + ", the user the portal runs as; the portal keeps its database password and socket only in a"
                    + " folder of its own. Remove the folder or give it to " + self.getName() + ", then start again.");
        }
    }

    /** The portal's user as the file system names it (which may differ from {@code user.name} in a container). */
    private static UserPrincipal ownerOfANewFileIn(Path folder) throws IOException {
        Path probe = Files.createTempFile(folder, ".owner", ".probe");
        try {
            return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.delete(probe);
        }
    }

    private static boolean isPosix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
