package org.ticportal.core.center;

/**
 * A recognition document number (认定文号) as given out.
 *
 * @param text     the number as printed, e.g. 忻科字〔2026〕3号
 * @param year     the year it counts in
 * @param sequence its place in the year's sequence, from 1
 */
record CenterNumber(String text, int year, int sequence) {
}
