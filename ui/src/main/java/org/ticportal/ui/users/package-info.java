/** 用户管理: administrators create, edit, disable and reset users and assign role and scope. */
@NullMarked
package org.ticportal.ui.users;

import org.jspecify.annotations.NullMarked;
