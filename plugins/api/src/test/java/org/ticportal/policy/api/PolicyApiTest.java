package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PolicyApiTest {

    @Test
    void theVersionIsTheOneSetInTheApisPom() throws Exception {
        Path pom = Path.of(System.getProperty("basedir", "."), "pom.xml");
        assertThat(pom).exists();
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        String version = null;
        for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("version")) {
                version = e.getTextContent().strip();
            }
        }

        assertThat(version).as("plugins/api/pom.xml sets the API's own version").isNotNull();
        assertThat(PolicyApi.VERSION).isEqualTo(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Files.readString(pom.resolveSibling("CHANGELOG.md"))).as("the changelog has its entry")
                .contains("## " + version);
    }
}
