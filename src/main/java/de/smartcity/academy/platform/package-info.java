/**
 * What is truly cross-cutting: REST activation and error mapping, the datasource and schema
 * migrations, the startup sequence, security headers, the clock. Features build on it; it knows no
 * feature.
 */
package de.smartcity.academy.platform;
