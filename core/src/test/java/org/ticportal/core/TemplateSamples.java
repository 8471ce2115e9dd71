package org.ticportal.core;

import java.util.HashMap;
import java.util.Map;

import org.ticportal.policy.api.CreditCode;

/** Sample data for the plugin template's policy (示例市 and the cities the tests make of it). */
public final class TemplateSamples {

    private TemplateSamples() {
    }

    /**
     * Values that fill every required field of the template's application form.
     *
     * @param creditCode the lead unit's unified social credit code
     * @param cluster    the industry cluster ({@code NEW_MATERIALS} or {@code EQUIPMENT})
     * @param area       the usable area in m² (article 3 asks for at least 300)
     */
    public static Map<String, Object> completeApplication(String creditCode, String cluster, int area) {
        Map<String, Object> v = new HashMap<>();
        v.put("coreName", "先进陶瓷");
        v.put("centerType", "FIELD");
        v.put("industryCluster", cluster);
        v.put("area.usable", area);
        v.put("rdSpending", "50");
        v.put("leadUnit.registeredBody", "990101");
        v.put("leadUnit.creditCode", creditCode);
        v.put("director.name", "王研究员");
        v.put("director.titleLevel", "FULL_SENIOR");
        v.put("pledge.noMajorProblems", true);
        return v;
    }

    /** A valid unified social credit code of a unit registered in 东区 (990101), different for each seed. */
    public static String creditCode(String seed) {
        String digits = Integer.toString(Math.abs(seed.hashCode() % 100000000) + 100000000).substring(1);
        String first17 = "91990101" + digits + "0";
        return first17 + CreditCode.checkCharacter(first17);
    }

    /**
     * A center name of a test's own, from a hex suffix (the policy refuses a name another application has; the tests
     * share one database, and the CI run on a MariaDB server runs them in another order).
     */
    public static String uniqueCoreName(String hexSuffix) {
        StringBuilder name = new StringBuilder("先进陶瓷");
        for (char c : hexSuffix.toCharArray()) {
            name.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(c, 16)));
        }
        return name.toString();
    }
}
