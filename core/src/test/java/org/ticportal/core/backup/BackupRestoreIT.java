package org.ticportal.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.Await;
import org.ticportal.core.CoreTestApplication;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.Attachment;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.CreditCode;

/**
 * A backup taken while the portal runs and writes, restored into a fresh data folder and database: the portal starts
 * on it and finds the application with its attachment's bytes unchanged. A damaged archive and a backup of a newer
 * schema are refused before anything is restored.
 */
@IntegrationTest
class BackupRestoreIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    private static final String FIELD = "attachments.licence";

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    BackupService backups;
    @Autowired
    BackupCatalog catalog;
    @Autowired
    Environment environment;

    @Test
    void aBackupTakenWhileThePortalWritesIsRestoredIntoAFreshPortalWithItsAttachments() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String applicant = user(suffix, "a", Role.APPLICANT, unit(suffix, "1"));
        ApplicationDetail app = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = app.row().id();
        byte[] licence = pdf(200_000);
        Attachment attached = as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", FIELD,
                "营业执照.pdf", new ByteArrayInputStream(licence)));

        // another user keeps filing applications and uploading files while the backup runs
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        List<Throwable> writerErrors = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                while (!stop.get()) {
                    long other = as(applicant, Role.APPLICANT, () -> applications.create("990100")).row().id();
                    as(applicant, Role.APPLICANT, () -> attachments.upload(other, "APPLICATION", FIELD, "x.pdf",
                            new ByteArrayInputStream(pdf(50_000))));
                    written.incrementAndGet();
                }
            } catch (Throwable e) {
                writerErrors.add(e);
            }
        }, "writer-during-backup");
        writer.start();
        // the backup starts once the writer is under way (or has failed, which the assertion on its errors reports)
        Await.until("the writer to file two applications", Duration.ofMinutes(2),
                () -> written.get() >= 2 || !writer.isAlive());
        RunningBackup running = as("root", Role.ADMIN, () -> backups.start());
        BackupResult result = running.result().get();
        int writtenDuringBackup = written.get();
        stop.set(true);
        writer.join();
        assertThat(writerErrors).isEmpty();
        System.out.printf("Backup %s: %,d bytes in %d ms (%d entries; the writer had filed %d applications)%n",
                result.archive().getFileName(), result.sizeBytes(), result.duration().toMillis(),
                result.manifest().entries().size(), writtenDuringBackup);

        assertThat(result.manifest().entries()).anySatisfy(e -> {
            assertThat(e.name()).startsWith("attachments/");
            assertThat(e.sha256()).isEqualTo(attached.getSha256());
        });
        assertThat(result.manifest().createdBy()).isEqualTo("root");
        assertThat(java.nio.file.Files.getPosixFilePermissions(result.archive())).as("readable by the portal only")
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(as("root", Role.ADMIN, () -> catalog.verify(running.name())).schemaVersion())
                .isEqualTo(result.manifest().schemaVersion());
        assertThat(as("root", Role.ADMIN, () -> catalog.list(org.springframework.data.domain.Pageable.ofSize(50)))
                .getContent()).anySatisfy(b -> {
                    assertThat(b.name()).isEqualTo(running.name());
                    assertThat(b.status()).isEqualTo(BackupStatus.COMPLETE);
                    assertThat(b.sizeBytes()).isEqualTo(result.sizeBytes());
                    assertThat(b.createdBy()).isEqualTo("root");
                });

        long restoreStart = System.nanoTime();
        try (ConfigurableApplicationContext restored = startRestoring(result.archive())) {
            System.out.printf("Restore and start on it: %d ms%n", (System.nanoTime() - restoreStart) / 1_000_000);
            ApplicationService restoredApplications = restored.getBean(ApplicationService.class);
            AttachmentService restoredAttachments = restored.getBean(AttachmentService.class);
            assertThat(as(applicant, Role.APPLICANT, () -> restoredApplications.get(id)).row().id()).isEqualTo(id);
            List<Attachment> files = as(applicant, Role.APPLICANT, () -> restoredAttachments.list(id));
            assertThat(files).singleElement().satisfies(a -> assertThat(a.getSha256()).isEqualTo(attached.getSha256()));
            try (InputStream in = as(applicant, Role.APPLICANT,
                    () -> restoredAttachments.open(attached.getId())).stream()) {
                assertThat(in.readAllBytes()).isEqualTo(licence);
            }
        }
    }

    @Test
    void aTamperedArchiveIsRefusedByItsChecksumAndNothingIsRestored() throws Exception {
        Path archive = backup();
        Path tampered = rewrite(archive, "tampered", Map.of(BackupArchive.DUMP,
                dump -> new String(dump, StandardCharsets.UTF_8).replaceFirst("INSERT INTO", "INSERT  INTO")
                        .getBytes(StandardCharsets.UTF_8)));
        Path dataDir = freshDataDir();

        assertThatThrownBy(() -> startRestoring(tampered, dataDir).close())
                .hasRootCauseInstanceOf(BackupRefusedException.class)
                .rootCause().hasMessageContaining("is damaged or was altered").hasMessageContaining("database.sql")
                .satisfies(e -> assertThat(((BackupRefusedException) e).getMessageKey()).isEqualTo("backup.checksum"));
        assertThat(dataDir.resolve("attachments")).doesNotExist();
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path archive = backup();
        Path newer = rewrite(archive, "newer", Map.of(BackupArchive.MANIFEST, manifest -> new String(manifest,
                StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\"\\s*:\\s*\"[^\"]*\"", "\"schemaVersion\" : \"999\"")
                .getBytes(StandardCharsets.UTF_8)));
        Path dataDir = freshDataDir();

        assertThatThrownBy(() -> startRestoring(newer, dataDir).close())
                .hasRootCauseInstanceOf(BackupRefusedException.class)
                .rootCause().hasMessageContaining("comes from a newer portal (schema 999")
                .hasMessageContaining("upgrade the portal first");
        assertThat(dataDir.resolve("attachments")).doesNotExist();
    }

    private Path backup() throws Exception {
        return as("root", Role.ADMIN, () -> backups.start()).result().get().archive();
    }

    private ConfigurableApplicationContext startRestoring(Path archive) throws Exception {
        return startRestoring(archive, freshDataDir());
    }

    private ConfigurableApplicationContext startRestoring(Path archive, Path dataDir) throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ticportal.data-dir", dataDir.toString());
        properties.put("ticportal.plugins.dir", environment.getRequiredProperty("ticportal.plugins.dir"));
        properties.put("ticportal.plugins.mode", "deployment");
        properties.put("ticportal.restore", archive.toString());
        String external = System.getenv(IntegrationTest.EXTERNAL_URL);
        if (external != null && !external.isBlank()) {
            properties.put("spring.datasource.url", emptyExternalDatabase(external));
            properties.put("spring.datasource.username", environment.getProperty("spring.datasource.username"));
            properties.put("spring.datasource.password", environment.getProperty("spring.datasource.password", ""));
        }
        return new SpringApplicationBuilder(CoreTestApplication.class).web(WebApplicationType.NONE)
                .properties(properties).run();
    }

    /** On an external server: a new empty database beside the tests' one. */
    private String emptyExternalDatabase(String url) throws Exception {
        String name = "ticportal_restore_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
    }

    private static Path freshDataDir() {
        return Path.of("target", "it-data", "restore-" + UUID.randomUUID()).toAbsolutePath();
    }

    /** A copy of an archive with some entries' content changed (everything else as it was, manifest included). */
    private static Path rewrite(Path archive, String tag, Map<String, UnaryOperator<byte[]>> changes)
            throws IOException {
        Path copy = archive.resolveSibling(tag + "-" + archive.getFileName());
        try (ZipFile in = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Enumeration<? extends ZipEntry> all = in.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                byte[] content;
                try (InputStream stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                UnaryOperator<byte[]> change = changes.get(entry.getName());
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change == null ? content : change.apply(content));
                out.closeEntry();
            }
        }
        return copy;
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    private Unit unit(String suffix, String n) {
        String digits = Integer.toString(Math.abs((suffix + n).hashCode() % 100000000) + 100000000).substring(1);
        String first17 = "92990101" + digits + "0";
        return units.save(new Unit("单位" + suffix + n, first17 + CreditCode.checkCharacter(first17), "990101",
                Instant.now()));
    }

    private String user(String suffix, String tag, Role role, Unit unit) {
        return as("root", Role.ADMIN, () -> users.create(new UserDraft(tag + suffix, "用户" + tag, null, null, role,
                null, unit.getId())).user().getUsername());
    }
}
