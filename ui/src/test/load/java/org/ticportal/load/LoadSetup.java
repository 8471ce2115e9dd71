package org.ticportal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ticportal.policy.api.CreditCode;
import org.ticportal.ui.XinzhouSamples;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline day's data, written straight into the portal's database (JDBC, no Spring) before the simulation: for
 * each user of the run ({@code load.users} from {@code load.users.offset}) an applicant unit of 忻府区 (140902), its
 * account {@code loadNNNN} with the demo password (the hash is copied from the demo account {@code applicant}, so the
 * test knows it without an encoder) and one Xinzhou draft in the open call of 忻州市, complete except for what the
 * simulation types: every required field of the shipped form ({@link XinzhouSamples#completeApplication()}, with a
 * center name and a director of its own, since the policy refuses a name or director another application has) and
 * a small PDF row for every required attachment field.
 *
 * <p>Why JDBC and not the services: the portal under test is already running (one node or two behind a balancer),
 * and a second Spring context of the portal would start a third node — a minute of start-up, schedulers and plugin
 * loading — to write rows whose shape is plain. The draft is written as a fresh draft is ({@code ApplicationService
 * .create}: a {@code NEW-} reference number, the initial stage, the call); its derived columns (center name, director)
 * are set by the portal itself when the simulated user saves, which also validates the whole form.
 *
 * <p>Idempotent: the users' earlier applications, with their steps, files and the rows that point at them, are
 * deleted first, so every run starts from drafts. The audit log is append-only (V40), so its rows of earlier runs
 * stay; {@link LoadVerify} counts only those since the run's start.
 *
 * <p>Writes {@code load.csv} (default {@code target/load-users.csv}): user name, password, application id.
 */
public final class LoadSetup {

    /** The required attachment fields of Xinzhou's shipped application form, with their evidence codes. */
    static final Map<String, String> REQUIRED_FILES = Map.of(
            "attachments.businessLicence", "BUSINESS_LICENCE",
            "attachments.titleCertificate", "TITLE_CERTIFICATE",
            "attachments.directorCv", "DIRECTOR_CV",
            "attachments.ipCertificates", "IP_CERTIFICATES",
            "attachments.premisesProof", "PREMISES_PROOF",
            "attachments.floorPlan", "FLOOR_PLAN",
            "attachments.constructionPlan", "CONSTRUCTION_PLAN",
            "attachments.creditRecord", "CREDIT_RECORD",
            "attachments.stampedApplication", "STAMPED_APPLICATION");

    static final String COUNTY = "140902";
    static final String CITY = "140900";
    private static final String NAME_DIGITS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";

    private LoadSetup() {
    }

    public static void main(String[] args) throws Exception {
        LoadConfig config = LoadConfig.fromSystem();
        long started = System.nanoTime();
        byte[] pdf = ("%PDF-1.7\n% TIC Portal load test\n").getBytes(StandardCharsets.US_ASCII);
        String stored = "load/load-test.pdf";
        writeFile(config.dataDir(), stored, pdf);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        List<String> csv = new ArrayList<>();
        csv.add("username,password,applicationId");
        try (Connection db = config.connect()) {
            db.setAutoCommit(false);
            String hash = one(db, "SELECT password_hash FROM app_user WHERE username = ?", "applicant");
            Pin pin = pin(db, config);
            Long callId = openCall(db, pin.policyId());
            Long formVersion = currentFormVersion(db, pin);
            System.out.printf("setup: %d users from offset %d, pin %s %s %s, call %s, form version %s%n",
                    config.users(), config.offset(), pin.policyId(), pin.pluginId(), pin.pluginVersion(), callId,
                    formVersion);
            Timestamp now = Timestamp.from(Instant.now());
            for (int n = config.offset(); n < config.offset() + config.users(); n++) {
                String username = config.username(n);
                long unitId = unit(db, n, now);
                user(db, username, unitId, hash, now);
                deleteApplications(db, unitId);
                long app = application(db, n, username, unitId, pin, callId, formVersion, now);
                for (Map.Entry<String, String> f : REQUIRED_FILES.entrySet()) {
                    update(db, "INSERT INTO attachment (application_id, form_code, field_key, evidence_code, "
                                    + "original_name, stored_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at) "
                                    + "VALUES (?, 'APPLICATION', ?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?)",
                            app, f.getKey(), f.getValue(), f.getKey() + ".pdf", stored, (long) pdf.length, sha,
                            username, now);
                }
                csv.add(username + "," + config.password() + "," + app);
                if ((n - config.offset()) % 50 == 49) {
                    db.commit();
                }
            }
            db.commit();
        }
        Files.createDirectories(config.csv().toAbsolutePath().getParent());
        Files.write(config.csv(), csv, StandardCharsets.UTF_8);
        System.out.printf("setup: %d drafts ready in %.1f s, users in %s%n", config.users(),
                (System.nanoTime() - started) / 1e9, config.csv());
    }

    record Pin(String policyId, String pluginId, String pluginVersion) {
    }

    /**
     * The pin new drafts get: the version given ({@code load.pluginVersion}), else the last one installed or upgraded
     * to, else the newest one a Xinzhou application was filed under, else the shipped plugin's version.
     */
    private static Pin pin(Connection db, LoadConfig config) throws SQLException {
        if (!config.pluginVersion().isBlank()) {
            return new Pin("xinzhou", "xinzhou", config.pluginVersion());
        }
        // the version running: the last one installed or upgraded to (the audit log records it)
        try (PreparedStatement s = db.prepareStatement("SELECT to_state FROM audit_event WHERE subject_type = "
                + "'PLUGIN' AND subject_id = 'xinzhou' AND action IN ('INSTALLED', 'UPGRADED') ORDER BY id DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            if (r.next() && r.getString(1) != null) {
                return new Pin("xinzhou", "xinzhou", r.getString(1));
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT plugin_id, plugin_version FROM recognition_application "
                + "WHERE policy_id = 'xinzhou' AND created_by NOT LIKE 'load%' ORDER BY id DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            if (r.next()) {
                return new Pin("xinzhou", r.getString(1), r.getString(2));
            }
        }
        return new Pin("xinzhou", "xinzhou", "0.1.0-SNAPSHOT");
    }

    /** The open call of 忻州市 (DemoCalls opens one on a demo portal); none means filing outside calls. */
    private static Long openCall(Connection db, String policyId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM application_call WHERE policy_id = ? AND "
                + "jurisdiction_code = ? AND opens_at <= UTC_TIMESTAMP(6) AND closes_at > UTC_TIMESTAMP(6) ORDER BY closes_at DESC LIMIT 1")) {
            s.setString(1, policyId);
            s.setString(2, CITY);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static Long currentFormVersion(Connection db, Pin pin) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM form_version WHERE policy_id = ? AND form_code = "
                + "'APPLICATION' AND published_at IS NOT NULL ORDER BY number DESC LIMIT 1")) {
            s.setString(1, pin.policyId());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private static long unit(Connection db, int n, Timestamp now) throws SQLException {
        String code = creditCode(n);
        String id = one(db, "SELECT id FROM unit WHERE credit_code = ?", code);
        if (id != null) {
            return Long.parseLong(id);
        }
        update(db, "INSERT INTO unit (name, credit_code, recommending_body_code, state, jurisdiction_code, "
                + "category, contact_name, contact_phone, created_at) VALUES (?, ?, ?, 'CONFIRMED', ?, "
                + "'LEADING_ENTERPRISE', '张经办', '0350-3030303', ?)", unitName(n), code, COUNTY, CITY, now);
        return Long.parseLong(one(db, "SELECT id FROM unit WHERE credit_code = ?", code));
    }

    private static void user(Connection db, String username, long unitId, String hash, Timestamp now)
            throws SQLException {
        String id = one(db, "SELECT id FROM app_user WHERE username = ?", username);
        if (id == null) {
            update(db, "INSERT INTO app_user (username, display_name, role, unit_id, unit_admin, enabled, "
                    + "password_hash, must_change_password, password_changed_at, created_at) VALUES (?, ?, "
                    + "'APPLICANT', ?, TRUE, TRUE, ?, FALSE, ?, ?)", username, "压测用户" + username, unitId, hash,
                    now, now);
        } else {
            // a run may have been stopped half-way: the account comes back as it should be
            update(db, "UPDATE app_user SET unit_id = ?, enabled = TRUE, password_hash = ?, must_change_password = "
                    + "FALSE, locked_until = NULL, password_changed_at = ? WHERE id = ?", unitId, hash, now,
                    Long.parseLong(id));
        }
        update(db, "DELETE FROM login_failure WHERE user_id = (SELECT id FROM app_user WHERE username = ?)", username);
    }

    /** Deletes the unit's applications and every row that points at them (found in the schema, two levels deep). */
    private static void deleteApplications(Connection db, long unitId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM recognition_application WHERE unit_id = ?")) {
            s.setLong(1, unitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        for (String[] ref : references(db, "recognition_application")) {
            for (String[] second : references(db, ref[0])) {
                update(db, "DELETE FROM " + second[0] + " WHERE " + second[1] + " IN (SELECT id FROM " + ref[0]
                        + " WHERE " + ref[1] + " IN (" + in + "))");
            }
            update(db, "DELETE FROM " + ref[0] + " WHERE " + ref[1] + " IN (" + in + ")");
        }
        update(db, "DELETE FROM recognition_application WHERE id IN (" + in + ")");
    }

    private static final Map<String, List<String[]>> REFERENCES = new LinkedHashMap<>();

    /** Tables and columns with a foreign key to the table's id. */
    private static List<String[]> references(Connection db, String table) throws SQLException {
        List<String[]> known = REFERENCES.get(table);
        if (known != null) {
            return known;
        }
        List<String[]> refs = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema"
                + ".KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = ? AND "
                + "REFERENCED_COLUMN_NAME = 'id' AND TABLE_NAME <> ?")) {
            s.setString(1, table);
            s.setString(2, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    refs.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        REFERENCES.put(table, refs);
        return refs;
    }

    private static long application(Connection db, int n, String username, long unitId, Pin pin, Long callId,
                                    Long formVersion, Timestamp now) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(XinzhouSamples.completeApplication());
        values.put("leadUnit.name", unitName(n));
        values.put("leadUnit.creditCode", creditCode(n));
        values.put("coreName", coreName(n));
        values.put("director.idNumber", idNumber(n));
        values.put("plan.goals", "三年建成区域创新平台（草稿）");
        String json = JsonMapper.builder().build().writeValueAsString(values);
        update(db, "INSERT INTO recognition_application (reference_no, policy_id, plugin_id, plugin_version, "
                        + "jurisdiction_code, unit_id, recommending_body_code, channel, stage, stage_kind, "
                        + "stage_entered_at, closed, form_code, form_version_id, data_json, created_at, created_by, "
                        + "updated_at, call_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'RECOMMENDED', 'DRAFT', 'DRAFT', ?, FALSE, "
                        + "'APPLICATION', ?, ?, ?, ?, ?, ?)",
                "NEW-" + UUID.randomUUID(), pin.policyId(), pin.pluginId(), pin.pluginVersion(), CITY, unitId, COUNTY,
                now, formVersion, json, now, username, now, callId);
        return Long.parseLong(one(db, "SELECT MAX(id) FROM recognition_application WHERE unit_id = ?", unitId));
    }

    static String unitName(int n) {
        return "忻州压测" + chinese(n) + "科技有限公司";
    }

    /** 91 + 140902 + MA0L + five digits, and its check character. */
    static String creditCode(int n) {
        String first17 = "91" + COUNTY + "MA0L" + String.format("%05d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    static String coreName(int n) {
        return "压测材料" + chinese(n);
    }

    /** A resident ID number of 忻府区 with a valid check digit, born on a day that depends on n. */
    static String idNumber(int n) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(n / 900);
        String first17 = COUNTY + born.toString().replace("-", "") + String.format("%03d", n % 900 + 100);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** Four characters for n (the policy's names hold no digits or Latin letters). */
    static String chinese(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append(NAME_DIGITS.charAt(n % 16));
            n /= 16;
        }
        return s.toString();
    }

    static String one(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static int update(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private static void writeFile(Path dataDir, String stored, byte[] bytes) {
        try {
            Path file = dataDir.resolve("attachments").resolve(stored);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
