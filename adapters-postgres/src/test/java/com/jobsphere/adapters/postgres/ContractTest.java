package com.jobsphere.adapters.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A port contract test: the method takes a {@link Backend} and runs once against the in-memory fakes and once
 * against the JDBI adapter on PostgreSQL, so the fakes the use-case tests trust behave like the real store.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("com.jobsphere.adapters.postgres.Backend#both")
@interface ContractTest {
}
