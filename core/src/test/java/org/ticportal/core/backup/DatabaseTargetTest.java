package org.ticportal.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client tools connect where the portal's DataSource does, with its credentials in an option file (never on a
 * command line), and say clearly when they cannot be found.
 */
class DatabaseTargetTest {

    @Test
    void aTcpUrlGivesHostPortDatabaseAndTheDataSourcesCredentials() {
        DatabaseTarget t = DatabaseTarget.parse("jdbc:mariadb://db.example.gov.cn:3307/ticportal?useSsl=false",
                "ticportal", "s3cret\"pw");
        assertThat(t).isEqualTo(new DatabaseTarget("db.example.gov.cn", 3307, null, "ticportal", "ticportal",
                "s3cret\"pw", "disable"));
        assertThat(t.clientOptions()).contains("host=\"db.example.gov.cn\"", "port=3307", "protocol=TCP",
                "user=\"ticportal\"", "password=\"s3cret\\\"pw\"", "skip-ssl");
        assertThat(t.toString()).doesNotContain("s3cret");
    }

    @Test
    void theClientToolsUseTlsExactlyWhenThePortalsConnectionDoes() {
        assertThat(DatabaseTarget.parse("jdbc:mariadb://db:3306/ticportal?sslMode=verify-full", "u", "p")
                .clientOptions()).contains("\nssl\n", "\nssl-verify-server-cert\n").doesNotContain("skip-ssl\n");
        assertThat(DatabaseTarget.parse("jdbc:mariadb://db:3306/ticportal?sslMode=trust", "u", "p")
                .clientOptions()).contains("\nssl\n", "skip-ssl-verify-server-cert");
        assertThat(DatabaseTarget.parse("jdbc:mariadb://127.0.0.1:3306/ticportal", "u", "p").clientOptions())
                .contains("\nskip-ssl\n");
        assertThatThrownBy(() -> DatabaseTarget.parse("jdbc:mariadb://db/ticportal?sslMode=sometimes", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnixSocketOnTheUrlIsUsedInsteadOfTcp() {
        DatabaseTarget t = DatabaseTarget.parse(
                "jdbc:mariadb://localhost/ticportal?localSocket=%2Fsrv%2Fdata%2Fmariadb%2Fmysql.sock&createDatabaseIfNotExist=true",
                "ticportal", "pw");
        assertThat(t.socket()).isEqualTo("/srv/data/mariadb/mysql.sock");
        assertThat(t.port()).isEqualTo(3306);
        assertThat(t.clientOptions()).contains("socket=\"/srv/data/mariadb/mysql.sock\"").doesNotContain("host=");
    }

    @Test
    void credentialsOnTheUrlAreUsedWhenTheDataSourceHasNone() {
        DatabaseTarget t = DatabaseTarget.parse("jdbc:mariadb://127.0.0.1:40000/ticportal?user=root&password=x", null,
                null);
        assertThat(t.user()).isEqualTo("root");
        assertThat(t.password()).isEqualTo("x");
        assertThat(DatabaseTarget.parse("jdbc:mariadb://127.0.0.1:40000/ticportal", "root", null).clientOptions())
                .doesNotContain("password");
    }

    @Test
    void anUnreadableUrlIsRefused() {
        assertThatThrownBy(() -> DatabaseTarget.parse("jdbc:h2:mem:test", "sa", null))
                .hasMessageContaining("jdbc:mariadb://host:port/database");
    }

    @Test
    void aMissingClientToolIsNamedWithWhereItWasLookedFor(@TempDir Path dataDir) throws Exception {
        MariaDbClients clients = new MariaDbClients(dataDir.resolve("mariadb/base"));
        assertThatThrownBy(() -> clients.find("mariadb-dump-that-does-not-exist"))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("mariadb-dump-that-does-not-exist was not found")
                .hasMessageContaining(dataDir.resolve("mariadb/base/bin").toString())
                .hasMessageContaining("apt-get install mariadb-client");

        Path embedded = Files.createDirectories(dataDir.resolve("mariadb/base/bin")).resolve("mariadb-dump");
        Files.writeString(embedded, "#!/bin/sh\n");
        embedded.toFile().setExecutable(true);
        assertThat(clients.find("mariadb-dump")).as("the embedded server's tool comes first").isEqualTo(embedded);
    }
}
