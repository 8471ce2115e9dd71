/**
 * Settings: values the measures leave open (a rectification period, the hour a notice closes …), declared by the
 * plugin with defaults and edited by administrators in a form the portal renders.
 */
@NullMarked
package org.ticportal.policy.api.setting;

import org.jspecify.annotations.NullMarked;
