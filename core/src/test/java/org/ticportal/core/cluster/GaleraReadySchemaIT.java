package org.ticportal.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;

/**
 * The portal's schema runs unchanged on a Galera cluster (issue 14): after every migration each table has a primary
 * key and is InnoDB (Galera replicates InnoDB rows only, and a table without a primary key replicates badly: deletes
 * and updates are applied by full scans, and some versions refuse it under {@code innodb_force_primary_key}); and no
 * migration uses what Galera refuses or keeps node-local: {@code LOCK TABLES}, {@code FLUSH TABLES … WITH READ LOCK},
 * {@code GET_LOCK}/{@code RELEASE_LOCK}, another storage engine than InnoDB, a {@code CREATE TABLE} without a primary
 * key. Read from the database after the migrations (information_schema) and from the migration files themselves.
 */
@IntegrationTest
class GaleraReadySchemaIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    /** What Galera refuses, or what holds on one node only, in a migration's text. */
    static final List<Pattern> REFUSED = List.of(
            Pattern.compile("\\bLOCK\\s+TABLES?\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bFLUSH\\s+TABLES?\\b[^;]*\\bWITH\\s+READ\\s+LOCK\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK|RELEASE_ALL_LOCKS)\\s*\\(", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bENGINE\\b\\s*=?\\s*(?!InnoDB\\b)\\w+", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bMyISAM\\b|\\bAria\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bXA\\s+(START|BEGIN)\\b", Pattern.CASE_INSENSITIVE));

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?", Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDb() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class);
        assertThat(tables).as("the schema's tables").contains("shedlock", "cluster_change", "flyway_schema_history",
                "recognition_application", "audit_event");

        List<String> withoutPrimaryKey = jdbc.queryForList("SELECT t.table_name FROM information_schema.tables t "
                + "WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS ("
                + "SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema "
                + "AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY') ORDER BY t.table_name",
                String.class);
        assertThat(withoutPrimaryKey).as("tables without a primary key").isEmpty();

        List<String> notInnoDb = jdbc.queryForList("SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'", String.class);
        assertThat(notInnoDb).as("tables of another engine than InnoDB").isEmpty();
    }

    @Test
    void noMigrationUsesWhatGaleraRefuses() throws IOException {
        Resource[] migrations = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/*.sql");
        assertThat(migrations).as("the migrations").hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        for (Resource migration : migrations) {
            String name = migration.getFilename();
            String sql = withoutComments(migration.getContentAsString(StandardCharsets.UTF_8));
            for (Pattern refused : REFUSED) {
                Matcher m = refused.matcher(sql);
                while (m.find()) {
                    problems.add(name + ": " + m.group());
                }
            }
            problems.addAll(tablesWithoutPrimaryKey(name, sql));
        }
        assertThat(problems).isEmpty();
    }

    /** The scan finds what it looks for: a table without a key and a lock are reported, a keyed InnoDB table not. */
    @Test
    void theScanFindsWhatItLooksFor() {
        String bad = withoutComments("""
                -- a comment naming LOCK TABLES is no statement
                CREATE TABLE keyless (id BIGINT NOT NULL, name VARCHAR(10)) ENGINE = MyISAM;
                LOCK TABLES keyless WRITE;
                SELECT GET_LOCK('x', 10);
                CREATE TABLE keyed (id BIGINT NOT NULL, PRIMARY KEY (id)) ENGINE = InnoDB;
                """);
        List<String> found = new ArrayList<>(tablesWithoutPrimaryKey("V0__bad.sql", bad));
        for (Pattern refused : REFUSED) {
            Matcher m = refused.matcher(bad);
            while (m.find()) {
                found.add(m.group().toUpperCase(Locale.ROOT));
            }
        }
        assertThat(found).containsExactlyInAnyOrder("V0__bad.sql: CREATE TABLE keyless without a primary key",
                "LOCK TABLES", "GET_LOCK(", "ENGINE = MYISAM", "MYISAM");
    }

    /** Each {@code CREATE TABLE} up to its statement's end must declare a primary key (or copy a table's: LIKE). */
    static List<String> tablesWithoutPrimaryKey(String file, String sql) {
        List<String> problems = new ArrayList<>();
        Matcher m = CREATE_TABLE.matcher(sql);
        while (m.find()) {
            int end = sql.indexOf(';', m.end());
            String statement = sql.substring(m.start(), end < 0 ? sql.length() : end);
            boolean keyed = Pattern.compile("\\bPRIMARY\\s+KEY\\b", Pattern.CASE_INSENSITIVE).matcher(statement).find()
                    || Pattern.compile("^\\s*LIKE\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(sql.substring(m.end())).find();
            if (!keyed) {
                problems.add(file + ": CREATE TABLE " + m.group(1) + " without a primary key");
            }
        }
        return problems;
    }

    /** The SQL without its {@code --} and block comments (which explain, in words, what the statements avoid). */
    static String withoutComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)--[^\\n]*", " ");
    }
}
