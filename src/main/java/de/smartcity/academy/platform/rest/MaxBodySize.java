package de.smartcity.academy.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises the body size limit for one endpoint (e.g. CSV uploads); the default is 1 MiB. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxBodySize {
    long bytes();
}
