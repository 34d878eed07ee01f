/**
 * Certificates: issued when a course is passed or a program's rule is met, immutable once issued
 * (corrections supersede, both stay), verifiable by anyone at {@code /verify/{id}} and as Open
 * Badges 3.0 credentials; revocation goes into a Bitstring Status List. An expiring course
 * certificate is renewed by a refresher of the course, which earns a new one (the old one expires).
 */
package de.smartcity.academy.certificate;
