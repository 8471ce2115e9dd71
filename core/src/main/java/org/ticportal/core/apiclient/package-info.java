/**
 * Machine clients of the read-only API (开放接口, issue 13 "an API for other systems"): created by an administrator with
 * a scope (a jurisdiction, optionally one of its divisions), identified by a bearer token of which only the SHA-256 is
 * kept, revocable; every call they make is recorded in the audit trail.
 */
@NullMarked
package org.ticportal.core.apiclient;

import org.jspecify.annotations.NullMarked;
