package org.cablearchive.storage;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on {@link RetriedOnceWhenDeadlocked} (Spring's retry advice, applied around the transaction's). */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfiguration {
}
