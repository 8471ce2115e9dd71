/**
 * The Xinzhou policy: 《忻州市技术创新中心认定管理办法(试行)》 (Xinzhou City measures for the recognition and
 * management of municipal Technology Innovation Centers, on trial), as a TIC Portal policy plugin.
 */
package org.ticportal.policy.xinzhou;
