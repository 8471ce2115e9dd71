package org.ticportal.core.plugin;

import org.springframework.data.jpa.repository.JpaRepository;

interface PluginStateRepository extends JpaRepository<PluginState, String> {
}
