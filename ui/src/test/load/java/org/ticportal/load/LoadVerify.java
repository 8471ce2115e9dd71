package org.ticportal.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ticportal.ui.XinzhouSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the run, in the database: was every applicant's submission recorded whole, and none twice? For each user of
 * the run (their unit found by its credit code) it reads the application set-up left and counts:
 * <ul>
 *   <li><b>submitted</b> — exactly one {@code SUBMIT_TO_COUNTY} step in the history ({@code application_step}),
 *       exactly one audit row of that step, the application in 县级审核 ({@code COUNTY_REVIEW}) with its submission
 *       time, and its form whole: the address the simulation typed, every field of the complete
 *       sample present, every required file still attached;</li>
 *   <li><b>missing</b> — no submission step;</li>
 *   <li><b>duplicated</b> — more than one step or audit row of the submission, or more than one application;</li>
 *   <li><b>incomplete</b> — submitted once but the state or the form is not whole.</li>
 * </ul>
 * Prints the counts and the first problems; exits with 1 when anything but "submitted" was counted, so a script can
 * tell.
 */
public final class LoadVerify {

    static final String SUBMIT = "SUBMIT_TO_COUNTY";
    static final String SUBMITTED_STAGE = "COUNTY_REVIEW";

    private LoadVerify() {
    }

    /** The address a user's simulated session types before saving: what the saved form must hold. */
    public static String address(String username) {
        return "忻州市忻府区压测路" + username.substring(4) + "号";
    }

    public static void main(String[] args) throws Exception {
        LoadConfig config = LoadConfig.fromSystem();
        JsonMapper json = JsonMapper.builder().build();
        int submitted = 0;
        int missing = 0;
        int duplicated = 0;
        int incomplete = 0;
        List<String> problems = new ArrayList<>();
        try (Connection db = config.connect()) {
            for (int n = config.offset(); n < config.offset() + config.users(); n++) {
                String username = config.username(n);
                List<long[]> apps = new ArrayList<>();
                List<String[]> rows = new ArrayList<>();
                try (PreparedStatement s = db.prepareStatement("SELECT a.id, a.stage, a.submitted_at IS NOT NULL, "
                        + "a.reference_no, a.data_json, "
                        + "(SELECT COUNT(*) FROM application_step t WHERE t.application_id = a.id AND t.transition_code = ?), "
                        + "(SELECT COUNT(*) FROM audit_event e WHERE e.subject_type = 'APPLICATION' AND e.subject_id = "
                        + "CAST(a.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci AND e.action = ?), "
                        + "(SELECT COUNT(*) FROM attachment f WHERE f.application_id = a.id AND f.deleted_at IS NULL) "
                        + "FROM recognition_application a JOIN unit u ON u.id = a.unit_id WHERE u.credit_code = ?")) {
                    s.setString(1, SUBMIT);
                    s.setString(2, SUBMIT);
                    s.setString(3, LoadSetup.creditCode(n));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            apps.add(new long[] {r.getLong(1), r.getLong(6), r.getLong(7), r.getLong(8),
                                    r.getBoolean(3) ? 1 : 0});
                            rows.add(new String[] {r.getString(2), r.getString(4), r.getString(5)});
                        }
                    }
                }
                if (apps.isEmpty()) {
                    missing++;
                    problems.add(username + ": no application (was set-up run?)");
                    continue;
                }
                long steps = apps.stream().mapToLong(a -> a[1]).sum();
                long audits = apps.stream().mapToLong(a -> a[2]).sum();
                if (apps.size() > 1 || steps > 1 || audits > 1) {
                    duplicated++;
                    problems.add(username + ": " + apps.size() + " applications, " + steps + " submission steps, "
                            + audits + " audit rows");
                    continue;
                }
                if (steps == 0) {
                    missing++;
                    problems.add(username + ": not submitted (stage " + rows.get(0)[0] + ")");
                    continue;
                }
                String[] row = rows.get(0);
                long[] app = apps.get(0);
                List<String> wrong = new ArrayList<>();
                if (audits != 1) {
                    wrong.add("no audit row of the step");
                }
                if (!SUBMITTED_STAGE.equals(row[0]) || app[4] != 1) {
                    wrong.add("stage " + row[0] + ", submitted_at " + (app[4] == 1 ? "set" : "empty"));
                }
                JsonNode data = json.readTree(row[2]);
                if (!address(username).equals(data.path("leadUnit.address").asString(""))) {
                    wrong.add("leadUnit.address is '" + data.path("leadUnit.address").asString("") + "'");
                }
                for (Map.Entry<String, Object> field : XinzhouSamples.completeApplication().entrySet()) {
                    JsonNode v = data.path(field.getKey());
                    if (v.isMissingNode() || v.isNull() || (v.isString() && v.asString().isBlank())) {
                        wrong.add("field " + field.getKey() + " missing");
                    }
                }
                if (app[3] < LoadSetup.REQUIRED_FILES.size()) {
                    wrong.add(app[3] + " files attached");
                }
                if (wrong.isEmpty()) {
                    submitted++;
                } else {
                    incomplete++;
                    problems.add(username + " (application " + app[0] + "): " + String.join("; ", wrong));
                }
            }
        }
        System.out.printf("verify: users %d (load%05d..load%05d): submitted %d, missing %d, duplicated %d, "
                        + "incomplete %d%n", config.users(), config.offset(), config.offset() + config.users() - 1,
                submitted, missing, duplicated, incomplete);
        problems.stream().limit(20).forEach(p -> System.out.println("verify:   " + p));
        if (problems.size() > 20) {
            System.out.println("verify:   … and " + (problems.size() - 20) + " more");
        }
        if (submitted != config.users()) {
            System.exit(1);
        }
    }
}
