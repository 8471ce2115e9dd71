/**
 * The Shanxi provincial policy: 《山西省技术创新中心管理办法（试行）》(晋科发〔2020〕64号), as a TIC Portal policy plugin,
 * with the facts of the provincial calls of 2021, 2022 and 2024 that quote it.
 */
package org.ticportal.policy.shanxi;
