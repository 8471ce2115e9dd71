package org.ticportal.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginInfoTest {

    private static PluginInfo plugin(String version, PluginStatus status, boolean fromSource) {
        return new PluginInfo("xinzhou", version, null, null, status, null, null, null, "plugins/x.jar", fromSource);
    }

    @Test
    void aRunningPluginMayBeStoppedAndAnUploadedOneRemoved() {
        assertThat(plugin("1.0.0", PluginStatus.STARTED, false).actions())
                .containsExactlyInAnyOrder(PluginAction.STOP, PluginAction.REMOVE);
        assertThat(plugin("1.0.0", PluginStatus.STOPPED, false).actions())
                .containsExactlyInAnyOrder(PluginAction.START, PluginAction.REMOVE);
        assertThat(plugin("1.0.0", PluginStatus.FAILED, false).actions())
                .containsExactlyInAnyOrder(PluginAction.START, PluginAction.REMOVE);
    }

    @Test
    void aSourceModuleIsNeverRemovedAndAnUnreadablePluginOffersNothing() {
        assertThat(plugin("1.0.0", PluginStatus.STARTED, true).actions()).containsExactly(PluginAction.STOP);
        assertThat(plugin(null, PluginStatus.FAILED, false).actions()).isEmpty();
    }
}
