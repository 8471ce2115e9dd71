package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the embedded server's unix socket goes, for short, long and Chinese data folder paths. */
class SocketPathTest {

    private static final Path TMP = Path.of("/tmp");

    @Test
    void isInsideTheDataFolderWhenThePathFits() {
        assertThat(SocketPath.choose(Path.of("/opt/tic-portal/data"), TMP))
                .isEqualTo(Path.of("/opt/tic-portal/data/mariadb/mariadb.sock"));
    }

    @Test
    void keepsA107BytePathAndMovesA108BytePathToAPrivateTemporaryFolder() {
        String suffix = "/mariadb/mariadb.sock";
        Path fits = Path.of("/" + "a".repeat(SocketPath.MAX_BYTES - suffix.length() - 1));
        Path tooLong = Path.of("/" + "a".repeat(SocketPath.MAX_BYTES - suffix.length()));

        assertThat(bytes(SocketPath.choose(fits, TMP))).isEqualTo(107);
        assertThat(SocketPath.choose(fits, TMP)).startsWithRaw(fits);

        Path fallback = SocketPath.choose(tooLong, TMP);
        assertThat(fallback.getParent().getParent()).isEqualTo(TMP);
        assertThat(fallback.getParent().getFileName().toString()).matches("ticportal-[0-9a-f]{16}");
        assertThat(fallback.getFileName()).hasToString("mariadb.sock");
    }

    @Test
    void countsBytesNotCharacters() {
        Path chinese = Path.of("/srv/" + "技术创新中心认定管理平台".repeat(3) + "/数据");
        assertThat(chinese.resolve("mariadb/mariadb.sock").toString().length()).isLessThan(SocketPath.MAX_BYTES);

        assertThat(SocketPath.choose(chinese, TMP)).startsWithRaw(TMP);
    }

    @Test
    void givesTheSameDataFolderTheSameSocketAndAnotherOneAnother() {
        Path one = Path.of("/srv/" + "x".repeat(120) + "/one");
        Path other = Path.of("/srv/" + "x".repeat(120) + "/two");

        assertThat(SocketPath.choose(one, TMP)).isEqualTo(SocketPath.choose(Path.of(one.toString()), TMP))
                .isNotEqualTo(SocketPath.choose(other, TMP));
    }

    @Test
    void refusesWhenEvenTheTemporaryFolderIsTooLong() {
        Path longTmp = Path.of("/" + "t".repeat(100));

        assertThatThrownBy(() -> SocketPath.choose(Path.of("/" + "d".repeat(100)), longTmp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 107 bytes")
                .hasMessageContaining("ticportal.data-dir");
    }

    private static int bytes(Path path) {
        return path.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
